import type { StateCreator } from 'zustand';
import { formatByteSize } from '../../../shared/format/byte-size';
import { describeFailure } from '../../db/storage';
import type { SnapshotReason } from '../../db/repos/snapshots.repo';
import type { AppState, StoreDeps } from '../store';
import { attempt } from './attempt';

/** How often the open assessment is snapshotted while it changes. */
export const SNAPSHOT_INTERVAL_MS = 10 * 60_000;

const BEFORE: Partial<Record<SnapshotReason, string>> = {
  'before-import': 'the import',
  'before-undo': 'the undo',
  'before-bulk-edit': 'the change',
};

export interface SnapshotsSlice {
  /** The assessor's write count (CsmsDb.changeCount) when the last snapshot was taken. */
  changeCountAtSnapshot: number;
  /** Snapshots the open assessment now; resolves to whether it was stored. */
  takeSnapshot: (reason: SnapshotReason) => Promise<boolean>;
  /**
   * Before a risky change: snapshots the open assessment, saying so if that failed (the change goes ahead, undoable
   * its own way, but the assessor must know there is no snapshot to go back to).
   */
  snapshotBefore: (reason: SnapshotReason) => Promise<void>;
  /**
   * Starts the snapshot a coming change will need, while the assessor is still choosing (the import wizard's file,
   * sheet and columns), so the change does not wait for it. `snapshotBefore` then uses it if nothing was written
   * since; otherwise it takes a fresh one.
   */
  snapshotAhead: (reason: SnapshotReason) => void;
  restoreSnapshot: (snapshotId: string) => Promise<boolean>;
  deleteSnapshot: (snapshotId: string) => Promise<boolean>;
  /** Starts snapshotting the open assessment every SNAPSHOT_INTERVAL_MS if anything changed; returns the stop. */
  startSnapshotTimer: () => () => void;
}

export const createSnapshotsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], SnapshotsSlice> =>
  (set, get) => {
    async function take(reason: SnapshotReason) {
      const id = get().openAssessmentId;
      if (!id) throw new Error('Open an assessment first.');
      // Read before the snapshot, so a change made while it is written counts for the next one.
      const count = deps.snapshots.changeCount();
      const snapshot = await deps.snapshots.take(id, reason);
      set({ changeCountAtSnapshot: count });
      return snapshot;
    }

    /** The snapshot started by snapshotAhead, and the state it captures. */
    let ahead: { reason: SnapshotReason; assessmentId: string; count: number; taken: Promise<unknown> } | null = null;

    return {
      changeCountAtSnapshot: 0,

      takeSnapshot: (reason) =>
        attempt(get().notify, async () => {
          const snapshot = await take(reason);
          return reason === 'manual' ? `Took a snapshot (${formatByteSize(snapshot.size)}).` : null;
        }),

      snapshotAhead(reason) {
        const assessmentId = get().openAssessmentId;
        if (!assessmentId) return;
        const taken = take(reason);
        // A failure is reported by snapshotBefore, when the change actually happens.
        taken.catch(() => undefined);
        ahead = { reason, assessmentId, count: deps.snapshots.changeCount(), taken };
      },

      async snapshotBefore(reason) {
        const started = ahead;
        ahead = null;
        const current = started?.reason === reason && started.assessmentId === get().openAssessmentId && started.count === deps.snapshots.changeCount();
        try {
          await (current ? started.taken : take(reason));
        } catch (error) {
          get().notify('error', `No snapshot could be taken before ${BEFORE[reason] ?? 'this change'}: ${describeFailure(error)}`);
        }
      },

      restoreSnapshot: (snapshotId) =>
        attempt(get().notify, async () => {
          set({ busy: 'Restoring a snapshot' });
          try {
            const { restored } = await deps.snapshots.restore(snapshotId);
            set({ changeCountAtSnapshot: deps.snapshots.changeCount() });
            // The inventory is held in memory (inventory slice): read the restored one afresh.
            if (get().inventory?.assessmentId === restored.assessmentId) {
              set({ inventory: null });
              await get().loadInventory(restored.assessmentId);
            }
            return 'Restored the snapshot. The state before it was kept as a snapshot, so this can be undone.';
          } finally {
            set({ busy: null });
          }
        }),

      deleteSnapshot: (snapshotId) => attempt(get().notify, async () => (await deps.snapshots.remove(snapshotId), 'Deleted the snapshot.')),

      startSnapshotTimer() {
        deps.snapshots.warm();
        const timer = setInterval(() => {
          if (get().openAssessmentId && deps.snapshots.changeCount() !== get().changeCountAtSnapshot) void get().takeSnapshot('timer');
        }, SNAPSHOT_INTERVAL_MS);
        return () => clearInterval(timer);
      },
    };
  };
