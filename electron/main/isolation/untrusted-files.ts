import type { Budget, Budgets } from './budgets';
import { IsolatedWorker, type CallOptions } from './isolated-worker';
import type { JobArgs, JobName, JobResult } from './protocol';

/** Where the worker script is (it differs between the app, the CLI and the tests) and the budgets it runs under. */
export interface Isolation {
  workerScript: string;
  budgets: Budgets;
}

export interface IsolatedWork {
  /** What the user knows the work by: "“plant.xlsx”", "The report". */
  subject: string;
  /** What is done with it, for the message when it is stopped: "reading it", "making it". */
  activity: string;
  budget: keyof Budgets;
}

/** The report is made in a worker: its logo, drawn signatures and signing certificate are files from outside. */
export const REPORT_WORK: IsolatedWork = { subject: 'The report', activity: 'making it', budget: 'report' };

/** A worker kept for several calls (an import session), under the budget's heap cap. */
export function startIsolatedWorker(isolation: Isolation, work: IsolatedWork): IsolatedWorker {
  return new IsolatedWorker(isolation.workerScript, work.subject, work.activity, isolation.budgets[work.budget]);
}

/** One job in a worker of its own, ended afterwards whatever happened. */
export async function runIsolated<K extends JobName>(
  isolation: Isolation,
  work: IsolatedWork,
  job: K,
  args: JobArgs<K>,
  options: Omit<CallOptions, 'timeMs'> = {},
): Promise<JobResult<K>> {
  const worker = startIsolatedWorker(isolation, work);
  try {
    return await worker.call(job, args, { ...options, timeMs: budgetOf(isolation, work).timeMs });
  } finally {
    worker.stop();
  }
}

export const budgetOf = (isolation: Isolation, work: Pick<IsolatedWork, 'budget'>): Budget => isolation.budgets[work.budget];
