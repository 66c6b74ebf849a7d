import type { Budget, Budgets } from './budgets';
import type { ChildLauncher } from './child-channel';
import { IsolatedProcess } from './isolated-process';
import type { JobArgs, JobName, JobResult } from './protocol';

/** How the reader process is started (an Electron utility process in the app, a Node child elsewhere), and its budgets. */
export interface Isolation {
  launch: ChildLauncher;
  budgets: Budgets;
}

export interface IsolatedWork {
  /** What the user knows the work by: "“plant.xlsx”", "The report". */
  subject: string;
  /** What is done with it, for the message when it is stopped: "reading it", "making it". */
  activity: string;
  budget: keyof Budgets;
}

/** The report is made in a reader process: its logo, drawn signatures and signing certificate are files from outside. */
export const REPORT_WORK: IsolatedWork = { subject: 'The report', activity: 'making it', budget: 'report' };

/** A reader process kept for several calls (an import session), under the budget's heap cap. */
export function startIsolated(isolation: Isolation, work: IsolatedWork): IsolatedProcess {
  return new IsolatedProcess(isolation.launch, work.subject, work.activity, isolation.budgets[work.budget].memoryMb);
}

/** One job in a reader process of its own, ended afterwards whatever happened. */
export async function runIsolated<K extends JobName>(isolation: Isolation, work: IsolatedWork, job: K, args: JobArgs<K>): Promise<JobResult<K>> {
  const reader = startIsolated(isolation, work);
  try {
    return await reader.call(job, args, { timeMs: budgetOf(isolation, work).timeMs });
  } finally {
    reader.stop();
  }
}

export const budgetOf = (isolation: Isolation, work: Pick<IsolatedWork, 'budget'>): Budget => isolation.budgets[work.budget];
