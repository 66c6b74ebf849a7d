import { describe, expect, it } from 'vitest';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { risksRepo } from '../../../renderer/db/repos/risks.repo';
import { emptyAction } from '../../../shared/risk/actions';
import { defaultRiskSettings, resizeMatrix } from '../../../shared/risk/matrix';
import { emptyScenario } from '../../../shared/risk/scenario';
import type { RiskScenarioContent, Threat } from '../../../shared/risk/types';
import { sampleInput, testDb } from './test-db';

async function setup() {
  const db = testDb();
  const assessments = assessmentsRepo(db);
  const { id } = await assessments.create(sampleInput);
  return { db, id, repo: risksRepo(db), assessments };
}

const scenario = (title: string, extra: Partial<RiskScenarioContent> = {}): RiskScenarioContent => ({
  ...emptyScenario({ kind: 'zone', zoneId: 'zone-1' }),
  title,
  ...extra,
});

describe('risks repository: settings on the assessment record', () => {
  it('starts from the default matrix and stores a changed one on the assessment', async () => {
    const { repo, id, assessments } = await setup();
    expect(await repo.getSettings(id)).toEqual(defaultRiskSettings());
    expect((await assessments.get(id))?.risk).toBeUndefined();

    const settings = { ...defaultRiskSettings(), matrix: { ...resizeMatrix(defaultRiskSettings().matrix, 4, 4), tolerable: 'low' as const } };
    await repo.saveSettings(id, settings);
    expect((await assessments.get(id))?.risk).toEqual(settings);
    expect((await repo.getSettings(id)).matrix.likelihood).toHaveLength(4);
  });

  it('refuses a matrix whose cells do not match its scales, and an assessment that is gone', async () => {
    const { repo, id } = await setup();
    const settings = defaultRiskSettings();
    await expect(repo.saveSettings(id, { ...settings, matrix: { ...settings.matrix, cells: settings.matrix.cells.slice(1) } })).rejects.toThrow();
    expect(await repo.getSettings(id)).toEqual(defaultRiskSettings());
    await expect(repo.saveSettings('gone', settings)).rejects.toThrow('This assessment no longer exists.');
    await expect(repo.getSettings('gone')).rejects.toThrow('This assessment no longer exists.');
  });
});

const ownThreat = (title: string, extra: Partial<Threat> = {}): Threat => ({
  id: crypto.randomUUID(),
  title,
  description: 'A contractor’s laptop bridges the cell network to the site Wi-Fi.',
  typicalVulnerabilities: ['No check of contractor laptops'],
  assetTypes: ['ews', 'wireless-ap'],
  countermeasures: ['Site-owned maintenance laptops'],
  ...extra,
});

describe('risks repository: the assessor’s own threats', () => {
  it('adds and edits own threats on the assessment record, validating them', async () => {
    const { repo, id, assessments } = await setup();
    const bridge = ownThreat('  Laptop bridging  ');
    expect(await repo.saveOwnThreat(id, bridge)).toEqual({ threat: { ...bridge, title: 'Laptop bridging' }, added: true });
    const other = ownThreat('Drone over the substation', { assetTypes: [] });
    await repo.saveOwnThreat(id, other);
    const edited = { ...bridge, title: 'Laptop bridging networks', countermeasures: [] };
    expect((await repo.saveOwnThreat(id, edited)).added).toBe(false);
    expect((await repo.getSettings(id)).ownThreats).toEqual([edited, other]);
    expect((await assessments.get(id))?.risk?.matrix).toEqual(defaultRiskSettings().matrix);

    await expect(repo.saveOwnThreat(id, ownThreat(' '))).rejects.toThrow('Threat title is required.');
    await expect(repo.saveOwnThreat(id, ownThreat('Odd', { assetTypes: ['toaster'] }))).rejects.toThrow('Unknown asset type.');
    await expect(repo.saveOwnThreat(id, ownThreat('Mine', { id: 'T-01' }))).rejects.toThrow('T-01 is a catalogue threat, which cannot be changed.');
    await expect(repo.saveOwnThreat('gone', ownThreat('x'))).rejects.toThrow('This assessment no longer exists.');
    expect((await repo.getSettings(id)).ownThreats).toHaveLength(2);
  });

  it('deletes an own threat only once no scenario uses it', async () => {
    const { repo, id } = await setup();
    const threat = ownThreat('Laptop bridging');
    await repo.saveOwnThreat(id, threat);
    const a = await repo.addScenario(id, scenario('A', { threatId: threat.id }));
    const b = await repo.addScenario(id, scenario('B', { threatId: threat.id }));
    await expect(repo.deleteOwnThreat(id, threat.id)).rejects.toThrow(
      'Threat “Laptop bridging” is used by 2 risk scenarios; choose another threat for them before deleting it.',
    );
    await repo.deleteScenario(id, a.id);
    await expect(repo.deleteOwnThreat(id, threat.id)).rejects.toThrow('is used by 1 risk scenario; choose another threat for it');
    await repo.updateScenario(id, b.id, scenario('B', { threatId: 'T-02' }));
    expect(await repo.deleteOwnThreat(id, threat.id)).toEqual(threat);
    expect((await repo.getSettings(id)).ownThreats).toEqual([]);
    await expect(repo.deleteOwnThreat(id, threat.id)).rejects.toThrow('This threat no longer exists.');
  });
});

describe('risks repository: scenarios and actions', () => {
  it('adds, lists and updates scenarios, validating them with the schema', async () => {
    const { repo, id } = await setup();
    const added = await repo.addScenario(id, scenario('  Ransomware crosses into Control  ', { consequences: { production: 4 }, likelihood: 3 }));
    expect(added).toMatchObject({ title: 'Ransomware crosses into Control', assessmentId: id, consequences: { production: 4 } });
    await expect(repo.addScenario(id, scenario(''))).rejects.toThrow('Scenario title is required.');
    await expect(repo.addScenario(id, scenario('Accepted', { treatment: 'accept' }))).rejects.toThrow('Give the reason for this treatment decision.');

    const updated = await repo.updateScenario(id, added.id, scenario('Ransomware', { treatment: 'accept', treatmentReason: 'Plant shuts down in 2027' }));
    expect(updated).toMatchObject({ id: added.id, createdAt: added.createdAt, treatment: 'accept' });
    expect(await repo.listScenarios(id)).toEqual([updated]);
    await expect(repo.updateScenario(id, 'missing', scenario('x'))).rejects.toThrow('This risk scenario no longer exists.');
  });

  it('deletes a scenario and unlinks it from the actions that named it, in one go', async () => {
    const { repo, id } = await setup();
    const a = await repo.addScenario(id, scenario('A'));
    const b = await repo.addScenario(id, scenario('B'));
    const both = await repo.addAction(id, { ...emptyAction(), title: 'Segment the network', riskIds: [a.id, b.id] });
    const other = await repo.addAction(id, { ...emptyAction(), title: 'Patch', riskIds: [b.id] });

    const { scenario: deleted, unlinked } = await repo.deleteScenario(id, a.id);
    expect(deleted.id).toBe(a.id);
    expect(unlinked.map((x) => x.id)).toEqual([both.id]);
    expect((await repo.listScenarios(id)).map((s) => s.title)).toEqual(['B']);
    const actions = await repo.listActions(id);
    expect(actions.find((x) => x.id === both.id)?.riskIds).toEqual([b.id]);
    expect(actions.find((x) => x.id === other.id)).toEqual(other);
  });

  it('adds, updates and deletes actions, checking the due date', async () => {
    const { repo, id } = await setup();
    const action = await repo.addAction(id, { ...emptyAction(), title: 'MFA on remote access', dueDate: '2026-12-01', owner: 'IT' });
    await expect(repo.addAction(id, { ...emptyAction(), title: 'x', dueDate: '1 Dec' })).rejects.toThrow();
    const done = await repo.updateAction(id, action.id, { ...action, status: 'done' });
    expect(done).toMatchObject({ status: 'done', createdAt: action.createdAt });
    expect(await repo.deleteAction(id, action.id)).toEqual(done);
    expect(await repo.listActions(id)).toEqual([]);
    await expect(repo.deleteAction(id, action.id)).rejects.toThrow('This action no longer exists.');
  });

  it('keeps each assessment’s records to itself', async () => {
    const { repo, id, assessments } = await setup();
    const other = await assessments.create({ ...sampleInput, name: 'Other' });
    const mine = await repo.addScenario(id, scenario('Mine'));
    expect(await repo.listScenarios(other.id)).toEqual([]);
    await expect(repo.deleteScenario(other.id, mine.id)).rejects.toThrow('This risk scenario no longer exists.');
  });
});
