import { STATUS_LABELS, type AnswerStatus } from '../../../../shared/questionnaire/answer';
import { STATUS_KEYS } from './question-keys';

const Key = ({ children }: { children: string }) => <kbd>{children}</kbd>;

/** The answering keys at a glance; they work whenever the focus is not in a text field. */
export function KeyLegend() {
  return (
    <section className="q-legend" aria-label="Keyboard shortcuts">
      <span>
        <Key>J</Key>/<Key>↓</Key> next · <Key>K</Key>/<Key>↑</Key> previous
      </span>
      {(Object.keys(STATUS_KEYS) as AnswerStatus[]).map((s) => (
        <span key={s}>
          <Key>{STATUS_KEYS[s]}</Key> {STATUS_LABELS[s].toLowerCase()}
        </span>
      ))}
      <span>
        <Key>1</Key>–<Key>4</Key> achieved
      </span>
      <span>
        <Key>Shift</Key>+<Key>1</Key>–<Key>4</Key> target
      </span>
      <span>
        <Key>/</Key> search · <Key>Esc</Key> leave a text field
      </span>
    </section>
  );
}
