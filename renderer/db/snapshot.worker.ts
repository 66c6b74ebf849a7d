/// <reference lib="webworker" />
import { CsmsDb } from './db';
import { snapshotsRepo } from './repos/snapshots.repo';
import type { SnapshotJob, SnapshotJobResult } from './snapshot-jobs';

/**
 * Takes and restores snapshots off the UI thread: at 100k assets encoding alone (JSON and deflate) takes seconds,
 * which on the page would freeze typing every time the timer fires. Works on the same IndexedDB database.
 */
const db = new CsmsDb();
let repo: ReturnType<typeof snapshotsRepo> | null = null;

self.onmessage = async (event: MessageEvent<SnapshotJob>) => {
  const job = event.data;
  repo ??= snapshotsRepo(db, { appVersion: job.appVersion });
  // The worker's connection has no profile of its own: changes it records are the page's assessor's.
  db.author = job.author;
  let result: SnapshotJobResult;
  try {
    const value = job.kind === 'take' ? await repo.take(job.assessmentId, job.reason) : await repo.restore(job.snapshotId);
    result = { id: job.id, ok: true, value };
  } catch (error) {
    result = { id: job.id, ok: false, error: describeError(error) };
  }
  self.postMessage(result);
};

/** Errors cross as plain data; the names that matter (a full storage) are kept, nested ones too. */
function describeError(error: unknown): { name: string; message: string } {
  const e = error as { name?: unknown; message?: unknown; inner?: { name?: unknown } };
  const name = e?.inner?.name === 'QuotaExceededError' ? 'QuotaExceededError' : typeof e?.name === 'string' ? e.name : 'Error';
  return { name, message: typeof e?.message === 'string' ? e.message : String(error) };
}
