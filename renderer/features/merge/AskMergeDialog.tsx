import { useAppStore } from '../../store';
import type { MergeSession } from '../../store/slices/assessments.slice';
import { Dialog } from '../../ui/Dialog';

/** An imported file turned out to be a version of an assessment already here: merge it, copy it, or leave it. */
export function AskMergeDialog({ session }: { session: Extract<MergeSession, { stage: 'ask' }> }) {
  const busy = useAppStore((s) => s.busy);
  const reviewMerge = useAppStore((s) => s.reviewMerge);
  const importAsCopy = useAppStore((s) => s.importMergeFileAsCopy);
  const cancel = useAppStore((s) => s.cancelMerge);
  return (
    <Dialog
      title={`Import “${session.fileName}”`}
      wide
      onClose={cancel}
      onSubmit={() => void reviewMerge()}
      actions={
        <>
          <button type="button" className="button" onClick={cancel}>
            Cancel
          </button>
          <button type="button" className="button" disabled={busy !== null} onClick={() => void importAsCopy()}>
            Import as a separate copy
          </button>
          <button type="submit" className="button button-primary" autoFocus disabled={busy !== null}>
            Merge it into yours (recommended)
          </button>
        </>
      }
    >
      <p>
        This file is a version of “<strong>{session.targetName}</strong>”, which is already here.
      </p>
      <p className="muted">
        Merging takes in what your colleague changed and keeps what you changed; where you both changed the same thing, you choose
        which to keep before anything is written. A separate copy adds the file as another assessment, apart from yours.
      </p>
    </Dialog>
  );
}
