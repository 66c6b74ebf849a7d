import type { Catalogue, MaturityLevel, Requirement, StepId } from '../catalogue/types';
import { FOUNDATIONAL_REQUIREMENTS, type FoundationalRequirement, type SecurityLevel, type Zone } from '../scope/zones';
import type { AnswerInput, AnswerStatus } from './answer';

/** The answer fields scoring reads; stored answers and form inputs both fit. */
export type ScoredAnswer = Pick<AnswerInput, 'requirementId' | 'status' | 'achieved' | 'target'>;

/**
 * Scores for a set of requirements. Definitions:
 * - total: requirements in the set; a requirement without an answer counts as 'not-assessed'.
 * - applicable: total minus 'not-applicable' answers.
 * - answered: applicable requirements whose status is not 'not-assessed'.
 * - coverage = answered / applicable. null when applicable is 0 ("nothing to assess": every requirement is N/A
 *   or the set is empty), so an all-N/A step neither shows 0 % nor 100 %.
 * - compliance = (implemented + 0.5 × partial + 0 × not-implemented) / answered; null when nothing is answered.
 * - averageAchieved / minimumAchieved: over answered applicable answers with an achieved level; null when none.
 * - averageGap: mean of max(0, target − achieved) over answered applicable answers having both; null when none.
 * - maturityGaps: how many of those have achieved below target.
 * - gaps: answered applicable requirements that are a gap (see `isGap`), the ones findings are proposed for.
 */
export interface Score {
  total: number;
  applicable: number;
  notApplicable: number;
  answered: number;
  implemented: number;
  partial: number;
  notImplemented: number;
  coverage: number | null;
  compliance: number | null;
  averageAchieved: number | null;
  minimumAchieved: MaturityLevel | null;
  averageGap: number | null;
  maturityGaps: number;
  gaps: number;
}

export interface StepScore {
  step: StepId;
  title: string;
  score: Score;
}

export interface AssessmentScore {
  overall: Score;
  steps: StepScore[];
}

/** Answered and applicable: what coverage and compliance count. */
export const isAnswered = (status: AnswerStatus) => status !== 'not-assessed' && status !== 'not-applicable';

/** Target minus achieved, floored at 0; null unless both are set. */
export function maturityGap(answer: Pick<ScoredAnswer, 'achieved' | 'target'>): number | null {
  if (answer.achieved === null || answer.target === null) return null;
  return Math.max(0, answer.target - answer.achieved);
}

/** A requirement needs action: not or partly implemented, or implemented below its target maturity. */
export function isGap(answer: ScoredAnswer): boolean {
  if (!isAnswered(answer.status)) return false;
  return answer.status !== 'implemented' || (maturityGap(answer) ?? 0) > 0;
}

/** Answers keyed by requirement; when a requirement has several (e.g. after merging files) the last one wins. */
export function indexAnswers<A extends ScoredAnswer>(answers: readonly A[]): Map<string, A> {
  return new Map(answers.map((a) => [a.requirementId, a]));
}

const mean = (values: number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

export function scoreStep(
  requirements: readonly Pick<Requirement, 'id'>[],
  answersByRequirementId: ReadonlyMap<string, ScoredAnswer>,
): Score {
  let notApplicable = 0;
  let implemented = 0;
  let partial = 0;
  let notImplemented = 0;
  let gaps = 0;
  const achieved: MaturityLevel[] = [];
  const maturityGaps: number[] = [];
  for (const requirement of requirements) {
    const answer = answersByRequirementId.get(requirement.id);
    if (!answer) continue;
    if (answer.status === 'not-applicable') notApplicable += 1;
    if (!isAnswered(answer.status)) continue;
    if (answer.status === 'implemented') implemented += 1;
    else if (answer.status === 'partial') partial += 1;
    else notImplemented += 1;
    if (isGap(answer)) gaps += 1;
    if (answer.achieved !== null) achieved.push(answer.achieved);
    const gap = maturityGap(answer);
    if (gap !== null) maturityGaps.push(gap);
  }
  const total = requirements.length;
  const applicable = total - notApplicable;
  const answered = implemented + partial + notImplemented;
  return {
    total,
    applicable,
    notApplicable,
    answered,
    implemented,
    partial,
    notImplemented,
    coverage: applicable ? answered / applicable : null,
    compliance: answered ? (implemented + 0.5 * partial) / answered : null,
    averageAchieved: mean(achieved),
    minimumAchieved: achieved.length ? (Math.min(...achieved) as MaturityLevel) : null,
    averageGap: mean(maturityGaps),
    maturityGaps: maturityGaps.filter((g) => g > 0).length,
    gaps,
  };
}

/** Per catalogue step (in catalogue order) and overall; answers to requirements not in the catalogue are ignored. */
export function scoreAssessment(catalogue: Catalogue, answers: readonly ScoredAnswer[]): AssessmentScore {
  const index = indexAnswers(answers);
  return {
    overall: scoreStep(catalogue.requirements, index),
    steps: catalogue.steps.map((step) => ({
      step: step.id,
      title: step.title,
      score: scoreStep(
        catalogue.requirements.filter((r) => r.step === step.id),
        index,
      ),
    })),
  };
}

export interface LevelGap {
  target: SecurityLevel | null;
  achieved: SecurityLevel | null;
  /** max(0, target − achieved); null unless both are known. */
  gap: number | null;
}

export interface ZoneSecurityGap extends LevelGap {
  zoneId: string;
  name: string;
  /** Only FRs with a per-FR target or achieved level; a missing side falls back to the zone's overall level. */
  perFr: (LevelGap & { fr: FoundationalRequirement })[];
  /** The largest of the overall and per-FR gaps; null when none is known. */
  worstGap: number | null;
}

function levelGap(target: SecurityLevel | null, achieved: SecurityLevel | null): LevelGap {
  return { target, achieved, gap: target === null || achieved === null ? null : Math.max(0, target - achieved) };
}

/** SL-A against SL-T for each zone, in the order given. */
export function zoneSecurityGaps(
  zones: readonly Pick<Zone, 'id' | 'name' | 'slTarget' | 'slAchieved' | 'slTargetPerFr' | 'slAchievedPerFr'>[],
): ZoneSecurityGap[] {
  return zones.map((zone) => {
    const overall = levelGap(zone.slTarget, zone.slAchieved);
    const perFr = FOUNDATIONAL_REQUIREMENTS.flatMap((fr) => {
      const target = zone.slTargetPerFr?.[fr];
      const achieved = zone.slAchievedPerFr?.[fr];
      if (target === undefined && achieved === undefined) return [];
      return [{ fr, ...levelGap(target ?? zone.slTarget, achieved ?? zone.slAchieved) }];
    });
    const known = [overall, ...perFr].flatMap((g) => (g.gap === null ? [] : [g.gap]));
    return {
      zoneId: zone.id,
      name: zone.name,
      ...overall,
      perFr,
      worstGap: known.length ? Math.max(...known) : null,
    };
  });
}

export interface RequirementGap<A extends ScoredAnswer = ScoredAnswer> {
  requirement: Requirement;
  answer: A;
  /** max(0, target − achieved), or null when either level is missing. */
  maturityGap: number | null;
}

const STATUS_SEVERITY: Partial<Record<AnswerStatus, number>> = { 'not-implemented': 0, partial: 1, implemented: 2 };

/**
 * The n most severe gaps for the dashboard: not-implemented before partial before below-target-only, then the
 * larger maturity gap (unknown counts as 0), then catalogue order so ties stay stable.
 */
export function largestGaps<A extends ScoredAnswer>(
  catalogue: Catalogue,
  answers: readonly A[],
  n: number,
): RequirementGap<A>[] {
  if (n <= 0) return [];
  const index = indexAnswers(answers);
  const gaps = catalogue.requirements.flatMap((requirement, order) => {
    const answer = index.get(requirement.id);
    return answer && isGap(answer) ? [{ requirement, answer, maturityGap: maturityGap(answer), order }] : [];
  });
  gaps.sort(
    (a, b) =>
      (STATUS_SEVERITY[a.answer.status] ?? 3) - (STATUS_SEVERITY[b.answer.status] ?? 3) ||
      (b.maturityGap ?? 0) - (a.maturityGap ?? 0) ||
      a.order - b.order,
  );
  return gaps.slice(0, n).map(({ requirement, answer, maturityGap: gap }) => ({ requirement, answer, maturityGap: gap }));
}
