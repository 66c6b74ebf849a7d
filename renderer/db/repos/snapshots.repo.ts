import { decodeBundle } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { countRecords } from '../../../shared/bundle/format';
import { newId, nowIso } from '../../../shared/domain/record';
import { auditTables, recordChanges } from '../audit-log';
import type { CsmsDb } from '../db';
import { replaceRecords, replacedTables, replacementChanges } from '../replace-assessment';
import { assessmentsRepo } from './assessments.repo';

export const SNAPSHOT_REASONS = ['timer', 'manual', 'before-import', 'before-undo', 'before-bulk-edit', 'before-restore', 'before-merge'] as const;
export type SnapshotReason = (typeof SNAPSHOT_REASONS)[number];

/** One local snapshot of an assessment; its .csms bytes are stored beside it (SnapshotData, same id). */
export interface Snapshot {
  id: string;
  assessmentId: string;
  createdAt: string;
  reason: SnapshotReason;
  /** Bytes of the stored .csms data. */
  size: number;
  /** Records per table, as in the .csms manifest. */
  counts: Record<string, number>;
}

interface SnapshotData {
  id: string;
  bytes: Uint8Array;
}

/** How many snapshots each assessment keeps (plus the newest taken before a risky change, if older). */
export const SNAPSHOTS_KEPT = 20;

/**
 * The snapshots to delete so that `all` (one assessment's) keeps the SNAPSHOTS_KEPT newest and, however old, the
 * newest one taken before a risky change (import, undo, bulk edit, restore, merge): the way back from the last big
 * step.
 */
export function snapshotsToPrune(all: readonly Snapshot[], kept = SNAPSHOTS_KEPT): Snapshot[] {
  const newestFirst = [...all].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  const guard = newestFirst.find((s) => s.reason.startsWith('before-'));
  return newestFirst.slice(kept).filter((s) => s !== guard);
}

/**
 * Local snapshots of an assessment as .csms bytes (the export format, compressed and checksummed), so a bad import,
 * bulk edit or afternoon can be taken back. Kept per laptop, never exported.
 */
export function snapshotsRepo(db: CsmsDb, options: { appVersion: string; now?: () => string }) {
  const now = options.now ?? nowIso;
  const metaTable = () => db.table<Snapshot, string>('snapshots');
  const dataTable = () => db.table<SnapshotData, string>('snapshotData');

  const listOf = async (assessmentId: string) =>
    (await metaTable().where('assessmentId').equals(assessmentId).toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  /** Encodes the assessment as it is now; writing it is up to the caller's transaction. */
  async function capture(assessmentId: string, reason: SnapshotReason): Promise<{ snapshot: Snapshot; data: SnapshotData }> {
    const bundle = await assessmentsRepo(db).readBundle(assessmentId);
    const createdAt = now();
    const bytes = await encodeBundle(bundle, { appVersion: options.appVersion, exportedAt: createdAt });
    const id = newId();
    return {
      snapshot: { id, assessmentId, createdAt, reason, size: bytes.byteLength, counts: { ...countRecords(bundle) } },
      data: { id, bytes },
    };
  }

  /** Stores a captured snapshot and prunes the assessment's old ones; joins the caller's transaction if any. */
  async function store({ snapshot, data }: Awaited<ReturnType<typeof capture>>): Promise<void> {
    await db.transaction('rw', [metaTable(), dataTable()], async () => {
      await metaTable().add(snapshot);
      await dataTable().add(data);
      const pruned = snapshotsToPrune(await listOf(snapshot.assessmentId)).map((s) => s.id);
      await metaTable().bulkDelete(pruned);
      await dataTable().bulkDelete(pruned);
    });
  }

  return {
    /** The assessment's snapshots, newest first (without their bytes). */
    list: listOf,

    /** Snapshots the assessment as it is now, keeping at most SNAPSHOTS_KEPT (see snapshotsToPrune). */
    async take(assessmentId: string, reason: SnapshotReason): Promise<Snapshot> {
      const captured = await capture(assessmentId, reason);
      await store(captured);
      return captured.snapshot;
    },

    /**
     * Puts the assessment's records back as they were in the snapshot, in one transaction with a 'before-restore'
     * snapshot of how it is now, so the restore can itself be undone. All or nothing.
     *
     * The trail is not set back: it keeps everything that happened and gains a 'restore' entry (noting the
     * snapshot's time) with every change the restore makes, so a later merge sees those changes as made after, and
     * knowing, the edits the restore undid.
     */
    async restore(snapshotId: string): Promise<{ restored: Snapshot; undo: Snapshot }> {
      const [restored, data] = await Promise.all([metaTable().get(snapshotId), dataTable().get(snapshotId)]);
      if (!restored || !data) throw new Error('This snapshot no longer exists.');
      // Decoding checks every member's checksum, so damaged bytes are refused before anything is replaced.
      const bundle = await decodeBundle(data.bytes);
      if (bundle.assessment.id !== restored.assessmentId) throw new Error('This snapshot belongs to another assessment.');
      const undo = await capture(restored.assessmentId, 'before-restore');
      const id = restored.assessmentId;
      await db.transaction('rw', [...replacedTables(db), ...auditTables(db), metaTable(), dataTable()], async () => {
        const current = await assessmentsRepo(db).readBundle(id);
        await store(undo);
        await replaceRecords(db, bundle);
        await recordChanges(db, id, 'restore', replacementChanges(current, bundle), restored.createdAt);
      });
      return { restored, undo: undo.snapshot };
    },

    async remove(snapshotId: string): Promise<void> {
      await db.transaction('rw', [metaTable(), dataTable()], async () => {
        await metaTable().delete(snapshotId);
        await dataTable().delete(snapshotId);
      });
    },

    /** The assessor's writes so far (CsmsDb.changeCount): compared with the count at the last snapshot. */
    changeCount: () => db.changeCount,

    /** Gets ready to take a snapshot soon; nothing to do here (the worker version loads its worker). */
    warm: (): void => undefined,
  };
}

export type SnapshotsRepo = ReturnType<typeof snapshotsRepo>;
