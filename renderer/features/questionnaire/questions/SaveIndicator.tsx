import type { Answer } from '../../../../shared/questionnaire/answer';
import { formatDateTime } from '../../../ui/format';
import type { SaveState } from './use-answer-draft';

type Tone = 'done' | 'neutral' | 'trouble';

const SHOWN: Record<Exclude<SaveState, 'unchanged'>, [string, Tone]> = {
  editing: ['Editing…', 'neutral'],
  saving: ['Saving…', 'neutral'],
  saved: ['Saved', 'done'],
  invalid: ['Not saved', 'trouble'],
  failed: ['Not saved', 'trouble'],
};

/** Whether the form's last change is stored, and who answered when. */
export function SaveIndicator({ state, stored }: { state: SaveState; stored: Answer | undefined }) {
  const [text, tone] = state !== 'unchanged' ? SHOWN[state] : stored ? SHOWN.saved : ['Not answered yet', 'neutral'];
  return (
    <div className="q-save">
      <span role="status" className={`q-save-state q-save-${tone}`}>
        {text}
      </span>
      {stored?.answeredAt && (
        <span className="muted small" data-testid="answered-by">
          {stored.answeredBy ? `${stored.answeredBy}, ` : ''}
          {formatDateTime(stored.answeredAt)}
        </span>
      )}
    </div>
  );
}
