import { describe, expect, it } from 'vitest';
import { readAudit } from '../../../renderer/db/audit-log';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { questionnaireRepo } from '../../../renderer/db/repos/questionnaire.repo';
import { risksRepo } from '../../../renderer/db/repos/risks.repo';
import { scopeRepo } from '../../../renderer/db/repos/scope.repo';
import type { AuditEntry, FieldChange } from '../../../shared/audit/audit';
import { planImport } from '../../../shared/import/plan-import';
import { emptyAction } from '../../../shared/risk/actions';
import { emptyScenario } from '../../../shared/risk/scenario';
import { emptyScope } from '../../../shared/scope/scope';
import { emptyZoneInput, emptyConduitInput } from '../../../shared/scope/zones';
import { content, importReport as report, row } from '../assets/asset-fixtures';
import { failWrites, sampleInput, testAuthor, testDb } from './test-db';

async function setup(failTrailWrites = { on: false, table: 'audit' }) {
  const db = testDb();
  failWrites(db, failTrailWrites);
  const assessment = await assessmentsRepo(db).create(sampleInput);
  const id = assessment.id;
  const trail = async () => (await readAudit(db, id)).filter((e) => !e.changes.some((c) => c.table === 'assessments' && c.op === 'create'));
  return { db, id, trail, scope: scopeRepo(db), assets: assetsRepo(db), questionnaire: questionnaireRepo(db), risks: risksRepo(db) };
}

/** The changes of an entry as [op, table, label, field, old, new] rows, for readable assertions. */
const rows = (entry: AuditEntry | undefined) =>
  (entry?.changes ?? []).map((c: FieldChange) => (c.op === 'update' ? [c.op, c.table, c.label, c.field, c.old, c.new] : [c.op, c.table, c.label]));

describe('the audit trail records every change with who, when, field, old and new value', () => {
  it('scope: a saved scope lists the fields it changed inside the scope, by name', async () => {
    const { id, trail, scope } = await setup();
    await scope.saveScope(id, { ...emptyScope(), statement: 'Water treatment works' });
    await scope.saveScope(id, { ...emptyScope(), statement: 'Water treatment works and intake' });
    const [first, second] = await trail();
    expect(first).toMatchObject({ action: 'edit', by: testAuthor, seq: 2 });
    // The first save creates the scope: its empty text fields are not changes, its list of system kinds is.
    expect(rows(first).map((r) => r[3])).toEqual(['scope.statement', 'scope.systemKinds']);
    expect(rows(first)[0]).toEqual(['update', 'assessments', sampleInput.name, 'scope.statement', undefined, 'Water treatment works']);
    expect(second).toMatchObject({ action: 'edit', by: testAuthor, seq: 3 });
    expect(rows(second)).toEqual([['update', 'assessments', sampleInput.name, 'scope.statement', 'Water treatment works', 'Water treatment works and intake']]);
    // Nothing changed, nothing recorded.
    await scope.saveScope(id, { ...emptyScope(), statement: 'Water treatment works and intake' });
    expect(await trail()).toHaveLength(2);
  });

  it('zones: creation with its fields, a rename with the assets it carried along, a deletion with what went with it', async () => {
    const { id, trail, scope, assets } = await setup();
    const zone = await scope.addZone(id, { ...emptyZoneInput('Control'), slTarget: 2 });
    const dmz = await scope.addZone(id, emptyZoneInput('DMZ'));
    const plc = await assets.add(id, content('PLC-01', { zone: 'Control' }));
    await scope.updateZone(id, zone.id, { ...emptyZoneInput('Cell 1'), slTarget: 2 });
    await scope.addConduit(id, { ...emptyConduitInput(dmz.id, zone.id), name: 'DMZ to cell' });
    await scope.deleteZone(id, dmz.id);

    const [created, , , renamed, , deleted] = await trail();
    expect(created!.action).toBe('create');
    expect(rows(created)).toEqual([
      ['create', 'zones', 'Control'],
      ['update', 'zones', 'Control', 'name', undefined, 'Control'],
      ['update', 'zones', 'Control', 'safety', undefined, false],
      ['update', 'zones', 'Control', 'slTarget', undefined, 2],
    ]);
    expect(rows(renamed)).toEqual([
      ['update', 'zones', 'Cell 1', 'name', 'Control', 'Cell 1'],
      ['update', 'assets', 'PLC-01', 'zone', 'Control', 'Cell 1'],
    ]);
    expect(renamed!.changes.map((c) => c.recordId)).toEqual([zone.id, plc.id]);
    expect(deleted!.action).toBe('delete');
    expect(rows(deleted)).toEqual([
      ['delete', 'zones', 'DMZ'],
      ['delete', 'conduits', 'DMZ to cell'],
    ]);
  });

  it('answers and evidence: fields set, evidence added and removed, the entry numbers counting up', async () => {
    const { id, trail, questionnaire } = await setup();
    await questionnaire.saveAnswer(id, 'GOV-01', { status: 'partial', notes: 'Policy in draft' }, 'Ana Ruiz');
    const file = { fileName: 'policy.pdf', mimeType: 'application/pdf', size: 3, sha256: 'a'.repeat(64), data: new Uint8Array([1, 2, 3]) };
    const evidence = await questionnaire.attachEvidence(id, 'GOV-01', file, 'Ana Ruiz');
    await questionnaire.removeEvidence(id, evidence.id, 'Ana Ruiz');
    const [answered, attached, removed] = await trail();
    expect(rows(answered)).toEqual([
      ['create', 'answers', 'GOV-01'],
      ['update', 'answers', 'GOV-01', 'requirementId', undefined, 'GOV-01'],
      ['update', 'answers', 'GOV-01', 'status', undefined, 'partial'],
      ['update', 'answers', 'GOV-01', 'notes', undefined, 'Policy in draft'],
    ]);
    expect(rows(attached)).toContainEqual(['create', 'evidence', 'policy.pdf']);
    expect(rows(attached)).toContainEqual(['update', 'answers', 'GOV-01', 'evidenceIds', [], [evidence.id]]);
    expect(rows(removed)).toEqual([
      ['delete', 'evidence', 'policy.pdf'],
      ['update', 'answers', 'GOV-01', 'evidenceIds', [evidence.id], []],
    ]);
    expect([answered, attached, removed].map((e) => e!.seq)).toEqual([2, 3, 4]);
    expect(removed!.known[removed!.replica]).toBe(4);
  });

  it('risks and actions: edits, the matrix and a scenario deletion that unlinks its action', async () => {
    const { id, trail, scope, risks } = await setup();
    const zone = await scope.addZone(id, emptyZoneInput('Control'));
    const scenario = await risks.addScenario(id, { ...emptyScenario({ kind: 'zone', zoneId: zone.id }), title: 'Ransomware on HMI', threatId: 'T-01' });
    const action = await risks.addAction(id, { ...emptyAction(), title: 'Patch HMIs', riskIds: [scenario.id] });
    await risks.updateAction(id, action.id, { ...emptyAction(), title: 'Patch HMIs', riskIds: [scenario.id], owner: 'OT lead' });
    await risks.deleteScenario(id, scenario.id);
    const entries = (await trail()).slice(1);
    expect(entries.map((e) => e.action)).toEqual(['create', 'create', 'edit', 'delete']);
    expect(rows(entries[2])).toEqual([['update', 'actions', 'Patch HMIs', 'owner', '', 'OT lead']]);
    expect(rows(entries[3])).toEqual([
      ['delete', 'risks', 'Ransomware on HMI'],
      ['update', 'actions', 'Patch HMIs', 'riskIds', [scenario.id], []],
    ]);
  });

  it('assets: bulk edits name each asset, imports note the file, undo records what it deleted', async () => {
    const { id, trail, assets } = await setup();
    const a = await assets.add(id, content('PLC-01', { criticality: 'high' }));
    const b = await assets.add(id, content('PLC-02'));
    await assets.update(id, [a.id, b.id], { criticality: 'low' });
    const written = await assets.applyImport(id, planImport([row(2, 'HMI-01'), row(3, 'SW-01')], [], [], () => 'merge'), report('plant.xlsx'));
    await assets.undoImport(written.record.id);
    await assets.remove(id, [b.id]);
    const [, , bulk, imported, undone, removed] = await trail();
    expect(bulk!.action).toBe('bulk-edit');
    expect(rows(bulk)).toEqual([
      ['update', 'assets', 'PLC-01', 'criticality', 'high', 'low'],
      ['update', 'assets', 'PLC-02', 'criticality', null, 'low'],
    ]);
    expect(imported).toMatchObject({ action: 'import-assets', note: 'plant.xlsx: 2 added, 0 merged', changes: [] });
    expect(undone).toMatchObject({ action: 'undo-import', note: 'plant.xlsx' });
    expect(rows(undone).sort()).toEqual([
      ['delete', 'assets', 'HMI-01'],
      ['delete', 'assets', 'SW-01'],
    ]);
    expect(rows(removed)).toEqual([['delete', 'assets', 'PLC-02']]);
  });

  it('writes the change and its entry together: a failing trail write leaves the record unchanged', async () => {
    const failing = { on: false, table: 'audit' };
    const { id, trail, assets } = await setup(failing);
    const a = await assets.add(id, content('PLC-01'));
    failing.on = true;
    await expect(assets.update(id, [a.id], { criticality: 'high' })).rejects.toThrow('The disk is full');
    expect((await assets.list(id))[0]!.criticality).toBe(a.criticality);
    expect(await trail()).toHaveLength(1);
  });

  it('refuses to change anything while no assessor profile is loaded', async () => {
    const { db, id, assets } = await setup();
    db.author = null;
    await expect(assets.add(id, content('PLC-01'))).rejects.toThrow('The assessor profile is not loaded yet');
    expect(await assets.list(id)).toEqual([]);
  });
});
