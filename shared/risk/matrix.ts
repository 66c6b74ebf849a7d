import { z } from 'zod';
import { threatSchema } from './threats';
import {
  RISK_LEVELS,
  type ConsequenceArea,
  type Consequences,
  type Rating,
  type RiskLevel,
  type RiskMatrix,
  type ScaleStep,
  type Treatment,
} from './types';

export const CONSEQUENCE_AREA_LABELS: Record<ConsequenceArea, string> = {
  safety: 'Health and safety',
  environment: 'Environment',
  production: 'Production / business continuity',
  quality: 'Product quality',
  financial: 'Financial',
  legal: 'Legal and regulatory',
  reputation: 'Reputation',
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const TREATMENT_LABELS: Record<Treatment, string> = {
  mitigate: 'Mitigate (add countermeasures)',
  accept: 'Accept',
  transfer: 'Transfer (insurance, contract)',
  avoid: 'Avoid (stop the activity or remove the exposure)',
};

export const MIN_STEPS = 3;
export const MAX_STEPS = 6;

/**
 * Default banding: a cell's score is l/L + c/C (0 to 2, each axis weighed equally whatever its size).
 * Score ≤ 0.8 → low, ≤ 1.2 → medium, ≤ 1.6 → high, above → critical. On 5×5 that is l + c ≤ 4 low, 5–6 medium,
 * 7–8 high, 9–10 critical. Compared in integers (×5·L·C) so no rounding can move a cell.
 */
export function defaultCells(likelihoodSteps: number, consequenceSteps: number): RiskLevel[][] {
  const L = likelihoodSteps;
  const C = consequenceSteps;
  const band = (l: number, c: number): RiskLevel => {
    const score5 = 5 * (l * C + c * L);
    if (score5 <= 4 * L * C) return 'low';
    if (score5 <= 6 * L * C) return 'medium';
    if (score5 <= 8 * L * C) return 'high';
    return 'critical';
  };
  return Array.from({ length: L }, (_, l) => Array.from({ length: C }, (_, c) => band(l + 1, c + 1)));
}

const LIKELIHOOD_STEPS: ScaleStep[] = [
  {
    label: 'Rare',
    description:
      'Not expected in the life of the system (less than once in 100 years); needs a determined, well-resourced attacker and several failed defences.',
  },
  {
    label: 'Unlikely',
    description:
      'Could happen but not expected (about once in 10 to 100 years); known in the sector, needs specific skills or inside knowledge.',
  },
  {
    label: 'Possible',
    description:
      'Might happen during the system life (about once in 1 to 10 years); similar incidents have hit comparable sites.',
  },
  {
    label: 'Likely',
    description:
      'Expected to happen (about once a year); the path is exposed and attack tools are readily available.',
  },
  {
    label: 'Almost certain',
    description:
      'Happens or will happen several times a year; exposure is open to opportunistic or automated attacks.',
  },
];

const CONSEQUENCE_STEPS: ScaleStep[] = [
  {
    label: 'Negligible',
    description: 'No injury; no release; production blip recovered within a shift; cost below 10k.',
  },
  {
    label: 'Minor',
    description: 'First-aid injury; contained release; hours of lost production or a rework batch; cost 10k–100k.',
  },
  {
    label: 'Serious',
    description:
      'Injury needing hospital treatment; reportable release; days of outage or a product recall; cost 100k–1M; regulator notified.',
  },
  {
    label: 'Major',
    description:
      'Single fatality or permanent disability; significant environmental damage; weeks of outage; cost 1M–10M; legal action.',
  },
  {
    label: 'Catastrophic',
    description:
      'Multiple fatalities; major off-site environmental harm; loss of the plant or licence to operate; cost above 10M; national news.',
  },
];

function buildDefaultMatrix(): RiskMatrix {
  return {
    likelihood: LIKELIHOOD_STEPS.map((s) => ({ ...s })),
    consequence: CONSEQUENCE_STEPS.map((s) => ({ ...s })),
    cells: defaultCells(LIKELIHOOD_STEPS.length, CONSEQUENCE_STEPS.length),
    tolerable: 'medium',
  };
}

/** The common 5×5 practice (domain reference §4); each assessment gets its own copy to adjust. */
export const DEFAULT_MATRIX: RiskMatrix = buildDefaultMatrix();

const clampSteps = (n: number) => Math.min(MAX_STEPS, Math.max(MIN_STEPS, Math.round(n)));

function resizeScale(scale: readonly ScaleStep[], steps: number): ScaleStep[] {
  return Array.from({ length: steps }, (_, i) => scale[i] ?? { label: `Level ${i + 1}`, description: '' });
}

/** A matrix with other dimensions (clamped to 3..6); existing steps keep their text, cells are re-banded. */
export function resizeMatrix(matrix: RiskMatrix, likelihoodSteps: number, consequenceSteps: number): RiskMatrix {
  const L = clampSteps(likelihoodSteps);
  const C = clampSteps(consequenceSteps);
  return {
    likelihood: resizeScale(matrix.likelihood, L),
    consequence: resizeScale(matrix.consequence, C),
    cells: defaultCells(L, C),
    tolerable: matrix.tolerable,
  };
}

const scaleStepSchema = z.object({
  label: z.string().trim().min(1, 'Every step needs a label').max(100),
  description: z.string().trim().max(2000),
});
const scaleSchema = z.array(scaleStepSchema).min(MIN_STEPS).max(MAX_STEPS);

export const riskMatrixSchema = z
  .object({
    likelihood: scaleSchema,
    consequence: scaleSchema,
    cells: z.array(z.array(z.enum(RISK_LEVELS))),
    tolerable: z.enum(RISK_LEVELS),
  })
  .refine(
    (m) => m.cells.length === m.likelihood.length && m.cells.every((row) => row.length === m.consequence.length),
    { message: 'The matrix cells do not match the number of likelihood and consequence steps', path: ['cells'] },
  );

const clamp = (value: Rating, max: number) => Math.min(max, Math.max(1, Math.round(value)));

/** The cell for a rating; ratings beyond a (shrunk) matrix are clamped to its nearest step. */
export function riskLevel(matrix: RiskMatrix, likelihood: Rating, consequence: Rating): RiskLevel {
  const l = clamp(likelihood, matrix.likelihood.length);
  const c = clamp(consequence, matrix.consequence.length);
  const level = matrix.cells[l - 1]?.[c - 1];
  if (!level) throw new Error(`Risk matrix has no cell for likelihood ${l}, consequence ${c}`);
  return level;
}

/** The worst rated consequence area counts (domain reference §4); null when none is rated. */
export function worstConsequence(consequences: Consequences): Rating | null {
  const ratings = Object.values(consequences).filter((r): r is Rating => typeof r === 'number');
  return ratings.length > 0 ? Math.max(...ratings) : null;
}

export const riskLevelRank = (level: RiskLevel): number => RISK_LEVELS.indexOf(level);

export function isTolerable(matrix: RiskMatrix, level: RiskLevel): boolean {
  return riskLevelRank(level) <= riskLevelRank(matrix.tolerable);
}

/** The risk settings stored on the assessment record, so they travel in the .csms file. */
export const riskSettingsSchema = z.object({ matrix: riskMatrixSchema, ownThreats: z.array(threatSchema) });
export type RiskSettings = z.infer<typeof riskSettingsSchema>;

export function defaultRiskSettings(): RiskSettings {
  return { matrix: buildDefaultMatrix(), ownThreats: [] };
}
