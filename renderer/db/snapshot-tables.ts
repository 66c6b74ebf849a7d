import type { CsmsDb } from './db';

/** Snapshot details and their bytes: two tables so listing snapshots never reads the bytes. */
export const SNAPSHOT_TABLES = ['snapshots', 'snapshotData'] as const;

/** Deletes an assessment's snapshots inside the caller's transaction, which must cover SNAPSHOT_TABLES. */
export async function deleteSnapshotsOf(db: CsmsDb, assessmentId: string): Promise<void> {
  const ids = (await db.table('snapshots').where('assessmentId').equals(assessmentId).primaryKeys()) as string[];
  await db.table('snapshots').bulkDelete(ids);
  await db.table('snapshotData').bulkDelete(ids);
}
