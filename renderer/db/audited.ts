import type { Table } from 'dexie';
import type { AuditAction, FieldChange } from '../../shared/audit/audit';
import { diffRecord } from '../../shared/audit/diff';
import { nowIso } from '../../shared/domain/record';
import type { Assessment } from '../../shared/domain/assessment';
import { auditTables, recordChanges } from './audit-log';
import type { CsmsDb } from './db';

/** What an audited change did: its result for the caller, its changes for the trail, and a note (a file's name). */
export interface AuditedOutcome<T> {
  result: T;
  changes: FieldChange[];
  note?: string;
}

/**
 * Runs a change that reports what it did, and records that in the trail, in one read-write transaction over
 * `tables` and the trail's: the change and its record of it are written together or not at all.
 */
export function audited<T>(
  db: CsmsDb,
  assessmentId: string,
  action: AuditAction | ((changes: readonly FieldChange[]) => AuditAction),
  tables: readonly Table[],
  change: () => Promise<AuditedOutcome<T>>,
): Promise<T> {
  return db.transaction('rw', [...tables, ...auditTables(db)], async () => {
    const { result, changes, note } = await change();
    await recordChanges(db, assessmentId, typeof action === 'function' ? action(changes) : action, changes, note);
    return result;
  });
}

/**
 * Replaces the assessment record with what `edit` makes of it (its last change stamped now) and returns the
 * changes for the trail. Joins the caller's transaction, which must include the assessments table.
 */
export async function editAssessmentRecord(db: CsmsDb, id: string, edit: (current: Assessment) => Assessment): Promise<FieldChange[]> {
  const before = await db.assessments.get(id);
  if (!before) throw new Error('This assessment no longer exists.');
  const after = { ...edit(before), updatedAt: nowIso() };
  await db.assessments.put(after);
  return diffRecord('assessments', before, after);
}
