import { describe, expect, it } from 'vitest';
import {
  CONSEQUENCE_AREA_LABELS,
  DEFAULT_MATRIX,
  defaultCells,
  defaultRiskSettings,
  isTolerable,
  resizeMatrix,
  riskLevel,
  riskMatrixSchema,
  riskSettingsSchema,
  worstConsequence,
} from '../../../shared/risk/matrix';
import { evaluateScenario, emptyScenario } from '../../../shared/risk/scenario';
import { CONSEQUENCE_AREAS, RISK_LEVELS, type RiskMatrix } from '../../../shared/risk/types';

describe('default matrix', () => {
  it('is a valid 5×5 matrix with the usual labels, tolerable at medium', () => {
    expect(riskMatrixSchema.safeParse(DEFAULT_MATRIX).success).toBe(true);
    expect(DEFAULT_MATRIX.likelihood.map((s) => s.label)).toEqual([
      'Rare',
      'Unlikely',
      'Possible',
      'Likely',
      'Almost certain',
    ]);
    expect(DEFAULT_MATRIX.consequence.map((s) => s.label)).toEqual([
      'Negligible',
      'Minor',
      'Serious',
      'Major',
      'Catastrophic',
    ]);
    expect([...DEFAULT_MATRIX.likelihood, ...DEFAULT_MATRIX.consequence].every((s) => s.description.length > 20)).toBe(
      true,
    );
    expect(DEFAULT_MATRIX.tolerable).toBe('medium');
    expect(riskSettingsSchema.safeParse(defaultRiskSettings()).success).toBe(true);
    expect(Object.keys(CONSEQUENCE_AREA_LABELS)).toEqual([...CONSEQUENCE_AREAS]);
  });

  it('bands 5×5 by l + c: ≤ 4 low, 5–6 medium, 7–8 high, 9–10 critical', () => {
    const cells = defaultCells(5, 5);
    for (let l = 1; l <= 5; l++) {
      for (let c = 1; c <= 5; c++) {
        const sum = l + c;
        const expected = sum <= 4 ? 'low' : sum <= 6 ? 'medium' : sum <= 8 ? 'high' : 'critical';
        expect(cells[l - 1]?.[c - 1]).toBe(expected);
      }
    }
  });

  it('uses every band and never decreases along either axis, for all sizes 3..6', () => {
    for (let L = 3; L <= 6; L++) {
      for (let C = 3; C <= 6; C++) {
        const cells = defaultCells(L, C);
        const rank = (l: number, c: number) => RISK_LEVELS.indexOf(cells[l]![c]!);
        expect(cells[0]![0]).toBe('low');
        expect(cells[L - 1]![C - 1]).toBe('critical');
        for (let l = 0; l < L; l++) {
          for (let c = 0; c < C; c++) {
            if (l > 0) expect(rank(l, c)).toBeGreaterThanOrEqual(rank(l - 1, c));
            if (c > 0) expect(rank(l, c)).toBeGreaterThanOrEqual(rank(l, c - 1));
          }
        }
      }
    }
  });

  it('defaultRiskSettings hands out independent copies', () => {
    const a = defaultRiskSettings();
    a.matrix.likelihood[0]!.label = 'Changed';
    expect(defaultRiskSettings().matrix.likelihood[0]!.label).toBe('Rare');
    expect(DEFAULT_MATRIX.likelihood[0]!.label).toBe('Rare');
  });
});

describe('matrix schema', () => {
  it('rejects cells that do not match the steps, too few steps, empty labels and unknown tolerable', () => {
    const result = riskMatrixSchema.safeParse({ ...DEFAULT_MATRIX, cells: defaultCells(4, 5) });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['cells']);
    const small = { ...DEFAULT_MATRIX, likelihood: DEFAULT_MATRIX.likelihood.slice(0, 2), cells: defaultCells(2, 5) };
    expect(riskMatrixSchema.safeParse(small).success).toBe(false);
    const blank = { ...DEFAULT_MATRIX, consequence: DEFAULT_MATRIX.consequence.map((s) => ({ ...s, label: ' ' })) };
    expect(riskMatrixSchema.safeParse(blank).success).toBe(false);
    expect(riskMatrixSchema.safeParse({ ...DEFAULT_MATRIX, tolerable: 'none' }).success).toBe(false);
  });
});

describe('resizeMatrix', () => {
  it('keeps existing labels, adds "Level n" steps and re-bands the cells', () => {
    const bigger = resizeMatrix(DEFAULT_MATRIX, 6, 4);
    expect(bigger.likelihood.map((s) => s.label)).toEqual([
      ...DEFAULT_MATRIX.likelihood.map((s) => s.label),
      'Level 6',
    ]);
    expect(bigger.likelihood[0]?.description).toBe(DEFAULT_MATRIX.likelihood[0]?.description);
    expect(bigger.consequence.map((s) => s.label)).toEqual(['Negligible', 'Minor', 'Serious', 'Major']);
    expect(bigger.cells).toEqual(defaultCells(6, 4));
    expect(bigger.tolerable).toBe('medium');
    expect(riskMatrixSchema.safeParse(bigger).success).toBe(true);
  });

  it('clamps the size to 3..6', () => {
    const m = resizeMatrix(DEFAULT_MATRIX, 1, 9);
    expect(m.likelihood).toHaveLength(3);
    expect(m.consequence).toHaveLength(6);
  });
});

describe('riskLevel', () => {
  it('reads the cell for the ratings', () => {
    expect(riskLevel(DEFAULT_MATRIX, 1, 1)).toBe('low');
    expect(riskLevel(DEFAULT_MATRIX, 3, 3)).toBe('medium');
    expect(riskLevel(DEFAULT_MATRIX, 4, 4)).toBe('high');
    expect(riskLevel(DEFAULT_MATRIX, 5, 5)).toBe('critical');
  });

  it('clamps ratings made on a larger matrix after it shrank', () => {
    const small = resizeMatrix(DEFAULT_MATRIX, 3, 3);
    expect(riskLevel(small, 5, 5)).toBe(riskLevel(small, 3, 3));
    expect(riskLevel(small, 6, 1)).toBe(riskLevel(small, 3, 1));
    expect(riskLevel(small, 0, 0)).toBe('low');
  });

  it('re-evaluates the same scenario when the matrix changes', () => {
    const scenario = { ...emptyScenario({ kind: 'zone', zoneId: 'z1' }), likelihood: 3, consequences: { safety: 4 } };
    const before = evaluateScenario(DEFAULT_MATRIX, scenario).inherent;
    expect(before.level).toBe('high');
    expect(before.tolerable).toBe(false);

    const allCritical = DEFAULT_MATRIX.cells.map((row) => row.map(() => 'critical' as const));
    const stricter: RiskMatrix = { ...DEFAULT_MATRIX, cells: allCritical };
    expect(evaluateScenario(stricter, scenario).inherent.level).toBe('critical');

    const lenient: RiskMatrix = { ...DEFAULT_MATRIX, tolerable: 'high' };
    expect(evaluateScenario(lenient, scenario).inherent.tolerable).toBe(true);

    const smaller = resizeMatrix(DEFAULT_MATRIX, 3, 3);
    expect(evaluateScenario(smaller, scenario).inherent.level).toBe('critical');
  });
});

describe('worstConsequence and isTolerable', () => {
  it('takes the worst rated area, null when none is rated', () => {
    expect(worstConsequence({})).toBeNull();
    expect(worstConsequence({ safety: 2, production: 4, reputation: 1 })).toBe(4);
    expect(worstConsequence({ financial: undefined })).toBeNull();
  });

  it('compares a level with the tolerable level in band order', () => {
    expect(isTolerable(DEFAULT_MATRIX, 'low')).toBe(true);
    expect(isTolerable(DEFAULT_MATRIX, 'medium')).toBe(true);
    expect(isTolerable(DEFAULT_MATRIX, 'high')).toBe(false);
    expect(isTolerable({ ...DEFAULT_MATRIX, tolerable: 'low' }, 'medium')).toBe(false);
    expect(isTolerable({ ...DEFAULT_MATRIX, tolerable: 'critical' }, 'critical')).toBe(true);
  });
});
