import { recordLabel } from '../../../shared/audit/diff';
import { RECORD_TABLES, type AssessmentBundle } from '../../../shared/bundle/bundle';
import type { NameOf } from '../../../shared/audit/describe';

/**
 * What the records a file knows of are called, by id: its records and evidence, then the labels its trail gave
 * records since deleted. Values that refer to zones, assets or findings by id then read by name.
 */
export function recordNames(bundle: AssessmentBundle): NameOf {
  const names = new Map<string, string>();
  for (const entry of bundle.audit) for (const change of entry.changes) if (change.label) names.set(change.recordId, change.label);
  for (const table of RECORD_TABLES) for (const record of bundle.tables[table]) names.set(record.id, recordLabel(table, record));
  for (const file of bundle.evidence) names.set(file.id, file.fileName);
  return (id) => names.get(id);
}
