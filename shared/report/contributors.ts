import { byEntryTime, type AuditEntry } from '../audit/audit';
import { authorName } from '../audit/describe';

/** One assessor's share of the work, from the audit trail: what the report's document control prints. */
export interface Contributor {
  name: string;
  /** Entries in the trail (saves, imports, merges…), and changes: the field-level changes they hold, an entry without any (an import of new assets) counting as one. */
  entries: number;
  changes: number;
  /** ISO date-times of their first and last entry. */
  first: string;
  last: string;
}

const changesIn = (entry: AuditEntry) => Math.max(1, entry.changes.length);

/** Who recorded what, most active first; assessors are told apart by their profile id, named as they last were. */
export function contributorsOf(trail: readonly AuditEntry[]): Contributor[] {
  const byProfile = new Map<string, Contributor>();
  for (const entry of [...trail].sort(byEntryTime)) {
    const seen = byProfile.get(entry.by.id);
    const name = authorName(entry.by);
    if (!seen) {
      byProfile.set(entry.by.id, { name, entries: 1, changes: changesIn(entry), first: entry.at, last: entry.at });
      continue;
    }
    seen.name = name;
    seen.entries += 1;
    seen.changes += changesIn(entry);
    seen.last = entry.at;
  }
  return [...byProfile.values()].sort((a, b) => b.changes - a.changes || a.name.localeCompare(b.name));
}
