import type { StepId } from '../../../../shared/catalogue/types';
import type { AssessmentScore, Score } from '../../../../shared/questionnaire/scoring';

function StepButton({ label, score, current, onClick }: { label: string; score: Score; current: boolean; onClick: () => void }) {
  const done = score.applicable > 0 && score.answered === score.applicable;
  const progress = `${score.answered}/${score.applicable}`;
  return (
    <li>
      <button type="button" className="q-step" aria-pressed={current} onClick={onClick} aria-label={`${label}, ${score.answered} of ${score.applicable} answered`}>
        <span className="q-step-title">{label}</span>
        <span className={done ? 'q-step-count q-step-done' : 'q-step-count'}>{progress}</span>
        <span className="q-bar" aria-hidden="true">
          <span className="q-bar-fill" style={{ width: `${score.applicable ? (100 * score.answered) / score.applicable : 0}%` }} />
        </span>
      </button>
    </li>
  );
}

/** The 11 steps with answered/applicable progress; choosing one filters the questions to it. */
export function StepList({ score, step, onStep }: { score: AssessmentScore; step: StepId | null; onStep: (step: StepId | null) => void }) {
  return (
    <nav className="q-steps" aria-label="Steps">
      <ol>
        <StepButton label="All steps" score={score.overall} current={step === null} onClick={() => onStep(null)} />
        {score.steps.map((s) => (
          <StepButton key={s.step} label={`${s.step}. ${s.title}`} score={s.score} current={step === s.step} onClick={() => onStep(s.step)} />
        ))}
      </ol>
    </nav>
  );
}
