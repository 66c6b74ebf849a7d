import type { Author } from '../../shared/audit/audit';
import type { CsmsDb } from './db';
import type { Snapshot, SnapshotReason, SnapshotsRepo } from './repos/snapshots.repo';

/** Messages to and from snapshot.worker.ts; `author` is who the trail names for a restore (the page's profile). */
export type SnapshotJob = { id: number; appVersion: string; author: Author | null } & (
  | { kind: 'take'; assessmentId: string; reason: SnapshotReason }
  | { kind: 'restore'; snapshotId: string }
);
export type SnapshotJobResult =
  | { id: number; ok: true; value: Snapshot | { restored: Snapshot; undo: Snapshot } }
  | { id: number; ok: false; error: { name: string; message: string } };

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/**
 * The repository with taking and restoring done in a worker (same database, same code), so the page stays
 * responsive while a large assessment is encoded or written back. `db` is the page's connection: its profile goes
 * with each job, as it is when the job is posted.
 */
export function inWorker(repo: SnapshotsRepo, appVersion: string, createWorker: () => Worker, db: Pick<CsmsDb, 'author'>): SnapshotsRepo {
  let worker: Worker | null = null;
  let nextId = 1;
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  function ensureWorker(): Worker {
    if (!worker) {
      worker = createWorker();
      worker.onmessage = (event: MessageEvent<SnapshotJobResult>) => {
        const result = event.data;
        const waiting = pending.get(result.id);
        pending.delete(result.id);
        if (result.ok) waiting?.resolve(result.value);
        else waiting?.reject(Object.assign(new Error(result.error.message), { name: result.error.name }));
      };
      // A worker that fails to load or dies fails what it was doing; the next job starts a fresh one.
      worker.onerror = (event) => {
        event.preventDefault();
        for (const waiting of pending.values()) waiting.reject(new Error(`The snapshot could not be taken: ${event.message || 'the worker stopped'}.`));
        pending.clear();
        worker?.terminate();
        worker = null;
      };
    }
    return worker;
  }

  function run<T>(job: DistributiveOmit<SnapshotJob, 'id' | 'appVersion' | 'author'>): Promise<T> {
    const id = nextId++;
    const w = ensureWorker();
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      w.postMessage({ ...job, id, appVersion, author: db.author });
    });
  }

  return {
    ...repo,
    take: (assessmentId, reason) => run({ kind: 'take', assessmentId, reason }),
    restore: (snapshotId) => run({ kind: 'restore', snapshotId }),
    // Loading and compiling the worker's script takes a few hundred milliseconds: do it while the app is idle,
    // not when the first snapshot is due (at the start of an import).
    warm: () => void ensureWorker(),
  };
}
