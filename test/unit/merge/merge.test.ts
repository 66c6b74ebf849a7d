import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditedTable } from '../../../shared/audit/audit';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { auditedRecords } from '../../../shared/merge/audited-records';
import { applyMerge, planMerge } from '../../../shared/merge/merge';
import type { DeleteConflict, FieldConflict, MergeStamp } from '../../../shared/merge/types';
import {
  ASSESSMENT_ID,
  Clock,
  act,
  answer,
  answerId,
  asset,
  assetId,
  baseBundle,
  replicaOf,
  evidence,
  evidenceId,
  mergeInto,
  recordsOf,
  riskId,
  type Replica,
} from './replica';

type Loose = Record<string, unknown>;

/** The record to edit in a bundle being changed. */
function find(b: AssessmentBundle, table: AuditedTable, id: string): Loose {
  const record = auditedRecords(b)
    .find(([t]) => t === table)?.[1]
    .find((r) => r.id === id);
  if (!record) throw new Error(`no ${table} ${id}`);
  return record as Loose;
}

const stamp = (note = 'jo.csms'): MergeStamp => ({
  replica: 'replica-ana',
  seq: 99,
  at: '2026-11-30T12:00:00.000Z',
  by: { id: '7e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0b', name: 'Ana Ruiz' },
  entryId: 'ffffffff-0000-4000-8000-000000000001',
  note,
});

const never = () => {
  throw new Error('no conflict was expected');
};

let clock: Clock;
let ana: Replica;
let jo: Replica;
beforeEach(() => {
  clock = new Clock();
  const base = baseBundle();
  ana = replicaOf(base, 'replica-ana', 'Ana Ruiz');
  jo = replicaOf(base, 'replica-jo', 'Jo Smith');
});

describe('merging without conflicts', () => {
  it('takes edits of different fields and records from both sides, the assessment’s scope field by field', () => {
    act(ana, clock, (b) => {
      find(b, 'assets', assetId(1)).criticality = 'high';
      b.assessment.scope!.statement = 'The whole plant';
    });
    act(jo, clock, (b) => {
      find(b, 'assets', assetId(1)).ip = '10.0.1.1';
      find(b, 'assets', assetId(2)).name = 'HMI-2';
      b.assessment.scope!.boundaries = 'Fence and firewall';
    });
    const plan = planMerge(ana.bundle, jo.bundle);
    expect(plan).toEqual({
      assessmentId: ASSESSMENT_ID,
      changes: { assessments: { added: 0, updated: 1, deleted: 0 }, assets: { added: 0, updated: 2, deleted: 0 } },
      conflicts: [],
      newEntries: 1,
      incomingAuthors: ['Jo Smith'],
    });
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    const records = recordsOf(merged);
    expect(records.assets![assetId(1)]).toMatchObject({ criticality: 'high', ip: '10.0.1.1' });
    expect(records.assets![assetId(2)]).toMatchObject({ name: 'HMI-2' });
    expect(merged.assessment.scope).toMatchObject({ statement: 'The whole plant', boundaries: 'Fence and firewall' });
  });

  it('adds the assets each side created', () => {
    act(ana, clock, (b) => b.tables.assets.push(asset(10, { name: 'Historian' })));
    act(jo, clock, (b) => b.tables.assets.push(asset(11, { name: 'Engineering PC' }), asset(12)));
    const plan = planMerge(ana.bundle, jo.bundle);
    expect(plan.changes).toEqual({ assets: { added: 2, updated: 0, deleted: 0 } });
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    expect(merged.tables.assets.map((a) => a.name)).toEqual(['PLC-1', 'PLC-2', 'PLC-3', 'Historian', 'Engineering PC', 'PLC-12']);
  });

  it('keeps the evidence and interview records both sides added to one answer, files included', async () => {
    const e1 = await evidence(1, answerId(1), 'Firewall rules');
    const e2 = await evidence(2, answerId(1), 'Patch log');
    act(ana, clock, (b) => {
      b.evidence.push(e1);
      const a = find(b, 'answers', answerId(1));
      a.evidenceIds = [e1.id];
      a.records = [{ id: 'r-ana', kind: 'interview', text: 'Rules reviewed yearly', who: 'Site lead', on: '2026-11-21' }];
    });
    act(jo, clock, (b) => {
      b.evidence.push(e2);
      const a = find(b, 'answers', answerId(1));
      a.evidenceIds = [e2.id];
      a.records = [{ id: 'r-jo', kind: 'observation', text: 'Patch log on the wall', who: '', on: '2026-11-21' }];
    });
    const plan = planMerge(ana.bundle, jo.bundle);
    expect(plan.conflicts).toEqual([]);
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    const a = recordsOf(merged).answers![answerId(1)]!;
    expect(a.evidenceIds).toEqual([e1.id, e2.id]);
    expect((a.records as Loose[]).map((r) => r.id)).toEqual(['r-ana', 'r-jo']);
    expect(merged.evidence.map((e) => [e.id, new TextDecoder().decode(e.data)])).toEqual([
      [e1.id, 'Firewall rules'],
      [e2.id, 'Patch log'],
    ]);
  });

  it('takes away what one side removed from a list while the other added to it', () => {
    act(ana, clock, (b) => (find(b, 'risks', riskId(1)).assetIds = [assetId(1)]));
    act(jo, clock, (b) => (find(b, 'risks', riskId(1)).assetIds = [assetId(1), assetId(2), assetId(3)]));
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    expect(recordsOf(merged).risks![riskId(1)]!.assetIds).toEqual([assetId(1), assetId(3)]);
  });

  it('merges an asset’s extra attributes label by label: each side’s additions and edits of different labels are kept', () => {
    act(ana, clock, (b) => (find(b, 'assets', assetId(2)).attributes = [{ label: 'Rack', value: 'R01' }, { label: 'Backup', value: 'none' }]));
    mergeInto(jo, clock, ana.bundle, never);
    act(ana, clock, (b) => (find(b, 'assets', assetId(2)).attributes = [{ label: 'Rack', value: 'R02' }, { label: 'Backup', value: 'none' }]));
    act(jo, clock, (b) => (find(b, 'assets', assetId(2)).attributes = [{ label: 'Rack', value: 'R01' }, { label: 'Backup', value: 'nightly' }, { label: 'Room', value: '2' }]));
    expect(planMerge(ana.bundle, jo.bundle).conflicts).toEqual([]);
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    expect(recordsOf(merged).assets![assetId(2)]!.attributes).toEqual([
      { label: 'Rack', value: 'R02' },
      { label: 'Backup', value: 'nightly' },
      { label: 'Room', value: '2' },
    ]);
  });

  it('makes one answer of two created for the same requirement, under the smaller id, moving its evidence', async () => {
    const e = await evidence(3, answerId(21), 'Photo of the rack');
    act(ana, clock, (b) => b.tables.answers.push(answer(20, 'SP.02.01', { status: 'implemented', notes: 'Seen on site' })));
    act(jo, clock, (b) => {
      b.evidence.push(e);
      b.tables.answers.push(answer(21, 'SP.02.01', { status: 'implemented', notes: 'Seen on site', evidenceIds: [e.id] }));
    });
    // Here: Ana's answer gains Jo's evidence; Jo's answer takes Ana's id (not a change of content), its evidence moves.
    expect(planMerge(ana.bundle, jo.bundle).changes).toEqual({ answers: { added: 0, updated: 1, deleted: 0 }, evidence: { added: 1, updated: 0, deleted: 0 } });
    expect(planMerge(jo.bundle, ana.bundle).changes).toEqual({ evidence: { added: 0, updated: 1, deleted: 0 } });
    for (const [local, incoming] of [
      [ana.bundle, jo.bundle],
      [jo.bundle, ana.bundle],
    ] as const) {
      expect(planMerge(local, incoming).conflicts).toEqual([]);
      const merged = applyMerge(local, incoming, {}, stamp());
      const answers = merged.tables.answers.filter((a) => a.requirementId === 'SP.02.01');
      expect(answers).toEqual([expect.objectContaining({ id: answerId(20), status: 'implemented', evidenceIds: [e.id] })]);
      expect(merged.evidence).toEqual([expect.objectContaining({ id: e.id, answerId: answerId(20) })]);
    }
  });

  it('lets a later edit made knowing the other side’s win silently, in either direction', () => {
    act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'));
    mergeInto(jo, clock, ana.bundle, never);
    act(jo, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'));
    for (const [local, incoming] of [
      [ana.bundle, jo.bundle],
      [jo.bundle, ana.bundle],
    ] as const) {
      expect(planMerge(local, incoming).conflicts).toEqual([]);
      expect(recordsOf(applyMerge(local, incoming, {}, stamp())).assets![assetId(1)]!.criticality).toBe('low');
    }
  });

  it('deletes what one side deleted: a record the other never touched, or one whose edits the deletion had seen', () => {
    act(jo, clock, (b) => (find(b, 'assets', assetId(3)).name = 'Historian'));
    mergeInto(ana, clock, jo.bundle, never);
    act(ana, clock, (b) => (b.tables.assets = b.tables.assets.filter((a) => a.id === assetId(1))));
    for (const [local, incoming] of [
      [ana.bundle, jo.bundle],
      [jo.bundle, ana.bundle],
    ] as const) {
      const plan = planMerge(local, incoming);
      expect(plan.conflicts).toEqual([]);
      expect(applyMerge(local, incoming, {}, stamp()).tables.assets.map((a) => a.id)).toEqual([assetId(1)]);
    }
    expect(planMerge(jo.bundle, ana.bundle).changes).toEqual({ assets: { added: 0, updated: 0, deleted: 2 } });
  });

  it('merges the bookkeeping: updated at the later time, who answered from the side that changed the answer last', () => {
    act(ana, clock, (b) => (find(b, 'answers', answerId(1)).notes = 'Asked the site lead'));
    act(jo, clock, (b) => (find(b, 'answers', answerId(1)).status = 'implemented'));
    const merged = applyMerge(ana.bundle, jo.bundle, {}, stamp());
    const joAnswer = recordsOf(jo.bundle).answers![answerId(1)]!;
    expect(recordsOf(merged).answers![answerId(1)]).toMatchObject({
      notes: 'Asked the site lead',
      status: 'implemented',
      answeredBy: 'Jo Smith',
      answeredAt: joAnswer.answeredAt,
      updatedAt: joAnswer.updatedAt,
    });
  });

  it('changes nothing when a file is merged into itself (the trail gains only the merge’s own entry)', () => {
    act(ana, clock, (b) => {
      find(b, 'assets', assetId(1)).criticality = 'high';
      b.tables.assets.splice(1, 1);
    });
    const plan = planMerge(ana.bundle, ana.bundle);
    expect(plan).toMatchObject({ changes: {}, conflicts: [], newEntries: 0, incomingAuthors: [] });
    const merged = applyMerge(ana.bundle, ana.bundle, {}, stamp());
    expect({ ...merged, audit: [] }).toEqual({ ...ana.bundle, audit: [] });
    expect(merged.audit.slice(0, -1)).toEqual(ana.bundle.audit);
    expect(merged.audit.at(-1)).toMatchObject({ action: 'merge', changes: [] });
  });
});

describe('conflicts', () => {
  it('are concurrent edits of one field to different values, with who changed each side and when', () => {
    const anaEdit = act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'))!;
    const joEdit = act(jo, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'))!;
    const plan = planMerge(ana.bundle, jo.bundle);
    expect(plan.conflicts).toEqual<FieldConflict[]>([
      {
        kind: 'field',
        id: `assets/${assetId(1)}/criticality`,
        table: 'assets',
        recordId: assetId(1),
        label: 'PLC-1',
        field: 'criticality',
        local: { value: 'high', changedBy: [{ by: 'Ana Ruiz', at: anaEdit.at }] },
        incoming: { value: 'low', changedBy: [{ by: 'Jo Smith', at: joEdit.at }] },
      },
    ]);
    expect(plan.changes).toEqual({}); // conflicts aside, nothing changes here
  });

  it('are differences no recorded change explains (files from before the trail), without anyone to name', () => {
    const local = baseBundle();
    const incoming = baseBundle();
    incoming.tables.assets[0]!.criticality = 'high';
    expect(planMerge(local, incoming).conflicts).toEqual([
      expect.objectContaining({ field: 'criticality', local: { value: 'medium', changedBy: [] }, incoming: { value: 'high', changedBy: [] } }),
    ]);
  });

  it('are answers created for one requirement on both sides with different values', () => {
    const anaEdit = act(ana, clock, (b) => b.tables.answers.push(answer(20, 'SP.02.01', { status: 'implemented' })))!;
    const joEdit = act(jo, clock, (b) => b.tables.answers.push(answer(21, 'SP.02.01', { status: 'not-implemented' })))!;
    expect(planMerge(jo.bundle, ana.bundle).conflicts).toEqual([
      expect.objectContaining({
        id: `answers/${answerId(20)}/status`,
        label: 'SP.02.01',
        local: { value: 'not-implemented', changedBy: [{ by: 'Jo Smith', at: joEdit.at }] },
        incoming: { value: 'implemented', changedBy: [{ by: 'Ana Ruiz', at: anaEdit.at }] },
      }),
    ]);
  });

  it('are deletions of records the other side edited meanwhile; keeping or deleting is recorded', () => {
    const deletion = act(ana, clock, (b) => b.tables.assets.splice(2, 1))!;
    const edit = act(jo, clock, (b) => (find(b, 'assets', assetId(3)).name = 'Historian'))!;
    const plan = planMerge(ana.bundle, jo.bundle);
    expect(plan.conflicts).toEqual<DeleteConflict[]>([
      {
        kind: 'delete',
        id: `assets/${assetId(3)}`,
        table: 'assets',
        recordId: assetId(3),
        label: 'Historian',
        deletedBy: 'local',
        deletion: { by: 'Ana Ruiz', at: deletion.at },
        edits: [{ by: 'Jo Smith', at: edit.at }],
      },
    ]);
    const kept = applyMerge(ana.bundle, jo.bundle, { [`assets/${assetId(3)}`]: 'incoming' }, stamp());
    expect(recordsOf(kept).assets![assetId(3)]).toMatchObject({ name: 'Historian' });
    expect(kept.audit.at(-1)!.changes).toEqual([{ op: 'create', table: 'assets', recordId: assetId(3), label: 'Historian' }]);
    const deleted = applyMerge(ana.bundle, jo.bundle, { [`assets/${assetId(3)}`]: 'local' }, stamp());
    expect(recordsOf(deleted).assets![assetId(3)]).toBeUndefined();
    expect(deleted.audit.at(-1)!.changes).toEqual([{ op: 'delete', table: 'assets', recordId: assetId(3), label: 'Historian' }]);
  });

  it('once settled, do not come back: merging either side’s file again is silent and keeps the choice', () => {
    act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'));
    act(ana, clock, (b) => b.tables.assets.splice(2, 1));
    act(jo, clock, (b) => {
      find(b, 'assets', assetId(1)).criticality = 'low';
      find(b, 'assets', assetId(3)).name = 'Historian';
    });
    const anaBefore = structuredClone(ana.bundle);
    const joBefore = structuredClone(jo.bundle);
    // Ana keeps her criticality and Jo's asset.
    mergeInto(ana, clock, jo.bundle, (c) => (c.kind === 'field' ? 'local' : 'incoming'));
    for (const file of [anaBefore, joBefore, ana.bundle]) {
      expect(planMerge(ana.bundle, file).conflicts).toEqual([]);
      const again = recordsOf(applyMerge(ana.bundle, file, {}, stamp()));
      expect(again.assets![assetId(1)]!.criticality).toBe('high');
      expect(again.assets![assetId(3)]!.name).toBe('Historian');
    }
    // Jo takes Ana's merged file: the settlement wins there too, silently.
    mergeInto(jo, clock, ana.bundle, never);
    expect(recordsOf(jo.bundle).assets![assetId(1)]!.criticality).toBe('high');
  });

  it('name who typed a value a merge chose, not who merged', () => {
    const anaEdit = act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'))!;
    act(jo, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'));
    mergeInto(jo, clock, ana.bundle, () => 'incoming'); // Jo takes Ana's 'high'
    const li = replicaOf(baseBundle(), 'replica-li', 'Li Wei');
    const liEdit = act(li, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'))!;
    expect(planMerge(li.bundle, jo.bundle).conflicts).toEqual([
      expect.objectContaining({
        local: { value: 'low', changedBy: [{ by: 'Li Wei', at: liEdit.at }] },
        incoming: { value: 'high', changedBy: [{ by: 'Ana Ruiz', at: anaEdit.at }] },
      }),
    ]);
  });
});

describe('applyMerge', () => {
  it('records its own entry: every conflict’s settlement, having seen both trails', () => {
    act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'));
    act(jo, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'));
    act(jo, clock, (b) => (find(b, 'assets', assetId(2)).name = 'HMI-2'));
    const merged = applyMerge(ana.bundle, jo.bundle, { [`assets/${assetId(1)}/criticality`]: 'incoming' }, stamp());
    expect(merged.audit.map((e) => e.id)).toEqual([...ana.bundle.audit, ...jo.bundle.audit].map((e) => e.id).concat(stamp().entryId));
    expect(merged.audit.at(-1)).toEqual({
      id: stamp().entryId,
      assessmentId: ASSESSMENT_ID,
      replica: 'replica-ana',
      seq: 99,
      known: { 'replica-ana': 99, 'replica-jo': 2 },
      at: stamp().at,
      by: stamp().by,
      action: 'merge',
      note: 'jo.csms',
      changes: [{ op: 'update', table: 'assets', recordId: assetId(1), label: 'PLC-1', field: 'criticality', old: 'high', new: 'low' }],
    });
    expect(recordsOf(merged).assets![assetId(1)]!.criticality).toBe('low');
  });

  it('refuses a conflict left without a choice, naming it', () => {
    act(ana, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'high'));
    act(jo, clock, (b) => (find(b, 'assets', assetId(1)).criticality = 'low'));
    expect(() => applyMerge(ana.bundle, jo.bundle, {}, stamp())).toThrow('The merge has no choice for the conflict over criticality of “PLC-1” (assets).');
  });

  it('refuses two different assessments', () => {
    const other = baseBundle();
    other.assessment = { ...other.assessment, id: '99999999-9999-4999-8999-999999999999', name: 'Lakeside' };
    const message = 'The file to merge holds assessment “Lakeside”, not “Riverside WTP”: only copies of one assessment merge.';
    expect(() => applyMerge(ana.bundle, other, {}, stamp())).toThrow(message);
    expect(() => planMerge(ana.bundle, other)).toThrow(message);
  });

  it('takes the evidence file (bytes and size) that goes with the chosen checksum', async () => {
    const local = baseBundle();
    local.evidence = [await evidence(1, answerId(1), 'v1')];
    const incoming = baseBundle();
    incoming.evidence = [await evidence(1, answerId(1), 'v2 longer')];
    const conflicts = planMerge(local, incoming).conflicts.map((c) => c.id);
    expect(conflicts).toEqual([`evidence/${evidenceId(1)}/sha256`]);
    const file = (side: 'local' | 'incoming') => applyMerge(local, incoming, { [conflicts[0]!]: side }, stamp()).evidence[0]!;
    expect([new TextDecoder().decode(file('incoming').data), file('incoming').size, file('incoming').sha256]).toEqual(['v2 longer', 9, incoming.evidence[0]!.sha256]);
    expect([new TextDecoder().decode(file('local').data), file('local').size, file('local').sha256]).toEqual(['v1', 2, local.evidence[0]!.sha256]);
  });
});
