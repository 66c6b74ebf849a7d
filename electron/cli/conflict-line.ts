import { TABLE_LABELS, assessorName, fieldLabel } from '../../shared/audit/describe';
import type { ChangeMark, MergeConflict } from '../../shared/merge/types';

const MAX_VALUE_CHARS = 60;

/** A value as JSON, cut short; an absent one as "nothing". */
function shown(value: unknown): string {
  const json = JSON.stringify(value);
  if (json === undefined) return 'nothing';
  return json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS - 1)}…` : json;
}

/** "Ana Ruiz, 2026-11-22 08:00 UTC; Jo Smith, …", or what stands in for nobody. */
function who(marks: readonly ChangeMark[]): string {
  if (marks.length === 0) return 'no recorded change';
  return marks.map((m) => `${assessorName(m.by)}, ${m.at.slice(0, 16).replace('T', ' ')} UTC`).join('; ');
}

/**
 * One conflict in one line, naming the record, the field and what each file holds and who made it so:
 * `Asset “PLC-1”, Criticality: “a.csms” has "high" (Ana Ruiz, 2026-11-22 08:00 UTC), “b.csms” has "low" (…)`.
 */
export function conflictLine(conflict: MergeConflict, files: { local: string; incoming: string }): string {
  const record = `${TABLE_LABELS[conflict.table].one} “${conflict.label.replace(/\s+/g, ' ')}”`;
  if (conflict.kind === 'field') {
    const side = (file: string, s: typeof conflict.local) => `“${file}” has ${shown(s.value)} (${who(s.changedBy)})`;
    return `${record}, ${fieldLabel(conflict.table, conflict.field)}: ${side(files.local, conflict.local)}, ${side(files.incoming, conflict.incoming)}`;
  }
  const deletedIn = conflict.deletedBy === 'local' ? files.local : files.incoming;
  const changedIn = conflict.deletedBy === 'local' ? files.incoming : files.local;
  return `${record} was deleted in “${deletedIn}” (${who([conflict.deletion])}) but changed in “${changedIn}” (${who(conflict.edits)})`;
}
