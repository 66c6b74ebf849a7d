import { referencesFor } from '../../../../shared/catalogue/references';
import type { Requirement, StepId } from '../../../../shared/catalogue/types';
import type { Edition } from '../../../../shared/domain/assessment';
import type { Answer } from '../../../../shared/questionnaire/answer';
import { isGap } from '../../../../shared/questionnaire/scoring';

export const STATUS_FILTERS = [
  { value: 'all', label: 'All' },
  { value: 'unanswered', label: 'Unanswered' },
  { value: 'gaps', label: 'Gaps' },
] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number]['value'];

export interface QuestionFilter {
  status: StatusFilter;
  /** null: every step. */
  step: StepId | null;
  search: string;
}

export const NO_QUESTION_FILTER: QuestionFilter = { status: 'all', step: null, search: '' };

function matchesStatus(filter: StatusFilter, answer: Answer | undefined): boolean {
  if (filter === 'unanswered') return (answer?.status ?? 'not-assessed') === 'not-assessed';
  if (filter === 'gaps') return answer !== undefined && isGap(answer);
  return true;
}

function matchesSearch(requirement: Requirement, edition: Edition, words: string[]): boolean {
  const text = [requirement.id, requirement.title, requirement.question, ...referencesFor(requirement, edition)].join(' ').toLowerCase();
  return words.every((w) => text.includes(w));
}

/**
 * The requirements the filter lets through, in catalogue order. The selected one stays listed even when it stops
 * matching (e.g. answering it under "Unanswered"), so the next and previous keys still have a place to start from.
 */
export function filterRequirements(
  requirements: readonly Requirement[],
  answers: ReadonlyMap<string, Answer>,
  filter: QuestionFilter,
  edition: Edition,
  selectedId: string,
): Requirement[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return requirements.filter(
    (r) =>
      r.id === selectedId ||
      ((filter.step === null || r.step === filter.step) && matchesStatus(filter.status, answers.get(r.id)) && matchesSearch(r, edition, words)),
  );
}
