import type { Asset } from '../../shared/assets/asset';
import { diffRecord, recordLabel } from '../../shared/audit/diff';
import type { AuditedTable, FieldChange } from '../../shared/audit/audit';
import { RECORD_TABLES, type AssessmentBundle } from '../../shared/bundle/bundle';
import { CHILD_TABLES } from '../../shared/domain/tables';
import { assetStore } from './asset-store';
import type { CsmsDb } from './db';

/** Record tables stored one record per row; assets live in pages (asset-store.ts). */
export const PLAIN_TABLES = CHILD_TABLES.filter((t) => t !== 'assets');
export const PLAIN_RECORD_TABLES = RECORD_TABLES.filter((t) => t !== 'assets');

/** The tables replaceRecords writes: the caller's transaction must cover them. */
export const replacedTables = (db: CsmsDb) => [
  db.assessments,
  assetStore(db).table(),
  db.table('imports'),
  ...PLAIN_TABLES.map((t) => db.table(t)),
];

/**
 * Replaces every record of the bundle's assessment with the bundle's (a restore, a merge), inside the caller's
 * transaction. The audit trail is not touched: the caller records the replacement in it.
 */
export async function replaceRecords(db: CsmsDb, bundle: AssessmentBundle): Promise<void> {
  const id = bundle.assessment.id;
  const assets = assetStore(db);
  // The undo records of spreadsheet imports name assets and their earlier values as they were before the
  // replacement: undoing one afterwards would put back a state that no longer exists, so they go with it.
  for (const t of [...PLAIN_TABLES, 'imports']) await db.table(t).where('assessmentId').equals(id).delete();
  await assets.removeAll(id);
  await db.assessments.put(bundle.assessment);
  for (const t of PLAIN_RECORD_TABLES) await db.recordTable(t).bulkAdd(bundle.tables[t]);
  await assets.change(id, bundle.tables.assets as Asset[]);
  await db.evidence.bulkAdd(bundle.evidence);
}

type Loose = Record<string, unknown>;

/** A record without its evidence bytes: a file's bytes never change under its id (its sha256 field names them). */
const withoutBytes = ({ data: _data, ...record }: Loose): Loose => record;

function diffTable(table: AuditedTable, before: readonly Loose[], after: readonly Loose[]): FieldChange[] {
  const old = new Map(before.map((r) => [r.id, r]));
  const changes: FieldChange[] = [];
  for (const record of after) {
    const was = old.get(record.id);
    // A record that comes back is one 'create', without its values: a restore can bring back a whole inventory,
    // and 100k assets' fields would swell the trail (and every .csms file) by hundreds of megabytes.
    if (was) changes.push(...diffRecord(table, was, record));
    else changes.push({ op: 'create', table, recordId: String(record.id), label: recordLabel(table, record) });
  }
  const kept = new Set(after.map((r) => r.id));
  for (const record of before) if (!kept.has(record.id)) changes.push(...diffRecord(table, record, undefined));
  return changes;
}

/**
 * What replacing `current` by `next` changes, for the trail: the fields of records on both sides, a 'create' for
 * each record that comes back and a 'delete' for each that goes.
 */
export function replacementChanges(current: AssessmentBundle, next: AssessmentBundle): FieldChange[] {
  return [
    ...diffRecord('assessments', current.assessment, next.assessment),
    ...RECORD_TABLES.flatMap((t) => diffTable(t, current.tables[t], next.tables[t])),
    ...diffTable('evidence', current.evidence.map(withoutBytes), next.evidence.map(withoutBytes)),
  ];
}
