import { describe, expect, it } from 'vitest';
import { DEFAULT_MATRIX } from '../../../shared/risk/matrix';
import {
  emptyScenario,
  evaluateScenario,
  riskScenarioInputSchema,
  riskScenarioSchema,
} from '../../../shared/risk/scenario';
import { THREAT_CATALOGUE, threatById, threatSchema } from '../../../shared/risk/threats';
import { scenario } from './fixtures';

const content = () => ({ ...emptyScenario({ kind: 'zone', zoneId: 'z1' }), title: 'Ransomware stops the HMIs' });

describe('scenario schema', () => {
  it('accepts a new scenario once titled, and a stored one', () => {
    expect(riskScenarioInputSchema.safeParse(emptyScenario({ kind: 'conduit', conduitId: 'c1' })).success).toBe(false);
    expect(riskScenarioInputSchema.safeParse(content()).success).toBe(true);
    expect(riskScenarioSchema.safeParse(scenario({ kind: 'conduit', conduitId: 'c1' })).success).toBe(true);
  });

  it('rejects ratings that are not whole steps 1..6 and unknown areas', () => {
    expect(riskScenarioInputSchema.safeParse({ ...content(), likelihood: 0 }).success).toBe(false);
    expect(riskScenarioInputSchema.safeParse({ ...content(), likelihood: 2.5 }).success).toBe(false);
    expect(riskScenarioInputSchema.safeParse({ ...content(), consequences: { safety: 7 } }).success).toBe(false);
    expect(riskScenarioInputSchema.safeParse({ ...content(), consequences: { weather: 2 } }).success).toBe(false);
  });

  it.each(['accept', 'transfer', 'avoid'] as const)('requires a reason to %s', (treatment) => {
    const result = riskScenarioInputSchema.safeParse({ ...content(), treatment, treatmentReason: '  ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['treatmentReason']);
    expect(riskScenarioInputSchema.safeParse({ ...content(), treatment, treatmentReason: 'Budget 2027' }).success).toBe(
      true,
    );
    expect(riskScenarioSchema.safeParse({ ...scenario({ kind: 'zone', zoneId: 'z' }), treatment }).success).toBe(false);
  });

  it('needs no reason to mitigate or before deciding', () => {
    expect(riskScenarioInputSchema.safeParse({ ...content(), treatment: 'mitigate' }).success).toBe(true);
    expect(riskScenarioInputSchema.safeParse({ ...content(), treatment: null }).success).toBe(true);
  });
});

describe('evaluateScenario', () => {
  it('has no level while no consequence is rated', () => {
    const { inherent, residual } = evaluateScenario(DEFAULT_MATRIX, content());
    expect(inherent).toEqual({ likelihood: 3, consequence: null, level: null, tolerable: null });
    expect(residual.level).toBeNull();
  });

  it('rates inherent and residual risk on the worst area', () => {
    const s = {
      ...content(),
      likelihood: 4,
      consequences: { production: 5, safety: 2 },
      residualLikelihood: 1,
      residualConsequences: { production: 3 },
    };
    const { inherent, residual } = evaluateScenario(DEFAULT_MATRIX, s);
    expect(inherent).toEqual({ likelihood: 4, consequence: 5, level: 'critical', tolerable: false });
    expect(residual).toEqual({ likelihood: 1, consequence: 3, level: 'low', tolerable: true });
  });
});

describe('threat catalogue', () => {
  it('has at least 10 valid threats with unique ids and countermeasures', () => {
    expect(THREAT_CATALOGUE.length).toBeGreaterThanOrEqual(10);
    expect(new Set(THREAT_CATALOGUE.map((t) => t.id)).size).toBe(THREAT_CATALOGUE.length);
    for (const threat of THREAT_CATALOGUE) {
      expect(threat.id).toMatch(/^T-\d{2}$/);
      expect(threatSchema.safeParse(threat).success).toBe(true);
      expect(threat.countermeasures.length).toBeGreaterThan(0);
      expect(threat.typicalVulnerabilities.length).toBeGreaterThan(0);
      expect(threat.description.length).toBeGreaterThan(50);
    }
  });

  it('rejects unknown asset types in own threats and finds own threats by id', () => {
    const own = { ...THREAT_CATALOGUE[0]!, id: 'own-1', assetTypes: ['toaster'] };
    expect(threatSchema.safeParse(own).success).toBe(false);
    expect(threatById('T-05', [])?.title).toMatch(/end-of-life/);
    expect(threatById('own-1', [own])).toBe(own);
    expect(threatById('missing', [own])).toBeUndefined();
  });
});
