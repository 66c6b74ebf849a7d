import { hasSeen, type AuditedTable } from '../audit/audit';
import { flattenFields, isStampField, recordLabel, sameValue, withFieldValue } from '../audit/diff';
import { mergeField } from './merge-field';
import { heads, marksOf, type Located, type Side, type Trail } from './trail';
import type { DeleteConflict, FieldConflict } from './types';

export type Loose = Record<string, unknown>;

/** A record's content as merged and compared: evidence bytes go by their sha256, never byte by byte. */
export function contentOf(table: AuditedTable, record: Loose): Loose {
  if (table !== 'evidence' || !('data' in record)) return record;
  const { data: _data, ...meta } = record;
  return meta;
}

/** An evidence file's size is its bytes' size: the bytes (and so the size) follow the sha256 the merge keeps. */
const followsTheBytes = (table: AuditedTable, field: string) => table === 'evidence' && field === 'size';

/** A record both sides hold: merged field by field, local's value standing where the fields conflict. */
export function mergeBoth(trail: Trail, table: AuditedTable, local: Loose, incoming: Loose): { record: Loose; conflicts: FieldConflict[] } {
  const id = String(local.id);
  const localFields = flattenFields(table, contentOf(table, local));
  const incomingFields = flattenFields(table, contentOf(table, incoming));
  let record = local;
  const conflicts: FieldConflict[] = [];
  for (const field of new Set([...localFields.keys(), ...incomingFields.keys()])) {
    if (followsTheBytes(table, field)) continue;
    const values = { local: localFields.get(field), incoming: incomingFields.get(field) };
    if (sameValue(values.local, values.incoming)) continue;
    const outcome = mergeField(trail, table, id, field, values);
    if (!outcome.settled) {
      const { local: localSide, incoming: incomingSide } = outcome;
      const label = recordLabel(table, local);
      conflicts.push({ kind: 'field', id: `${table}/${id}/${field}`, table, recordId: id, label, field, local: localSide, incoming: incomingSide });
    } else if (!sameValue(outcome.value, values.local)) record = withFieldValue(record, field, outcome.value);
  }
  return { record: withBookkeeping(table, record, local, incoming), conflicts };
}

/** An evidence record with the bytes its sha256 names, from whichever side holds them. */
export function withEvidenceBytes(record: Loose, incoming: Loose): Loose {
  if (record.sha256 !== incoming.sha256 || record.data === incoming.data) return record;
  const data = incoming.data as Uint8Array;
  return { ...record, data, size: data.byteLength };
}

/**
 * Bookkeeping is never in conflict: created at the earlier time, updated at the later, and the stamp fields (who
 * answered, when) from the side updated later (ties broken by the stamps themselves, so any merge order agrees).
 */
function withBookkeeping(table: AuditedTable, record: Loose, local: Loose, incoming: Loose): Loose {
  const stamps = (r: Loose) => JSON.stringify(Object.keys(r).filter((k) => isStampField(table, k)).sort().map((k) => [k, r[k]]));
  const order = ordinal(String(local.updatedAt), String(incoming.updatedAt)) || ordinal(stamps(local), stamps(incoming));
  const newer = order >= 0 ? local : incoming;
  const out: Loose = { ...record, updatedAt: newer.updatedAt };
  if (String(incoming.createdAt) < String(local.createdAt)) out.createdAt = incoming.createdAt;
  for (const key of new Set([...Object.keys(local), ...Object.keys(incoming)])) {
    if (!isStampField(table, key)) continue;
    if (Object.hasOwn(newer, key)) out[key] = newer[key];
    else delete out[key];
  }
  return out;
}

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type Presence = { kind: 'kept' } | { kind: 'deleted' } | { kind: 'conflict'; conflict: DeleteConflict };

/**
 * A record only `holder` has. Kept unless the other side deleted it: deleted when the latest changes to it are
 * all deletions (so they had seen every edit), a conflict when an edit the deletion had not seen is among them
 * (edited while being deleted elsewhere); kept when a later change put it back (a merge that chose to keep it).
 * A deletion `holder` itself holds does not count: its record is there, so something brought it back.
 */
export function presenceOf(trail: Trail, table: AuditedTable, record: Loose, holder: Side): Presence {
  const id = String(record.id);
  const changes = trail.changesOf(table, id);
  const latest = heads(changes);
  const deletions = latest.filter((h) => h.change.op === 'delete' && !trail.holds(holder, h.entry));
  if (deletions.length === 0) return { kind: 'kept' };
  if (latest.every((h) => h.change.op === 'delete')) return { kind: 'deleted' };
  const unseen = (c: Located) => c.change.op !== 'delete' && !deletions.some((d) => hasSeen(d.entry, c.entry));
  const [deletion] = marksOf(deletions).slice(-1);
  return {
    kind: 'conflict',
    conflict: {
      kind: 'delete',
      id: `${table}/${id}`,
      table,
      recordId: id,
      label: recordLabel(table, record),
      deletedBy: holder === 'local' ? 'incoming' : 'local',
      deletion: deletion!,
      edits: marksOf(changes.filter(unseen)),
    },
  };
}
