import type { Catalogue, StepId } from '../../../../shared/catalogue/types';
import type { AssessmentScore, Score, ScoredAnswer } from '../../../../shared/questionnaire/scoring';
import { indexAnswers } from '../../../../shared/questionnaire/scoring';

export interface StepRow {
  step: StepId;
  title: string;
  score: Score;
  /** Mean target level over the same answers the achieved average is taken from; null when none has a target. */
  averageTarget: number | null;
}

const ANSWERED = new Set(['implemented', 'partial', 'not-implemented']);

/** The per-step scores with their average target, which scoring leaves out (it compares per answer instead). */
export function stepRows(catalogue: Catalogue, score: AssessmentScore, answers: readonly ScoredAnswer[]): StepRow[] {
  const index = indexAnswers(answers);
  return score.steps.map(({ step, title, score: stepScore }) => {
    const targets = catalogue.requirements.flatMap((r) => {
      const answer = r.step === step ? index.get(r.id) : undefined;
      return answer && ANSWERED.has(answer.status) && answer.target !== null ? [answer.target] : [];
    });
    return { step, title, score: stepScore, averageTarget: targets.length ? targets.reduce((s, t) => s + t, 0) / targets.length : null };
  });
}
