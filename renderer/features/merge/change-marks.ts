import { assessorName } from '../../../shared/audit/describe';
import type { ChangeMark } from '../../../shared/merge/types';
import { formatDateTime } from '../../ui/format';

/** "Changed by Ana Ruiz, 22 Nov 2026, 14:05", naming everyone whose recorded changes left the value as it is. */
export function marksInWords(verb: 'Changed' | 'Deleted', marks: readonly ChangeMark[]): string {
  if (marks.length === 0) return 'No recorded change explains it';
  const latest = marks.reduce((a, b) => (b.at > a.at ? b : a));
  const names = [...new Set(marks.map((m) => assessorName(m.by)))];
  const by = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `${verb} by ${by}, ${marks.length > 1 ? 'last ' : ''}${formatDateTime(latest.at)}`;
}
