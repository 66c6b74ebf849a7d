import { useMemo } from 'react';
import { useAppStore } from '../../store';
import type { MergeSession } from '../../store/slices/assessments.slice';
import { Dialog } from '../../ui/Dialog';
import { ConflictList } from './ConflictList';
import { MergeSummary } from './MergeSummary';
import { recordNames } from './record-names';
import './merge.css';

/** What merging the file would do, the conflicts to settle, and the Merge button once every one is settled. */
export function MergeReviewDialog({ session }: { session: Extract<MergeSession, { stage: 'review' }> }) {
  const busy = useAppStore((s) => s.busy);
  const confirmMerge = useAppStore((s) => s.confirmMerge);
  const cancel = useAppStore((s) => s.cancelMerge);
  const chooseAll = useAppStore((s) => s.chooseMergeSideForAll);
  const { plan, choices, fileName, targetName, bundle } = session;
  const nameOf = useMemo(() => recordNames(bundle), [bundle]);
  const total = plan.conflicts.length;
  const settled = plan.conflicts.filter((c) => choices[c.id] !== undefined).length;
  const merging = busy !== null;

  return (
    <Dialog
      title={`Merge “${fileName}” into “${targetName}”`}
      wide
      onClose={() => !merging && cancel()}
      onSubmit={() => void confirmMerge()}
      actions={
        <>
          <span className="merge-progress" role="status">
            {merging ? busy : total === 0 ? '' : `${settled} of ${total} conflict${total === 1 ? '' : 's'} settled`}
          </span>
          <button type="button" className="button" onClick={cancel} disabled={merging}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={merging || settled < total}>
            {merging ? 'Merging…' : 'Merge'}
          </button>
        </>
      }
    >
      <div className="merge-review">
        <MergeSummary plan={plan} fileName={fileName} />
        {total === 0 ? (
          <p className="merge-no-conflicts">No conflicts: nothing you changed was changed differently in the file.</p>
        ) : (
          <section aria-label="Conflicts">
            <div className="merge-conflicts-bar">
              <h3>
                {total.toLocaleString('en-GB')} conflict{total === 1 ? '' : 's'}: you both changed the same thing. Choose what to keep.
              </h3>
              <button type="button" className="button button-small" onClick={() => chooseAll('local')}>
                Keep all mine
              </button>
              <button type="button" className="button button-small" onClick={() => chooseAll('incoming')}>
                Take all theirs
              </button>
            </div>
            <ConflictList conflicts={plan.conflicts} fileName={fileName} nameOf={nameOf} />
          </section>
        )}
        <p className="muted small merge-note">
          A snapshot of “{targetName}” is taken before merging, so the merge can be undone from Snapshots.
        </p>
      </div>
    </Dialog>
  );
}
