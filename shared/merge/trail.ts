import { byEntryTime, seenOf, type AuditEntry, type AuditedTable, type FieldChange } from '../audit/audit';
import type { ChangeMark } from './types';

/** One recorded change, with the entry that made it. */
export interface Located {
  entry: AuditEntry;
  change: FieldChange;
}

export type Side = 'local' | 'incoming';
export const otherSide = (side: Side): Side => (side === 'local' ? 'incoming' : 'local');

/** Both trails as one, indexed by record. */
export interface Trail {
  /** Every entry once: local's in their order, then those only incoming holds. */
  entries: AuditEntry[];
  /** The entries only incoming holds. */
  newEntries: AuditEntry[];
  holds(side: Side, entry: AuditEntry): boolean;
  /** Every change of one record, under its merged id (see answer-ids.ts), in trail order. */
  changesOf(table: AuditedTable, id: string): readonly Located[];
}

export function unionOfTrails(local: readonly AuditEntry[], incoming: readonly AuditEntry[]): { entries: AuditEntry[]; newEntries: AuditEntry[] } {
  const localIds = new Set(local.map((e) => e.id));
  const newEntries = incoming.filter((e) => !localIds.has(e.id));
  return { entries: [...local, ...newEntries], newEntries };
}

/**
 * Indexes the changes of the records the merge has to look into: `mergedId` gives a change's record id in the
 * merge (see answer-ids.ts), or null for a record the merge does not need (identical on both sides), so merging
 * two large, nearly equal files indexes only their differences.
 */
export function indexTrail(
  local: readonly AuditEntry[],
  incoming: readonly AuditEntry[],
  mergedId: (change: FieldChange) => string | null,
): Trail {
  const { entries, newEntries } = unionOfTrails(local, incoming);
  const localIds = new Set(local.map((e) => e.id));
  const incomingIds = new Set(incoming.map((e) => e.id));
  const byRecord = new Map<AuditedTable, Map<string, Located[]>>();
  for (const entry of entries)
    for (const change of entry.changes) {
      const id = mergedId(change);
      if (id === null) continue;
      let table = byRecord.get(change.table);
      if (!table) byRecord.set(change.table, (table = new Map()));
      const list = table.get(id);
      if (list) list.push({ entry, change });
      else table.set(id, [{ entry, change }]);
    }
  return {
    entries,
    newEntries,
    holds: (side, entry) => (side === 'local' ? localIds : incomingIds).has(entry.id),
    changesOf: (table, id) => byRecord.get(table)?.get(id) ?? [],
  };
}

/**
 * The changes no other change in `items` has seen: what the record (or field) is now, as far as the trail knows.
 * A replica's later entries have seen its earlier ones, and within one entry the last change stands, so only each
 * replica's latest change is a candidate. A candidate has been seen when another candidate's vector reaches its
 * entry number; the two highest values each replica is seen to, over all the candidates' vectors, answer that for
 * every candidate in one pass (the highest may be the candidate's own), so the work grows with the vectors' size,
 * not with the square of the number of replicas.
 */
export function heads(items: readonly Located[]): Located[] {
  const latest = new Map<string, Located>();
  for (const item of items) {
    const current = latest.get(item.entry.replica);
    if (!current || item.entry.seq >= current.entry.seq) latest.set(item.entry.replica, item);
  }
  const candidates = [...latest.values()];
  const seen = new Map<string, { top: number; by: Located; next: number }>();
  for (const o of candidates)
    for (const [replica, seq] of Object.entries(o.entry.known)) {
      const best = seen.get(replica);
      if (!best) seen.set(replica, { top: seq, by: o, next: 0 });
      else if (seq > best.top) seen.set(replica, { top: seq, by: o, next: best.top });
      else if (seq > best.next) best.next = seq;
    }
  return candidates.filter((c) => {
    const best = seen.get(c.entry.replica);
    const byOthers = !best ? 0 : best.by === c ? best.next : best.top;
    return byOthers < c.entry.seq;
  });
}

/**
 * Who set the values of `items`: each change itself, or, for a merge's resolution, the changes whose value the merge
 * chose (so a conflict names the assessor who typed the value, not the colleague who merged it), following chains
 * of merges to their start.
 */
export function originsOf(items: readonly Located[], fieldChanges: readonly Located[]): Located[] {
  const bySameValue = indexByValue(fieldChanges);
  // Depth first with a stack of its own: a crafted trail's long chain of merges cannot overflow the call stack.
  const visited = new Set<string>();
  const origins: Located[] = [];
  const stack = [...items].reverse();
  while (stack.length > 0) {
    const current = stack.pop()!;
    if (current.entry.action !== 'merge' || current.change.op !== 'update' || visited.has(current.entry.id)) {
      origins.push(current);
      continue;
    }
    visited.add(current.entry.id);
    const found = heads(latestSeenWithValue(bySameValue, current));
    if (found.length === 0) origins.push(current);
    else stack.push(...found.reverse());
  }
  return origins;
}

/** A value as text that equal values share whatever their key order (as sameValue compares them). */
const valueKey = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : inner,
  ) ?? 'undefined';

/** Updates by the value they set, then by replica, in entry order: where a merge's choice came from is a lookup. */
function indexByValue(changes: readonly Located[]): Map<string, Map<string, Located[]>> {
  const index = new Map<string, Map<string, Located[]>>();
  for (const c of changes) {
    if (c.change.op !== 'update') continue;
    const value = valueKey(c.change.new);
    let byReplica = index.get(value);
    if (!byReplica) index.set(value, (byReplica = new Map()));
    const list = byReplica.get(c.entry.replica);
    if (list) list.push(c);
    else byReplica.set(c.entry.replica, [c]);
  }
  for (const byReplica of index.values()) for (const list of byReplica.values()) list.sort((a, b) => a.entry.seq - b.entry.seq);
  return index;
}

/** Per replica, the latest update `item` had seen that set the value `item` set (only those can be its heads). */
function latestSeenWithValue(index: Map<string, Map<string, Located[]>>, item: Located): Located[] {
  if (item.change.op !== 'update') return [];
  const byReplica = index.get(valueKey(item.change.new));
  if (!byReplica) return [];
  const found: Located[] = [];
  for (const [replica, list] of byReplica) {
    const seen = seenOf(item.entry.known, replica);
    // The last change numbered at most `seen` (binary search), skipping the item's own entry.
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]!.entry.seq <= seen) low = mid + 1;
      else high = mid;
    }
    for (let i = low - 1; i >= 0; i--) {
      if (list[i]!.entry.id === item.entry.id) continue;
      found.push(list[i]!);
      break;
    }
  }
  return found;
}

/** One mark per entry, oldest first. */
export function marksOf(items: readonly Located[]): ChangeMark[] {
  const byEntry = new Map(items.map((i) => [i.entry.id, i.entry]));
  return [...byEntry.values()]
    .sort(byEntryTime)
    .map((e) => ({ by: e.by.name, at: e.at }));
}
