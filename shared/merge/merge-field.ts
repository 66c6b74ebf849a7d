import { hasSeen, type AuditedTable } from '../audit/audit';
import { sameValue } from '../audit/diff';
import { mergeSet, mergesAsSet } from './set-fields';
import { heads, marksOf, originsOf, otherSide, type Located, type Side, type Trail } from './trail';
import type { ConflictSide } from './types';

export type FieldOutcome = { settled: true; value: unknown } | { settled: false; local: ConflictSide; incoming: ConflictSide };

/**
 * One field of a record both sides hold, whose values differ. The trail decides: the latest changes to the field
 * (heads) agreeing on one side's value, made after whatever produced the other side's value → that value. Anything
 * else (concurrent changes to different values, a difference no recorded change explains) is a conflict.
 */
export function mergeField(
  trail: Trail,
  table: AuditedTable,
  id: string,
  field: string,
  values: Record<Side, unknown>,
): FieldOutcome {
  const recordChanges = trail.changesOf(table, id);
  const updates = recordChanges.filter((c) => c.change.op === 'update' && c.change.field === field);
  if (mergesAsSet(table, field, values.local, values.incoming))
    return { settled: true, value: mergeSet(values.local, values.incoming, updates) };

  // What set the field's value: its updates, and the record's creation (which set every field).
  const setters = recordChanges.filter((c) => c.change.op === 'create' || (c.change.op === 'update' && c.change.field === field));
  const winner = settledSide(trail, updates, setters, values);
  if (winner) return { settled: true, value: values[winner] };
  const side = (s: Side): ConflictSide => ({ value: values[s], changedBy: changedBy(trail, s, setters, updates) });
  return { settled: false, local: side('local'), incoming: side('incoming') };
}

function settledSide(trail: Trail, updates: readonly Located[], setters: readonly Located[], values: Record<Side, unknown>): Side | null {
  const latest = heads(updates);
  if (latest.length === 0) return null;
  const value = newValueOf(latest[0]!);
  if (!latest.every((h) => sameValue(newValueOf(h), value))) return null;
  const winner: Side | null = sameValue(value, values.local) ? 'local' : sameValue(value, values.incoming) ? 'incoming' : null;
  if (!winner) return null;
  const loser = otherSide(winner);
  // The loser's value came from the latest setters its own trail holds: the winning changes must have seen them.
  const origin = heads(setters.filter((s) => trail.holds(loser, s.entry)));
  if (origin.length > 0) return origin.every((o) => latest.some((h) => h.entry.id === o.entry.id || hasSeen(h.entry, o.entry))) ? winner : null;
  // No trail behind the loser's value (a file from before the trail): the value a change started from.
  return updates.some((u) => u.change.op === 'update' && sameValue(u.change.old, values[loser])) ? winner : null;
}

function newValueOf(item: Located): unknown {
  return item.change.op === 'update' ? item.change.new : undefined;
}

/** The changes behind a side's value that the other side does not hold, named by who set the value. */
function changedBy(trail: Trail, side: Side, setters: readonly Located[], updates: readonly Located[]) {
  const own = setters.filter((s) => trail.holds(side, s.entry) && !trail.holds(otherSide(side), s.entry));
  return marksOf(originsOf(heads(own), updates));
}
