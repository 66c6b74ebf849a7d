import { useAppStore } from '../../store';
import './history.css';

interface Props {
  recordId: string;
  /** The record in words, e.g. "zone “Control”": the button's accessible name and the dialog's title. */
  label: string;
  className?: string;
}

/** "History" beside a record's form: the changes recorded to that record, in the history dialog. */
export function RecordHistoryButton({ recordId, label, className }: Props) {
  const showHistory = useAppStore((s) => s.showHistory);
  return (
    <button
      type="button"
      className={`button button-small record-history${className ? ` ${className}` : ''}`}
      aria-label={`History of ${label}`}
      title={`Who changed ${label}, when, and what`}
      onClick={() => void showHistory({ recordId, label })}
    >
      History
    </button>
  );
}
