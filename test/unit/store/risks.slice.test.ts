import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import { emptyAction } from '../../../shared/risk/actions';
import { defaultRiskSettings } from '../../../shared/risk/matrix';
import { emptyScenario } from '../../../shared/risk/scenario';
import { emptyZoneInput } from '../../../shared/scope/zones';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

async function setup() {
  const deps = testStoreDeps(testDb());
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  await store.getState().addZone(id, emptyZoneInput('Control'));
  const [zone] = await deps.scope.listZones(id);
  const lastNotice = () => store.getState().notices.at(-1);
  return { store, deps, id, zone: zone!, lastNotice };
}

describe('risks slice', () => {
  it('records scenarios and reports what it did', async () => {
    const { store, deps, id, zone, lastNotice } = await setup();
    const content = { ...emptyScenario({ kind: 'zone' as const, zoneId: zone.id }), title: 'Ransomware from IT' };
    expect(await store.getState().addScenario(id, content)).toBe(true);
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Added risk scenario “Ransomware from IT”.' });
    const [stored] = await deps.risks.listScenarios(id);

    expect(await store.getState().updateScenario(id, stored!.id, { ...content, treatment: 'transfer' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Give the reason for this treatment decision.' });

    await store.getState().addAction(id, { ...emptyAction(), title: 'Segment', riskIds: [stored!.id] });
    expect(await store.getState().deleteScenario(id, stored!.id)).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted risk scenario “Ransomware from IT”; 1 action no longer names it.');
    expect((await deps.risks.listActions(id))[0]?.riskIds).toEqual([]);
  });

  it('adds, edits and deletes own threats, refusing to delete one a scenario uses', async () => {
    const { store, deps, id, zone, lastNotice } = await setup();
    const threat = { id: crypto.randomUUID(), title: 'Laptop bridging', description: '', typicalVulnerabilities: [], assetTypes: ['ews'], countermeasures: [] };
    expect(await store.getState().saveOwnThreat(id, threat)).toBe(true);
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Added threat “Laptop bridging”.' });
    expect(await store.getState().saveOwnThreat(id, { ...threat, title: 'Laptop bridging networks' })).toBe(true);
    expect(lastNotice()?.text).toBe('Saved threat “Laptop bridging networks”.');
    expect(await store.getState().saveOwnThreat(id, { ...threat, title: '' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Threat title is required.' });

    await store.getState().addScenario(id, { ...emptyScenario({ kind: 'zone', zoneId: zone.id }), title: 'Bridge', threatId: threat.id });
    expect(await store.getState().deleteOwnThreat(id, threat.id)).toBe(false);
    expect(lastNotice()).toMatchObject({
      kind: 'error',
      text: 'Threat “Laptop bridging networks” is used by 1 risk scenario; choose another threat for it before deleting it.',
    });
    const [scenario] = await deps.risks.listScenarios(id);
    await store.getState().deleteScenario(id, scenario!.id);
    expect(await store.getState().deleteOwnThreat(id, threat.id)).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted threat “Laptop bridging networks”.');
    expect((await deps.risks.getSettings(id)).ownThreats).toEqual([]);
  });

  it('saves the matrix and refuses an incomplete one', async () => {
    const { store, deps, id, lastNotice } = await setup();
    const settings = defaultRiskSettings();
    expect(await store.getState().saveRiskSettings(id, { ...settings, matrix: { ...settings.matrix, tolerable: 'low' } })).toBe(true);
    expect((await deps.risks.getSettings(id)).matrix.tolerable).toBe('low');
    const unlabelled = settings.matrix.likelihood.map((s, i) => (i === 0 ? { ...s, label: ' ' } : s));
    expect(await store.getState().saveRiskSettings(id, { ...settings, matrix: { ...settings.matrix, likelihood: unlabelled } })).toBe(false);
    expect(lastNotice()?.kind).toBe('error');
  });

  it('applies an SL-T proposal through the zone update, keeping the rest of the zone', async () => {
    const { store, deps, id, zone, lastNotice } = await setup();
    await store.getState().updateZone(id, zone.id, { ...emptyZoneInput('Control'), owner: 'Operations', slAchieved: 1 });
    expect(await store.getState().applySlTarget(id, zone.id, 3)).toBe(true);
    expect(lastNotice()?.text).toBe('Saved zone “Control”.');
    expect((await deps.scope.listZones(id))[0]).toMatchObject({ slTarget: 3, slAchieved: 1, owner: 'Operations', id: zone.id });
    expect(await store.getState().applySlTarget(id, 'gone', 3)).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'This zone no longer exists.' });
  });
});
