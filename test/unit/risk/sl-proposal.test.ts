import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX } from '../../../shared/risk/matrix';
import { proposeSlTarget, SL_RULE_TEXT, zoneSlProposals } from '../../../shared/risk/sl-proposal';
import { conduit, scenario, zone } from './fixtures';

describe('proposeSlTarget', () => {
  it.each([
    [null, false, 1],
    [null, true, 1],
    ['low', false, 1],
    ['low', true, 1],
    ['medium', false, 2],
    ['medium', true, 2],
    ['high', false, 3],
    ['high', true, 3],
    ['critical', false, 3],
    ['critical', true, 4],
  ] as const)('worst %s, safety %s → SL %i', (worst, safety, sl) => {
    const proposal = proposeSlTarget(worst, safety);
    expect(proposal.sl).toBe(sl);
    expect(proposal.rule).toContain(`SL ${sl}`);
  });

  it('explains the whole rule in one paragraph', () => {
    expect(SL_RULE_TEXT).toMatch(/SL 1.*SL 2.*SL 3.*SL 4/s);
  });
});

describe('zoneSlProposals', () => {
  const control = zone('Control', { safety: true, slTarget: 2, slAchieved: 1 });
  const dmz = zone('DMZ');
  const field = zone('Field');
  const link = conduit('Control–DMZ', control, dmz);

  it('counts a conduit scenario for both zones and uses the inherent level', () => {
    const scenarios = [
      // inherent critical, residual low: the proposal must follow the inherent level
      scenario(
        { kind: 'conduit', conduitId: link.id },
        { likelihood: 5, consequences: { safety: 5 }, residualLikelihood: 1, residualConsequences: { safety: 1 } },
      ),
      scenario({ kind: 'zone', zoneId: field.id }, { likelihood: 3, consequences: { production: 3 } }),
      // unrated scenario does not count
      scenario({ kind: 'zone', zoneId: dmz.id }),
    ];
    const proposals = zoneSlProposals([control, dmz, field], scenarios, [link], DEFAULT_MATRIX);
    expect(proposals.map((p) => [p.name, p.worst, p.proposed])).toEqual([
      ['Control', 'critical', 4],
      ['DMZ', 'critical', 3],
      ['Field', 'medium', 2],
    ]);
    expect(proposals[0]).toMatchObject({ zoneId: control.id, slTarget: 2, slAchieved: 1 });
  });

  it('proposes the SL 1 baseline for zones without rated scenarios and ignores deleted conduits', () => {
    const orphan = scenario({ kind: 'conduit', conduitId: 'gone' }, { likelihood: 5, consequences: { safety: 5 } });
    const [proposal] = zoneSlProposals([field], [orphan], [], DEFAULT_MATRIX);
    expect(proposal).toMatchObject({ worst: null, proposed: 1 });
  });
});
