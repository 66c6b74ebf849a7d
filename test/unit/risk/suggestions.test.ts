import { describe, expect, it } from 'vitest';
import { riskScenarioInputSchema } from '../../../shared/risk/scenario';
import { suggestScenarios } from '../../../shared/risk/suggestions';
import { asset, conduit, finding, scenario, zone } from './fixtures';

const control = zone('Control', { purdueLevels: [1, 2] });
const dmz = zone('DMZ', { purdueLevels: [3.5] });
const enterprise = zone('Enterprise', { purdueLevels: [4] });
const controlDmz = conduit('Control–DMZ', control, dmz);
const hmi = asset('HMI-01', { zone: ' control ', lifecycle: 'end-of-support' });
const modem = asset('Vendor modem', { zone: 'Control', remoteAccess: true });

const base = {
  zones: [control, dmz, enterprise],
  conduits: [controlDmz],
  assets: [hmi, modem],
  findings: [],
  existing: [],
};
const keyOf = (s: { threatId: string; target: { kind: string } & Record<string, unknown> }) =>
  `${s.threatId}@${String(s.target.zoneId ?? s.target.conduitId)}`;

describe('suggestScenarios', () => {
  it('suggests end-of-life exploitation and remote access compromise for an exposed zone', () => {
    const suggestions = suggestScenarios(base);
    expect(suggestions.map(keyOf)).toEqual([`T-05@${control.id}`, `T-01@${control.id}`]);
    const [eol, remote] = suggestions;
    expect(eol?.assetIds).toEqual([hmi.id]);
    expect(eol?.why).toContain('HMI-01');
    expect(eol?.why).toContain('DMZ');
    expect(remote?.assetIds).toEqual([modem.id]);
    expect(remote?.consequences).toEqual({});
    for (const s of suggestions) expect(riskScenarioInputSchema.safeParse(s).success).toBe(true);
  });

  it('needs an exposure path for end-of-support assets', () => {
    const isolated = suggestScenarios({ ...base, conduits: [], assets: [hmi] });
    expect(isolated).toEqual([]);
  });

  it('skips suggestions an existing scenario covers (same threat and target)', () => {
    const existing = [
      scenario({ kind: 'zone', zoneId: control.id }, { threatId: 'T-01' }),
      scenario({ kind: 'zone', zoneId: dmz.id }, { threatId: 'T-05' }),
    ];
    expect(suggestScenarios({ ...base, existing }).map(keyOf)).toEqual([`T-05@${control.id}`]);
  });

  it('turns open step 6/7/8 findings on the zone into linked scenarios, ignoring dismissed ones', () => {
    const findings = [
      finding('Shared engineering account', { requirementIds: ['ACC-01'], zoneIds: [control.id] }),
      finding('Flat network', { requirementIds: ['NET-01'], zoneIds: [control.id], status: 'accepted' }),
      finding('No patch process', { requirementIds: ['VUL-01'], zoneIds: [control.id], status: 'dismissed' }),
      finding('No policy', { requirementIds: ['GOV-01'], zoneIds: [control.id] }),
    ];
    const suggestions = suggestScenarios({ ...base, assets: [], findings });
    expect(suggestions.map(keyOf)).toEqual([`T-04@${control.id}`, `T-02@${control.id}`]);
    expect(suggestions[0]?.findingIds).toEqual([findings[0]!.id]);
  });

  it('merges a finding into the suggestion with the same threat and target', () => {
    const patch = finding('Unpatched HMIs', { requirementIds: ['VUL-01'], zoneIds: [control.id] });
    const [eol] = suggestScenarios({ ...base, findings: [patch] });
    expect(eol?.threatId).toBe('T-05');
    expect(eol?.findingIds).toEqual([patch.id]);
    expect(eol?.assetIds).toEqual([hmi.id]);
  });

  it('suggests ransomware crossing IT/OT where no conduit separates them', () => {
    const mixed = zone('Plant LAN', { purdueLevels: [2, 4] });
    const direct = conduit('Control–Enterprise', control, enterprise);
    const suggestions = suggestScenarios({
      zones: [control, dmz, enterprise, mixed],
      conduits: [controlDmz, direct, conduit('DMZ–Enterprise', dmz, enterprise)],
      assets: [],
      findings: [],
      existing: [],
    });
    expect(suggestions.map(keyOf)).toEqual([`T-02@${mixed.id}`, `T-02@${direct.id}`]);
    expect(suggestions[1]?.target).toEqual({ kind: 'conduit', conduitId: direct.id });
  });
});
