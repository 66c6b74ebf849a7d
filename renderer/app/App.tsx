import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { assessments } from '../db/instance';
import { useAppStore } from '../store';
import { AssessmentsScreen } from '../features/assessments/AssessmentsScreen';
import { AssetsScreen } from '../features/assets/AssetsScreen';
import { QuestionnaireScreen } from '../features/questionnaire/QuestionnaireScreen';
import { ReportsScreen } from '../features/reports/ReportsScreen';
import { RisksScreen } from '../features/risks/RisksScreen';
import { ScopeScreen } from '../features/scope/ScopeScreen';
import { SnapshotsDialog } from '../features/snapshots/SnapshotsDialog';
import { HistoryHost } from '../features/history/HistoryHost';
import { MergeDialogHost } from '../features/merge/MergeDialogHost';
import { EmptyState } from '../ui/EmptyState';
import { NAV_ITEMS } from './navigation';
import { Notices } from './Notices';
import { Sidebar } from './Sidebar';
import { StatusBar } from './StatusBar';

function useWorkflowShortcuts() {
  const go = useAppStore((s) => s.go);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const n = Number(e.key);
      const item = e.altKey && !e.ctrlKey && !e.metaKey ? NAV_ITEMS[n - 1] : undefined;
      if (item) {
        e.preventDefault();
        go(item.screen);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);
}

function OpenAssessmentBar() {
  const id = useAppStore((s) => s.openAssessmentId);
  const close = useAppStore((s) => s.closeAssessment);
  const current = useLiveQuery(() => (id ? assessments.get(id) : undefined), [id]);
  const [showSnapshots, setShowSnapshots] = useState(false);
  const showHistory = useAppStore((s) => s.showHistory);
  const mergeFileInto = useAppStore((s) => s.mergeFileInto);
  if (!current) return <div className="context-bar context-bar-empty">No assessment open</div>;
  return (
    <div className="context-bar">
      <span className="context-label">Open assessment</span>
      <strong data-testid="open-assessment-name">{current.name}</strong>
      {current.organisation && <span className="muted">· {current.organisation}</span>}
      <button className="button button-small context-snapshots" onClick={() => setShowSnapshots(true)}>
        Snapshots
      </button>
      <button className="button button-small" aria-label="Assessment history" onClick={() => void showHistory()}>
        History
      </button>
      <button className="button button-small" onClick={() => void mergeFileInto(current.id)}>
        Merge a colleague’s file…
      </button>
      <button className="button button-small" onClick={() => void close()}>
        Close
      </button>
      {showSnapshots && <SnapshotsDialog assessmentId={current.id} assessmentName={current.name} onClose={() => setShowSnapshots(false)} />}
    </div>
  );
}

function CurrentScreen() {
  const screen = useAppStore((s) => s.screen);
  const openId = useAppStore((s) => s.openAssessmentId);
  const go = useAppStore((s) => s.go);
  if (screen === 'assessments') return <AssessmentsScreen />;
  if (!openId)
    return (
      <div className="screen">
        <EmptyState
          title="Open an assessment first"
          action={
            <button className="button button-primary" onClick={() => go('assessments')}>
              Go to assessments
            </button>
          }
        >
          <p>This step works on one assessment at a time. Create one or open an existing one.</p>
        </EmptyState>
      </div>
    );
  if (screen === 'scope') return <ScopeScreen assessmentId={openId} />;
  if (screen === 'assets') return <AssetsScreen assessmentId={openId} />;
  if (screen === 'questionnaire') return <QuestionnaireScreen assessmentId={openId} />;
  if (screen === 'risks') return <RisksScreen assessmentId={openId} />;
  return <ReportsScreen assessmentId={openId} />;
}

/** Snapshots the open assessment every few minutes while it changes (snapshots slice). */
function useSnapshotTimer() {
  const start = useAppStore((s) => s.startSnapshotTimer);
  useEffect(() => start(), [start]);
}

export function App() {
  useWorkflowShortcuts();
  useSnapshotTimer();
  const busy = useAppStore((s) => s.busy);
  return (
    <div className="app" aria-busy={busy !== null}>
      <Sidebar />
      <div className="main">
        <OpenAssessmentBar />
        <Notices />
        <main className="content">
          <CurrentScreen />
        </main>
        <StatusBar />
      </div>
      <HistoryHost />
      <MergeDialogHost />
    </div>
  );
}
