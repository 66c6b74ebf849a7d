import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import { emptyScenario } from '../../../shared/risk/scenario';
import { emptyScope } from '../../../shared/scope/scope';
import { emptyConduitInput, emptyZoneInput } from '../../../shared/scope/zones';
import { content } from '../assets/asset-fixtures';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

/** The store over a real (fake-indexeddb) database, with a fresh assessment open and its inventory loaded. */
async function setup() {
  const deps = testStoreDeps(testDb());
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  await store.getState().loadInventory(id);
  const lastNotice = () => store.getState().notices.at(-1);
  const zoneId = async (name: string) => (await deps.scope.listZones(id)).find((z) => z.name === name)!.id;
  return { store, deps, id, lastNotice, zoneId };
}

describe('scope slice', () => {
  it('saves the scope quietly and reports a refused one', async () => {
    const { store, deps, id, lastNotice } = await setup();
    const before = lastNotice();
    expect(await store.getState().saveScope(id, { ...emptyScope(), statement: 'Riverside works' })).toBe(true);
    expect(lastNotice()).toBe(before);
    expect((await deps.scope.getScope(id)).statement).toBe('Riverside works');

    const refused = { ...emptyScope(), systemKinds: [{ kind: 'scada' as const, status: 'out' as const, reason: '' }] };
    expect(await store.getState().saveScope(id, refused)).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Give a reason for leaving this out of scope.' });
    expect((await deps.scope.getScope(id)).statement).toBe('Riverside works');
  });

  it('renames a zone and moves its assets in the loaded inventory too', async () => {
    const { store, id, lastNotice, zoneId } = await setup();
    expect(await store.getState().addZone(id, emptyZoneInput('Control'))).toBe(true);
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Added zone “Control”.' });
    await store.getState().addAsset(content('PLC-01'));
    await store.getState().addAsset(content('PLC-02'));
    await store.getState().addAsset(content('HMI-01'));
    const byName = (name: string) => store.getState().inventory!.assets.find((a) => a.name === name)!;

    expect(await store.getState().assignAssetsToZone(id, [byName('PLC-01').id, byName('PLC-02').id], 'Control')).toBe(true);
    expect(lastNotice()?.text).toBe('Assigned 2 assets to “Control”.');
    expect(await store.getState().assignAssetsToZone(id, [byName('PLC-01').id, byName('HMI-01').id], 'Control')).toBe(true);
    expect(lastNotice()?.text).toBe('Assigned 1 asset to “Control” (1 already there).');

    expect(await store.getState().updateZone(id, await zoneId('Control'), emptyZoneInput('Cell control'))).toBe(true);
    expect(lastNotice()?.text).toBe('Saved zone “Cell control”; 3 assets moved to the new name.');
    expect(store.getState().inventory!.assets.map((a) => a.zone)).toEqual(['Cell control', 'Cell control', 'Cell control']);
  });

  it('turns a refused change into an error notice and changes nothing', async () => {
    const { store, deps, id, lastNotice, zoneId } = await setup();
    await store.getState().addZone(id, emptyZoneInput('Control'));
    await store.getState().addZone(id, emptyZoneInput('DMZ'));
    expect(await store.getState().addZone(id, emptyZoneInput('dmz'))).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Another zone is already named "dmz".' });

    const control = await zoneId('Control');
    expect(await store.getState().addConduit(id, { ...emptyConduitInput(control, control), name: 'Loop' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'A conduit must connect two different zones.' });
    expect(await deps.scope.listConduits(id)).toEqual([]);
  });

  it('adds, edits and deletes conduits, and deletes a zone with its conduits', async () => {
    const { store, deps, id, lastNotice, zoneId } = await setup();
    await store.getState().addZone(id, emptyZoneInput('Control'));
    await store.getState().addZone(id, emptyZoneInput('DMZ'));
    const link = { ...emptyConduitInput(await zoneId('Control'), await zoneId('DMZ')), name: 'Control–DMZ', protocols: ['OPC UA'] };
    expect(await store.getState().addConduit(id, link)).toBe(true);
    const [conduit] = await deps.scope.listConduits(id);
    expect(await store.getState().updateConduit(id, conduit!.id, { ...link, name: 'OPC link' })).toBe(true);
    expect(lastNotice()?.text).toBe('Saved conduit “OPC link”.');
    expect(await store.getState().deleteConduit(id, conduit!.id)).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted conduit “OPC link”.');

    await store.getState().addConduit(id, link);
    expect(await store.getState().deleteZone(id, await zoneId('DMZ'))).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted zone “DMZ” and 1 conduit.');
    expect(await deps.scope.listConduits(id)).toEqual([]);

    // The risk scenarios about a deleted zone or conduit go with it.
    await store.getState().addZone(id, emptyZoneInput('DMZ'));
    const [control, dmz] = [await zoneId('Control'), await zoneId('DMZ')];
    await store.getState().addConduit(id, { ...emptyConduitInput(control, dmz), name: 'Control–DMZ' });
    const [again] = await deps.scope.listConduits(id);
    await store.getState().addScenario(id, { ...emptyScenario({ kind: 'conduit', conduitId: again!.id }), title: 'Tunnel' });
    expect(await store.getState().deleteConduit(id, again!.id)).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted conduit “Control–DMZ” and 1 risk scenario.');
    await store.getState().addConduit(id, { ...emptyConduitInput(control, dmz), name: 'Control–DMZ' });
    const [third] = await deps.scope.listConduits(id);
    await store.getState().addScenario(id, { ...emptyScenario({ kind: 'zone', zoneId: dmz }), title: 'DMZ ransomware' });
    await store.getState().addScenario(id, { ...emptyScenario({ kind: 'conduit', conduitId: third!.id }), title: 'Tunnel' });
    expect(await store.getState().deleteZone(id, dmz)).toBe(true);
    expect(lastNotice()?.text).toBe('Deleted zone “DMZ”, 1 conduit and 2 risk scenarios.');
    expect(await deps.risks.listScenarios(id)).toEqual([]);
  });
});
