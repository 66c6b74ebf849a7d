import { attributeKey } from '../assets/attributes';
import type { AuditedTable } from '../audit/audit';
import { sameValue } from '../audit/diff';
import { heads, type Located } from './trail';

/** Lists whose order carries no meaning: merged element by element, so additions on both sides are both kept. */
const SET_FIELDS: Partial<Record<AuditedTable, ReadonlySet<string>>> = {
  assets: new Set(['attributes']),
  answers: new Set(['evidenceIds', 'records']),
  actions: new Set(['riskIds', 'findingIds']),
  risks: new Set(['assetIds', 'findingIds']),
  findings: new Set(['requirementIds', 'zoneIds', 'assetIds']),
};

/** A set field holding lists (or nothing) on both sides; anything else merges as a plain value. */
export function mergesAsSet(table: AuditedTable, field: string, a: unknown, b: unknown): boolean {
  const listOrAbsent = (v: unknown) => v === undefined || Array.isArray(v);
  return (SET_FIELDS[table]?.has(field) ?? false) && listOrAbsent(a) && listOrAbsent(b);
}

/**
 * An element's identity: an object's id (interview records), an extra attribute's label (an asset holds each once,
 * so two edits of "Rack" are two versions of one element), or the value itself (ids in a list).
 */
function keyOf(element: unknown): string {
  if (typeof element !== 'object' || element === null) return `value:${JSON.stringify(element)}`;
  const { id, label } = element as { id?: unknown; label?: unknown };
  if (typeof id === 'string') return `id:${id}`;
  if (typeof label === 'string') return `label:${attributeKey(label)}`;
  return `value:${JSON.stringify(element)}`;
}

function keyed(list: unknown): Map<string, unknown> {
  return new Map(Array.isArray(list) ? list.map((e) => [keyOf(e), e]) : []);
}

/** Of two versions of an element that no change explains, one picked the same way whatever the order of merging. */
const greater = (a: unknown, b: unknown) => (JSON.stringify(a) >= JSON.stringify(b) ? a : b);

/**
 * The elements of either side, each as the latest changes to it (by the trail) left it: an element some change
 * removed is gone unless a later change (one that had seen the removal) put it back; a removal and a concurrent
 * addition or edit of the same element: the removal wins. Elements no change touched are kept. Order: local's,
 * then incoming's extras in their order. Never a conflict.
 */
export function mergeSet(localList: unknown, incomingList: unknown, fieldChanges: readonly Located[]): unknown[] {
  const touches = new Map<string, Map<Located, unknown>>();
  for (const item of fieldChanges) {
    if (item.change.op !== 'update') continue;
    const before = keyed(item.change.old);
    const after = keyed(item.change.new);
    for (const key of new Set([...before.keys(), ...after.keys()])) {
      if (sameValue(before.get(key), after.get(key))) continue;
      const byChange = touches.get(key) ?? new Map<Located, unknown>();
      byChange.set(item, after.get(key));
      touches.set(key, byChange);
    }
  }

  const local = keyed(localList);
  const incoming = keyed(incomingList);
  const merged: unknown[] = [];
  for (const key of new Set([...local.keys(), ...incoming.keys()])) {
    const byChange = touches.get(key);
    const element = byChange ? latestElement(byChange) : sideElement(local.get(key), incoming.get(key));
    if (element !== undefined) merged.push(element);
  }
  return merged;
}

function latestElement(byChange: ReadonlyMap<Located, unknown>): unknown {
  const versions = heads([...byChange.keys()]).map((h) => byChange.get(h));
  if (versions.some((v) => v === undefined)) return undefined;
  return versions.reduce(greater);
}

function sideElement(a: unknown, b: unknown): unknown {
  if (a === undefined) return b;
  if (b === undefined || sameValue(a, b)) return a;
  return greater(a, b);
}
