import { useMemo, useRef } from 'react';
import { CATALOGUE, requirementById } from '../../../../shared/catalogue/catalogue';
import type { Edition } from '../../../../shared/domain/assessment';
import type { Answer } from '../../../../shared/questionnaire/answer';
import type { AssessmentScore } from '../../../../shared/questionnaire/scoring';
import { AnswerEditor } from './AnswerEditor';
import { KeyLegend } from './KeyLegend';
import { QuestionFilters } from './QuestionFilters';
import { filterRequirements, type QuestionFilter } from './question-view';
import { useQuestionKeys } from './question-keys';
import { RequirementList, requirementItemId } from './RequirementList';
import { StepList } from './StepList';

/** Which requirements are listed and which one is open; kept by the screen so it survives switching tabs. */
export interface QuestionsView {
  filter: QuestionFilter;
  selectedId: string;
}

interface Props {
  view: QuestionsView;
  onView: (view: QuestionsView) => void;
  answers: ReadonlyMap<string, Answer>;
  score: AssessmentScore;
  edition: Edition;
}

export function QuestionsTab({ view, onView, answers, score, edition }: Props) {
  const { filter, selectedId } = view;
  const search = useRef<HTMLInputElement>(null);
  const shown = useMemo(() => filterRequirements(CATALOGUE.requirements, answers, filter, edition, selectedId), [answers, filter, edition, selectedId]);
  const selected = requirementById(selectedId);

  const changeFilter = (next: QuestionFilter) => {
    const matching = filterRequirements(CATALOGUE.requirements, answers, next, edition, '');
    const keep = matching.some((r) => r.id === selectedId);
    onView({ filter: next, selectedId: keep ? selectedId : (matching[0]?.id ?? selectedId) });
  };
  const focusList = () => document.getElementById(requirementItemId(selectedId))?.focus();

  useQuestionKeys((action) => {
    if (action.kind === 'search') search.current?.focus();
    else if (action.kind === 'move') {
      const next = shown[shown.findIndex((r) => r.id === selectedId) + action.by];
      if (next) onView({ filter, selectedId: next.id });
    } else return false;
    return true;
  });

  return (
    <div className="q-questions">
      <StepList score={score} step={filter.step} onStep={(step) => changeFilter({ ...filter, step })} />
      <div className="q-list-column">
        <QuestionFilters filter={filter} onChange={changeFilter} searchRef={search} onLeave={focusList} />
        <p className="q-list-count muted small" aria-live="polite">
          {shown.length} of {CATALOGUE.requirements.length} requirements
        </p>
        <RequirementList requirements={shown} answers={answers} selectedId={selectedId} onSelect={(id) => onView({ filter, selectedId: id })} />
      </div>
      {/* Keyed by requirement: each one starts scrolled to its top, with a draft of its own stored answer. */}
      <div className="q-detail-column" key={selectedId}>
        {selected && <AnswerEditor requirement={selected} stored={answers.get(selected.id)} edition={edition} onLeave={focusList} />}
      </div>
      <KeyLegend />
    </div>
  );
}
