import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatByteSize } from '../../../shared/format/byte-size';
import { snapshots } from '../../db/instance';
import { SNAPSHOTS_KEPT, type Snapshot } from '../../db/repos/snapshots.repo';
import { useAppStore } from '../../store';
import { SNAPSHOT_INTERVAL_MS } from '../../store/slices/snapshots.slice';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { Dialog } from '../../ui/Dialog';
import { EmptyState } from '../../ui/EmptyState';
import { REASON_LABELS, describeCounts, formatSnapshotTime } from './snapshot-labels';
import './snapshots.css';
import { ActionsHeader } from '../../ui/ActionsHeader';

interface Props {
  assessmentId: string;
  assessmentName: string;
  onClose: () => void;
}

/** The open assessment's local snapshots: take one now, restore one (after a confirmation) or delete one. */
export function SnapshotsDialog({ assessmentId, assessmentName, onClose }: Props) {
  const list = useLiveQuery(() => snapshots.list(assessmentId), [assessmentId]);
  const takeSnapshot = useAppStore((s) => s.takeSnapshot);
  const restoreSnapshot = useAppStore((s) => s.restoreSnapshot);
  const deleteSnapshot = useAppStore((s) => s.deleteSnapshot);
  const [working, setWorking] = useState<string | null>(null);
  const [restoring, setRestoring] = useState<Snapshot | null>(null);

  async function run(label: string, work: () => Promise<unknown>) {
    setWorking(label);
    try {
      await work();
    } finally {
      setWorking(null);
    }
  }

  if (restoring)
    return (
      <ConfirmDialog
        title="Restore this snapshot?"
        confirm="Restore"
        cancel="Keep the current state"
        onCancel={() => setRestoring(null)}
        onConfirm={() => {
          const id = restoring.id;
          setRestoring(null);
          void run('Restoring…', async () => (await restoreSnapshot(id)) && onClose());
        }}
      >
        <p>
          “{assessmentName}” goes back to how it was on <strong>{formatSnapshotTime(restoring.createdAt)}</strong>:{' '}
          {describeCounts(restoring.counts)}. Everything entered since then is replaced.
        </p>
        <p>The current state is kept as a snapshot first, so you can restore it again if this was a mistake.</p>
      </ConfirmDialog>
    );

  return (
    <Dialog
      title="Snapshots"
      wide
      onClose={onClose}
      actions={
        <>
          <span className="snapshots-working" role="status">
            {working}
          </span>
          <button type="button" className="button" disabled={working !== null} onClick={() => void run('Taking a snapshot…', () => takeSnapshot('manual'))}>
            Take snapshot now
          </button>
          <button type="button" className="button button-primary" onClick={onClose}>
            Close
          </button>
        </>
      }
    >
      <p className="snapshots-lead">
        Copies of “{assessmentName}” kept in this laptop’s browser storage: every {SNAPSHOT_INTERVAL_MS / 60_000} minutes while
        you work, and before every asset import, undo and bulk edit. The {SNAPSHOTS_KEPT} newest are kept. They are lost
        with the browser’s storage, so export a .csms file to keep your work safe.
      </p>
      {list === undefined ? null : list.length === 0 ? (
        <EmptyState title="No snapshots yet">
          <p>The first one is taken after your next change, or now with “Take snapshot now”.</p>
        </EmptyState>
      ) : (
        <div className="snapshots-scroll">
          <table className="table snapshots-table" aria-label="Snapshots">
            <thead>
              <tr>
                <th scope="col">Taken</th>
                <th scope="col">Why and what</th>
                <th scope="col" className="snapshots-size">
                  Size
                </th>
                <ActionsHeader />
              </tr>
            </thead>
            <tbody>
              {list.map((s) => (
                <tr key={s.id}>
                  <td className="snapshots-time">{formatSnapshotTime(s.createdAt)}</td>
                  <td>
                    <div className="snapshots-reason">{REASON_LABELS[s.reason]}</div>
                    <div className="snapshots-counts">{describeCounts(s.counts)}</div>
                  </td>
                  <td className="snapshots-size">{formatByteSize(s.size)}</td>
                  <td className="row-actions">
                    <button
                      type="button"
                      className="button button-small"
                      disabled={working !== null}
                      aria-label={`Restore the snapshot of ${formatSnapshotTime(s.createdAt)}`}
                      onClick={() => setRestoring(s)}
                    >
                      Restore…
                    </button>
                    <button
                      type="button"
                      className="button button-small button-danger-quiet"
                      disabled={working !== null}
                      aria-label={`Delete the snapshot of ${formatSnapshotTime(s.createdAt)}`}
                      onClick={() => void run('Deleting…', () => deleteSnapshot(s.id))}
                    >
                      Delete
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </Dialog>
  );
}
