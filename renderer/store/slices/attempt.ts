import { describeFailure } from '../../db/storage';
import type { NoticesSlice } from './notices.slice';

/**
 * Runs a store action, showing its outcome (when `work` returns one to tell) or its failure as a notice (a full
 * storage in plain words); resolves to whether it succeeded, so a dialog knows whether to close.
 */
export async function attempt(notify: NoticesSlice['notify'], work: () => Promise<string | null>): Promise<boolean> {
  try {
    const outcome = await work();
    if (outcome) notify('success', outcome);
    return true;
  } catch (error) {
    notify('error', describeFailure(error));
    return false;
  }
}
