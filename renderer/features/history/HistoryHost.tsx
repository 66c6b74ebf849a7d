import { useAppStore } from '../../store';
import { HistoryDialog } from './HistoryDialog';

/** The history dialog, wherever it was asked for (context bar, a record's form): one at the top of the app. */
export function HistoryHost() {
  const view = useAppStore((s) => s.history);
  const close = useAppStore((s) => s.closeHistory);
  // Keyed so the filters start afresh for each record.
  return view && <HistoryDialog key={`${view.assessmentId}:${view.recordId ?? ''}`} view={view} onClose={close} />;
}
