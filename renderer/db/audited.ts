import type { Table } from 'dexie';
import type { AuditAction, FieldChange } from '../../shared/audit/audit';
import { auditTables, recordChanges } from './audit-log';
import type { CsmsDb } from './db';

/**
 * Runs a change that reports what it did, and records that in the trail, in one read-write transaction over
 * `tables` and the trail's: the change and its record of it are written together or not at all.
 */
export function audited<T>(
  db: CsmsDb,
  assessmentId: string,
  action: AuditAction | ((changes: readonly FieldChange[]) => AuditAction),
  tables: readonly Table[],
  change: () => Promise<{ result: T; changes: FieldChange[] }>,
  note?: string,
): Promise<T> {
  return db.transaction('rw', [...tables, ...auditTables(db)], async () => {
    const { result, changes } = await change();
    await recordChanges(db, assessmentId, typeof action === 'function' ? action(changes) : action, changes, note);
    return result;
  });
}
