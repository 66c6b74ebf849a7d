import { z } from 'zod';
import { childRecordSchema } from '../domain/record';
import { isTolerable, riskLevel, worstConsequence } from './matrix';
import {
  CONSEQUENCE_AREAS,
  TREATMENTS,
  type Consequences,
  type Rating,
  type RiskLevel,
  type RiskMatrix,
  type RiskScenarioContent,
  type RiskTarget,
  type Treatment,
} from './types';

const text = (max: number) => z.string().trim().max(max);
const ids = z.array(z.string().min(1)).max(1000);
/** Up to the largest matrix size; a rating above a smaller matrix is clamped when evaluated. */
const ratingSchema = z.number().int().positive().max(6);
const consequencesSchema = z.partialRecord(z.enum(CONSEQUENCE_AREAS), ratingSchema);

const targetSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('zone'), zoneId: z.string().min(1, 'Choose a zone') }),
  z.object({ kind: z.literal('conduit'), conduitId: z.string().min(1, 'Choose a conduit') }),
]);

const scenarioFields = z.object({
  title: text(300).min(1, 'Scenario title is required'),
  target: targetSchema,
  assetIds: ids,
  threatId: text(100),
  vulnerability: text(20000),
  findingIds: ids,
  consequences: consequencesSchema,
  likelihood: ratingSchema,
  existingCountermeasures: text(20000),
  residualConsequences: consequencesSchema,
  residualLikelihood: ratingSchema,
  treatment: z.enum(TREATMENTS).nullable(),
  treatmentReason: text(20000),
});

/** Accepting, transferring or avoiding a risk is a decision someone must be able to justify later (ZCR 5.13). */
const REASONED: readonly (Treatment | null)[] = ['accept', 'transfer', 'avoid'];
const hasReason = (s: { treatment: Treatment | null; treatmentReason: string }) =>
  !REASONED.includes(s.treatment) || s.treatmentReason.trim().length > 0;
const REASON_RULE = { message: 'Give the reason for this treatment decision', path: ['treatmentReason'] };

export const riskScenarioInputSchema = scenarioFields.refine(hasReason, REASON_RULE);
export const riskScenarioSchema = childRecordSchema.extend(scenarioFields.shape).refine(hasReason, REASON_RULE);
export type RiskScenario = z.infer<typeof riskScenarioSchema>;

export function emptyScenario(target: RiskTarget): RiskScenarioContent {
  return {
    title: '',
    target,
    assetIds: [],
    threatId: '',
    vulnerability: '',
    findingIds: [],
    consequences: {},
    likelihood: 3,
    existingCountermeasures: '',
    residualConsequences: {},
    residualLikelihood: 3,
    treatment: null,
    treatmentReason: '',
  };
}

export interface RiskEvaluation {
  likelihood: Rating;
  consequence: Rating | null;
  level: RiskLevel | null;
  tolerable: boolean | null;
}

function evaluate(matrix: RiskMatrix, likelihood: Rating, consequences: Consequences): RiskEvaluation {
  const consequence = worstConsequence(consequences);
  if (consequence === null) return { likelihood, consequence, level: null, tolerable: null };
  const level = riskLevel(matrix, likelihood, consequence);
  return { likelihood, consequence, level, tolerable: isTolerable(matrix, level) };
}

/** Always computed against the current matrix, so editing the matrix re-evaluates every scenario. */
export function evaluateScenario(
  matrix: RiskMatrix,
  s: RiskScenarioContent,
): { inherent: RiskEvaluation; residual: RiskEvaluation } {
  return {
    inherent: evaluate(matrix, s.likelihood, s.consequences),
    residual: evaluate(matrix, s.residualLikelihood, s.residualConsequences),
  };
}

/** Whether a scenario is about one of these zones or conduits (it goes when they are deleted). */
export function targetsAnyOf(target: RiskTarget, zoneIds: readonly string[], conduitIds: readonly string[]): boolean {
  return target.kind === 'zone' ? zoneIds.includes(target.zoneId) : conduitIds.includes(target.conduitId);
}
