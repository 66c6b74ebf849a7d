import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { auditedRecords } from '../../../shared/merge/audited-records';
import type { MergeChoice, MergeConflict } from '../../../shared/merge/types';
import { Clock, act, answer, answerId, asset, assetId, baseBundle, replicaOf, evidenceId, mergeInto, riskId, type Replica } from './replica';

/**
 * Merging is order-free: whichever order copies of an assessment are merged in, with the same way of settling
 * conflicts, the records come out the same.
 *
 * That needs a way of settling that does not depend on the order either. Last writer wins does: a field takes
 * the value of the latest change (by time, then entry id) a side holds for it, merges aside (a merge only chose
 * among earlier values), and a record's creation counting as setting every field. Every silent decision of the
 * engine follows causality, and a later change is also later in time here (one clock for all replicas), so
 * "latest" is one total order whatever the merge order. Deletions always win: nothing re-creates a deleted record,
 * so a record is gone as soon as any copy deleted it. (Picking the greater value instead is not order-free: a
 * value one side had already overwritten can win a conflict against a third copy's.)
 */
function lastWriterWins(conflict: MergeConflict, local: AssessmentBundle, incoming: AssessmentBundle): MergeChoice {
  if (conflict.kind === 'delete') return conflict.deletedBy;
  const l = latestSetter(local, conflict);
  const i = latestSetter(incoming, conflict);
  if (l !== i) return l > i ? 'local' : 'incoming';
  return (JSON.stringify(conflict.local.value) ?? '') >= (JSON.stringify(conflict.incoming.value) ?? '') ? 'local' : 'incoming';
}

function latestSetter(bundle: AssessmentBundle, c: Extract<MergeConflict, { kind: 'field' }>): string {
  let latest = '';
  for (const e of bundle.audit) {
    if (e.action === 'merge') continue;
    for (const ch of e.changes) {
      // Answers are one per requirement, whatever id each copy gave them: the label names the requirement.
      const same = ch.table === c.table && (c.table === 'answers' ? ch.label === c.label : ch.recordId === c.recordId);
      if (same && (ch.op === 'create' || (ch.op === 'update' && ch.field === c.field)) && `${e.at}|${e.id}` > latest) latest = `${e.at}|${e.id}`;
    }
  }
  return latest;
}

type Loose = Record<string, unknown>;
const SET_FIELDS = ['evidenceIds', 'records', 'assetIds', 'findingIds'];

/** Records by table and identity, lists that merge as sets sorted: what must agree between merge orders. */
function normalised(bundle: AssessmentBundle) {
  return Object.fromEntries(
    auditedRecords(bundle).map(([table, records]) => [
      table,
      Object.fromEntries(
        records.map((r) => {
          const record: Loose = { ...r };
          for (const f of SET_FIELDS) if (Array.isArray(record[f])) record[f] = [...(record[f] as unknown[])].map((e) => JSON.stringify(e)).sort();
          return [table === 'answers' ? String(r.requirementId) : String(r.id), record];
        }),
      ),
    ]),
  );
}

const pick = <T>(list: readonly T[], n: number): T | undefined => (list.length === 0 ? undefined : list[n % list.length]);

function toggle(list: unknown, element: unknown): unknown[] {
  const items = Array.isArray(list) ? list : [];
  return items.includes(element) ? items.filter((e) => e !== element) : [...items, element];
}

const value = fc.constantFrom('a', 'b', 'c');
const op = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit-asset'), n: fc.integer({ min: 0, max: 1 }), field: fc.constantFrom('criticality', 'name'), value }) },
  fc.record({ kind: fc.constant('create-asset') }),
  fc.record({ kind: fc.constant('delete-asset'), n: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit-answer'), n: fc.integer({ min: 0, max: 1 }), field: fc.constantFrom('status', 'notes'), value }) },
  fc.record({ kind: fc.constant('toggle-evidence-id'), n: fc.nat(), element: fc.constantFrom('e1', 'e2', 'e3') }),
  fc.record({ kind: fc.constant('interview'), n: fc.nat(), element: fc.constantFrom('r1', 'r2'), text: value }),
  fc.record({ kind: fc.constant('toggle-risk-asset'), n: fc.integer({ min: 1, max: 5 }) }),
  fc.record({ kind: fc.constant('fresh-answer'), requirement: fc.constantFrom('SP.09.01', 'SP.09.02'), value }),
  fc.record({ kind: fc.constant('attach'), n: fc.nat() }),
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('sync'), from: fc.nat() }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
const script = fc.array(fc.record({ replica: fc.nat(), op }), { maxLength: 16 });
type Script = { replica: number; op: Op }[];

const rename = (replica: number, value: string) => ({ replica, op: { kind: 'edit-asset', n: 0, field: 'name', value } }) as Script[number];
const sync = (replica: number, from: number) => ({ replica, op: { kind: 'sync', from } }) as Script[number];
/** Scripts on which settling by the greater value gives different records in different merge orders. */
const TRICKY: Script[] = [
  [rename(0, 'c'), sync(1, 0), rename(2, 'a'), rename(0, 'a')],
  [rename(0, 'c'), sync(2, 0), rename(2, 'a'), rename(1, 'b')],
];

/** Runs one step of a script on a replica: an edit recorded in its trail, or a merge of another replica's file. */
function run(replicas: Replica[], clock: Clock, index: number, step: number, o: Op): void {
  const r = replicas[index % replicas.length]!;
  const find = (b: AssessmentBundle, table: 'assets' | 'answers', n: number) => pick(b.tables[table], n) as Loose | undefined;
  switch (o.kind) {
    case 'sync': {
      const from = replicas[o.from % replicas.length]!;
      if (from !== r) mergeInto(r, clock, from.bundle, lastWriterWins);
      return;
    }
    case 'edit-asset':
      act(r, clock, (b) => {
        const a = find(b, 'assets', o.n);
        if (a) a[o.field] = `${o.field}-${o.value}`;
      });
      return;
    case 'create-asset':
      act(r, clock, (b) => b.tables.assets.push(asset(100 + step)));
      return;
    case 'delete-asset':
      act(r, clock, (b) => {
        const a = find(b, 'assets', o.n);
        b.tables.assets = b.tables.assets.filter((x) => x !== a);
      });
      return;
    case 'edit-answer':
      act(r, clock, (b) => {
        const a = find(b, 'answers', o.n);
        if (a) a[o.field] = `${o.field}-${o.value}`;
      });
      return;
    case 'toggle-evidence-id':
      act(r, clock, (b) => {
        const a = find(b, 'answers', o.n);
        if (a) a.evidenceIds = toggle(a.evidenceIds, o.element);
      });
      return;
    case 'interview':
      act(r, clock, (b) => {
        const a = find(b, 'answers', o.n);
        if (!a) return;
        const records = (a.records ?? []) as Loose[];
        const current = records.find((x) => x.id === o.element);
        const next = { id: o.element, kind: 'interview', text: o.text, who: '', on: '2026-11-21' };
        if (!current) a.records = [...records, next];
        else a.records = current.text === o.text ? records.filter((x) => x !== current) : records.map((x) => (x === current ? next : x));
      });
      return;
    case 'toggle-risk-asset':
      act(r, clock, (b) => {
        const risk = b.tables.risks.find((x) => x.id === riskId(1));
        if (risk) risk.assetIds = toggle(risk.assetIds, assetId(o.n));
      });
      return;
    case 'fresh-answer':
      act(r, clock, (b) => {
        if (!b.tables.answers.some((a) => a.requirementId === o.requirement)) b.tables.answers.push(answer(100 + step, o.requirement, { status: o.value }));
      });
      return;
    case 'attach':
      act(r, clock, (b) => {
        const a = find(b, 'answers', o.n);
        if (!a) return;
        const id = evidenceId(100 + step);
        const data = new TextEncoder().encode(id);
        const at = b.assessment.createdAt;
        const meta = { fileName: `${id}.txt`, mimeType: 'text/plain', size: data.byteLength, sha256: 'a'.repeat(64) };
        b.evidence.push({ id, assessmentId: b.assessment.id, createdAt: at, updatedAt: at, answerId: a.id, ...meta, data });
        a.evidenceIds = [...((a.evidenceIds ?? []) as string[]), id];
      });
      return;
  }
}

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/** Merges the replicas' files in this order, the first one's laptop doing the merging. */
function mergeAll(replicas: readonly Replica[], order: readonly number[], clock: Clock): AssessmentBundle {
  const merger = structuredClone(replicas[order[0]!]!);
  for (const i of order.slice(1)) mergeInto(merger, clock, replicas[i]!.bundle, lastWriterWins);
  return merger.bundle;
}

function setUp(count: number, steps: Script) {
  const clock = new Clock();
  const base = baseBundle();
  const replicas = Array.from({ length: count }, (_, i) => replicaOf(base, `replica-${i}`, `Assessor ${i}`));
  steps.forEach((s, step) => run(replicas, clock, s.replica, step, s.op));
  return { clock, replicas };
}

describe('merge properties', () => {
  it('gives the same records in every order of merging 2 or 3 copies edited apart (and syncing now and then)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 3 }), script, (count, steps) => {
        const { clock, replicas } = setUp(count, steps);
        const [first, ...others] = permutations(replicas.map((_, i) => i)).map((order) => normalised(mergeAll(replicas, order, clock)));
        for (const other of others) expect(other).toEqual(first);
      }),
      { numRuns: 150, examples: TRICKY.map((steps) => [3, steps]) },
    );
  });

  it('merge(A, B) and merge(B, A) agree, and merging a result again changes nothing and finds no conflict', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const { clock, replicas } = setUp(2, steps);
        const ab = mergeAll(replicas, [0, 1], clock);
        const ba = mergeAll(replicas, [1, 0], clock);
        expect(normalised(ab)).toEqual(normalised(ba));
        for (const side of replicas) {
          const again = structuredClone(side);
          const plan = mergeInto(again, clock, ab, lastWriterWins);
          expect(plan.conflicts).toEqual([]);
          expect(normalised(again.bundle)).toEqual(normalised(ab));
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps every record a copy created unless some copy deleted it', () => {
    fc.assert(
      fc.property(script, (steps) => {
        const { clock, replicas } = setUp(3, steps);
        const merged = normalised(mergeAll(replicas, [0, 1, 2], clock));
        const deleted = new Set(replicas.flatMap((r) => r.bundle.audit.flatMap((e) => e.changes.filter((c) => c.op === 'delete').map((c) => c.recordId))));
        const everAsset = new Set(replicas.flatMap((r) => r.bundle.tables.assets.map((a) => a.id)));
        for (const id of everAsset) expect(id in merged.assets!, id).toBe(!deleted.has(id));
        expect(Object.keys(merged.answers!).sort()).toEqual([...new Set(replicas.flatMap((r) => r.bundle.tables.answers.map((a) => String(a.requirementId))))].sort());
        expect(answerId(1) in Object.fromEntries(Object.values(merged.answers!).map((a) => [a.id, a]))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
