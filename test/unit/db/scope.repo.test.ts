import { describe, expect, it } from 'vitest';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { scopeRepo } from '../../../renderer/db/repos/scope.repo';
import { ASSET_PAGES_TABLE } from '../../../renderer/db/asset-pages';
import { risksRepo } from '../../../renderer/db/repos/risks.repo';
import { emptyAction } from '../../../shared/risk/actions';
import { emptyScenario } from '../../../shared/risk/scenario';
import type { RiskTarget } from '../../../shared/risk/types';
import { emptyScope, type ScopeInput } from '../../../shared/scope/scope';
import { emptyConduitInput, emptyZoneInput, type ZoneInput } from '../../../shared/scope/zones';
import { content } from '../assets/asset-fixtures';
import { atTime, failWrites, sampleInput, testDb } from './test-db';

/** A database whose writes to `failing.table` (asset pages unless told) fail while `failing.on` is set. */
function dbWithFailingAssetWrites() {
  const db = testDb();
  const failing = { on: false, table: ASSET_PAGES_TABLE as string };
  failWrites(db, failing);
  return { db, failing };
}

async function setup() {
  const { db, failing } = dbWithFailingAssetWrites();
  const assessment = await assessmentsRepo(db).create(sampleInput);
  return { db, failing, id: assessment.id, repo: scopeRepo(db), inventory: assetsRepo(db), assessments: assessmentsRepo(db), risks: risksRepo(db) };
}

const zoneInput = (name: string, extra: Partial<ZoneInput> = {}): ZoneInput => ({ ...emptyZoneInput(name), ...extra });

describe('scope repository: the scope on the assessment record', () => {
  it('starts empty, saves a trimmed scope on the assessment and bumps its last change', async () => {
    const { repo, id, assessments } = await setup();
    expect(await repo.getScope(id)).toEqual(emptyScope());
    const before = (await assessments.get(id))!.updatedAt;
    const input: ScopeInput = {
      ...emptyScope(),
      statement: '  Water treatment, Riverside works  ',
      systemKinds: [
        { kind: 'plcs', status: 'in', reason: '' },
        { kind: 'remote-access', status: 'out', reason: 'Vendor VPN is owned by the IT department' },
      ],
      stakeholders: [{ id: 's1', name: 'Mia Novak', role: 'OT lead', organisation: 'Riverside Water', interviewedOn: '2026-11-21' }],
    };
    const aSecondLater = new Date(Date.parse(before) + 1000).toISOString();
    const saved = await atTime(aSecondLater, () => repo.saveScope(id, input));
    expect(saved.statement).toBe('Water treatment, Riverside works');
    const stored = await assessments.get(id);
    expect(stored?.scope).toEqual(saved);
    expect(stored!.updatedAt).toBe(aSecondLater);
    expect(await repo.getScope(id)).toEqual(saved);
  });

  it('refuses an exclusion without a reason with the schema’s message, keeping what was stored', async () => {
    const { repo, id } = await setup();
    await repo.saveScope(id, { ...emptyScope(), statement: 'Kept' });
    const bad: ScopeInput = { ...emptyScope(), statement: 'Lost', systemKinds: [{ kind: 'scada', status: 'out', reason: ' ' }] };
    await expect(repo.saveScope(id, bad)).rejects.toThrow('Give a reason for leaving this out of scope.');
    expect((await repo.getScope(id)).statement).toBe('Kept');
    await expect(repo.saveScope('no-such-assessment', emptyScope())).rejects.toThrow(/no longer exists/);
  });
});

describe('scope repository: zones', () => {
  it('adds zones sorted by name and refuses a name another zone has, ignoring case and spaces', async () => {
    const { repo, id } = await setup();
    await repo.addZone(id, zoneInput('DMZ', { purdueLevels: [3.5], slTarget: 3 }));
    const control = await repo.addZone(id, zoneInput('Control', { purdueLevels: [1, 2], slTarget: 2, slTargetPerFr: { FR5: 3 } }));
    expect(control).toMatchObject({ assessmentId: id, name: 'Control', purdueLevels: [1, 2], slTargetPerFr: { FR5: 3 } });
    expect((await repo.listZones(id)).map((z) => z.name)).toEqual(['Control', 'DMZ']);

    await expect(repo.addZone(id, zoneInput(' control '))).rejects.toThrow('Another zone is already named "control".');
    await expect(repo.updateZone(id, control.id, zoneInput('dmz'))).rejects.toThrow('Another zone is already named "dmz".');
    await expect(repo.addZone(id, zoneInput('Bad', { slTarget: 7 as never }))).rejects.toThrow();
    await expect(repo.addZone(id, zoneInput('  '))).rejects.toThrow('Zone name is required.');
    expect((await repo.listZones(id)).map((z) => z.name)).toEqual(['Control', 'DMZ']);
    // Editing a zone under its own name, in another case, is no clash.
    await repo.updateZone(id, control.id, zoneInput('CONTROL', { purdueLevels: [1, 2] }));
    expect((await repo.listZones(id)).map((z) => z.name)).toEqual(['CONTROL', 'DMZ']);
    // The form's content replaces the zone's: the per-FR target it no longer sends is gone.
    expect((await repo.listZones(id))[0]).not.toHaveProperty('slTargetPerFr');
  });

  it('renames a zone and moves exactly the assets named after the old zone, returning them', async () => {
    const { repo, inventory, id } = await setup();
    const zone = await repo.addZone(id, zoneInput('Control'));
    const [a, b] = [await inventory.add(id, content('PLC-01', { zone: 'Control' })), await inventory.add(id, content('PLC-02', { zone: 'Control' }))];
    const other = await inventory.add(id, content('HMI-01', { zone: 'Control room' }));
    const { zone: renamed, movedAssets } = await repo.updateZone(id, zone.id, zoneInput('Cell control', { slTarget: 2 }));
    expect(renamed).toMatchObject({ id: zone.id, name: 'Cell control', slTarget: 2, createdAt: zone.createdAt });
    expect(movedAssets.map((x) => x.id).sort()).toEqual([a.id, b.id].sort());
    const stored = await inventory.list(id);
    expect(stored.filter((x) => x.zone === 'Cell control').map((x) => x.name).sort()).toEqual(['PLC-01', 'PLC-02']);
    expect(stored.find((x) => x.id === other.id)).toEqual(other);
    // A save that keeps the name touches no asset.
    expect((await repo.updateZone(id, zone.id, zoneInput('Cell control', { safety: true }))).movedAssets).toEqual([]);
  });

  it('leaves zone and assets exactly as they were when the rename fails part-way', async () => {
    const { repo, inventory, failing, id } = await setup();
    const zone = await repo.addZone(id, zoneInput('Control'));
    await inventory.add(id, content('PLC-01', { zone: 'Control' }));
    const assetsBefore = await inventory.list(id);
    failing.on = true;
    await expect(repo.updateZone(id, zone.id, zoneInput('Cell control'))).rejects.toThrow('The disk is full');
    failing.on = false;
    expect(await repo.listZones(id)).toEqual([zone]);
    expect(await inventory.list(id)).toEqual(assetsBefore);
  });

  it('deletes a zone with the conduits that connect it, and nothing else', async () => {
    const { repo, inventory, id } = await setup();
    const [ctl, dmz, ent] = [await repo.addZone(id, zoneInput('Control')), await repo.addZone(id, zoneInput('DMZ')), await repo.addZone(id, zoneInput('Enterprise'))];
    const c1 = await repo.addConduit(id, { ...emptyConduitInput(ctl.id, dmz.id), name: 'Control–DMZ' });
    const c2 = await repo.addConduit(id, { ...emptyConduitInput(dmz.id, ent.id), name: 'DMZ–Enterprise' });
    const plc = await inventory.add(id, content('PLC-01', { zone: 'DMZ' }));
    const { zone, conduits } = await repo.deleteZone(id, dmz.id);
    expect(zone.name).toBe('DMZ');
    expect(conduits.map((c) => c.id).sort()).toEqual([c1.id, c2.id].sort());
    expect((await repo.listZones(id)).map((z) => z.name)).toEqual(['Control', 'Enterprise']);
    expect(await repo.listConduits(id)).toEqual([]);
    expect(await inventory.list(id)).toEqual([plc]);
    await expect(repo.deleteZone(id, dmz.id)).rejects.toThrow('This zone no longer exists.');
  });

  it('deletes the risk scenarios about a deleted zone or its conduits, unlinking them from actions, all or nothing', async () => {
    const { repo, risks, failing, id } = await setup();
    const [ctl, dmz, ent] = [await repo.addZone(id, zoneInput('Control')), await repo.addZone(id, zoneInput('DMZ')), await repo.addZone(id, zoneInput('Enterprise'))];
    const c1 = await repo.addConduit(id, { ...emptyConduitInput(ctl.id, dmz.id), name: 'Control–DMZ' });
    const c2 = await repo.addConduit(id, { ...emptyConduitInput(ctl.id, ent.id), name: 'Control–Enterprise' });
    const about = (title: string, target: RiskTarget) => risks.addScenario(id, { ...emptyScenario(target), title });
    const onDmz = await about('Ransomware in the DMZ', { kind: 'zone', zoneId: dmz.id });
    const onC1 = await about('Vendor tunnel through Control–DMZ', { kind: 'conduit', conduitId: c1.id });
    const onCtl = await about('USB stick on the HMI', { kind: 'zone', zoneId: ctl.id });
    const onC2 = await about('Office malware over Control–Enterprise', { kind: 'conduit', conduitId: c2.id });
    const segment = await risks.addAction(id, { ...emptyAction(), title: 'Segment', riskIds: [onDmz.id, onCtl.id] });
    const vendor = await risks.addAction(id, { ...emptyAction(), title: 'Vendor MFA', riskIds: [onC1.id] });

    // Records made in the same millisecond list in no fixed order, so compare them by id.
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    const everything = async () => ({
      zones: await repo.listZones(id),
      conduits: await repo.listConduits(id),
      scenarios: (await risks.listScenarios(id)).sort(byId),
      actions: (await risks.listActions(id)).sort(byId),
    });
    const before = await everything();
    failing.table = 'zones';
    failing.on = true;
    await expect(repo.deleteZone(id, dmz.id)).rejects.toThrow('The disk is full');
    failing.on = false;
    expect(await everything()).toEqual(before);

    const { conduits, scenarios } = await repo.deleteZone(id, dmz.id);
    expect(conduits.map((c) => c.id)).toEqual([c1.id]);
    expect(scenarios.map((s) => s.id).sort()).toEqual([onDmz.id, onC1.id].sort());
    expect((await risks.listScenarios(id)).map((s) => s.id).sort()).toEqual([onCtl.id, onC2.id].sort());
    const actions = await risks.listActions(id);
    expect(actions.find((a) => a.id === segment.id)?.riskIds).toEqual([onCtl.id]);
    expect(actions.find((a) => a.id === vendor.id)?.riskIds).toEqual([]);

    failing.table = 'conduits';
    failing.on = true;
    await expect(repo.deleteConduit(id, c2.id)).rejects.toThrow('The disk is full');
    failing.on = false;
    expect((await risks.listScenarios(id)).map((s) => s.id).sort()).toEqual([onCtl.id, onC2.id].sort());
    const deleted = await repo.deleteConduit(id, c2.id);
    expect(deleted.scenarios.map((s) => s.title)).toEqual(['Office malware over Control–Enterprise']);
    expect((await risks.listScenarios(id)).map((s) => s.id)).toEqual([onCtl.id]);
  });

  it('assigns assets to a zone in one go, reporting only those it changed', async () => {
    const { repo, inventory, failing, id } = await setup();
    await repo.addZone(id, zoneInput('Control'));
    const a = await inventory.add(id, content('PLC-01'));
    const b = await inventory.add(id, content('PLC-02', { zone: 'Control' }));
    const c = await inventory.add(id, content('PLC-03', { zone: 'Old' }));
    const changed = await repo.assignAssetsToZone(id, [a.id, b.id, c.id], 'Control');
    expect(changed.map((x) => x.name).sort()).toEqual(['PLC-01', 'PLC-03']);
    expect((await inventory.list(id)).every((x) => x.zone === 'Control')).toBe(true);

    await expect(repo.assignAssetsToZone(id, [a.id], 'Nowhere')).rejects.toThrow('There is no zone named “Nowhere” any more.');
    await expect(repo.assignAssetsToZone(id, [a.id, 'gone'], 'Control')).rejects.toThrow(/no longer exists/);
    await repo.addZone(id, zoneInput('Safety'));
    const before = await inventory.list(id);
    failing.on = true;
    await expect(repo.assignAssetsToZone(id, [a.id, b.id], 'Safety')).rejects.toThrow('The disk is full');
    failing.on = false;
    expect(await inventory.list(id)).toEqual(before);
  });
});

describe('scope repository: conduits', () => {
  it('adds, edits and deletes a conduit between two zones of the assessment', async () => {
    const { repo, id } = await setup();
    const [ctl, dmz] = [await repo.addZone(id, zoneInput('Control')), await repo.addZone(id, zoneInput('DMZ'))];
    const conduit = await repo.addConduit(id, { ...emptyConduitInput(ctl.id, dmz.id), name: 'Control–DMZ', protocols: ['OPC UA'] });
    expect(conduit).toMatchObject({ assessmentId: id, direction: 'two-way', protocols: ['OPC UA'] });
    const edited = await repo.updateConduit(id, conduit.id, { ...emptyConduitInput(dmz.id, ctl.id), name: 'Historian feed', direction: 'one-way' });
    expect(edited).toMatchObject({ id: conduit.id, fromZoneId: dmz.id, direction: 'one-way', createdAt: conduit.createdAt });
    expect(await repo.listConduits(id)).toEqual([edited]);
    expect((await repo.deleteConduit(id, conduit.id)).conduit.name).toBe('Historian feed');
    expect(await repo.listConduits(id)).toEqual([]);
    await expect(repo.deleteConduit(id, conduit.id)).rejects.toThrow('This conduit no longer exists.');
  });

  it('refuses a conduit to its own zone, to a missing zone, or without a name', async () => {
    const { repo, id } = await setup();
    const ctl = await repo.addZone(id, zoneInput('Control'));
    await expect(repo.addConduit(id, { ...emptyConduitInput(ctl.id, ctl.id), name: 'Loop' })).rejects.toThrow(
      'A conduit must connect two different zones.',
    );
    await expect(repo.addConduit(id, { ...emptyConduitInput(ctl.id, 'deleted-zone'), name: 'Gone' })).rejects.toThrow(
      'The zone the conduit leads to no longer exists.',
    );
    await expect(repo.addConduit(id, emptyConduitInput(ctl.id, 'x'))).rejects.toThrow('Conduit name is required.');
    expect(await repo.listConduits(id)).toEqual([]);
  });

  it('keeps each assessment’s zones to itself', async () => {
    const { repo, assessments, id } = await setup();
    const other = await assessments.create({ ...sampleInput, name: 'Other site' });
    const foreign = await repo.addZone(other.id, zoneInput('Control'));
    await repo.addZone(id, zoneInput('Control'));
    expect((await repo.listZones(id)).map((z) => z.assessmentId)).toEqual([id]);
    await expect(repo.deleteZone(id, foreign.id)).rejects.toThrow('This zone no longer exists.');
  });
});
