import { formatByteSize } from '../../shared/format/byte-size';

export interface StorageStatus {
  persisted: boolean;
  usageBytes: number | null;
  quotaBytes: number | null;
}

/** Asks the browser not to evict our data under pressure, then reports what it granted and what we use. */
export async function checkStorage(ask: boolean): Promise<StorageStatus> {
  const storage = navigator.storage;
  if (!storage) return { persisted: false, usageBytes: null, quotaBytes: null };
  const persisted = (await storage.persisted?.()) || (ask ? await storage.persist?.() : false) || false;
  const estimate = await storage.estimate?.();
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Past this share of the quota the status bar warns that storage is nearly full. */
export const NEARLY_FULL_SHARE = 0.8;

/** What the assessor should be told about the storage, most urgent first; empty when all is well. */
export function storageWarnings(status: StorageStatus): string[] {
  const warnings: string[] = [];
  const { usageBytes, quotaBytes } = status;
  if (usageBytes !== null && quotaBytes !== null && quotaBytes > 0 && usageBytes >= NEARLY_FULL_SHARE * quotaBytes)
    warnings.push(
      `Storage is nearly full: ${formatByteSize(usageBytes)} of ${formatByteSize(quotaBytes)} used. ` +
        'Export your work to a .csms file, then delete old snapshots or assessments.',
    );
  if (!status.persisted)
    warnings.push('The browser has not granted persistent storage: it may delete this data under storage pressure. Export your work regularly.');
  return warnings;
}

/**
 * Whether a failed write ran out of storage. IndexedDB reports it as a QuotaExceededError, which Dexie passes on
 * as is or wraps (an aborted transaction's error carries it as `inner`).
 */
export function isQuotaError(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
}

export const QUOTA_MESSAGE =
  'There is no room left in the storage this app may use, so this change was not saved. ' +
  'Export your work to a .csms file now, then delete old snapshots or assessments to free space.';

/** The message for a failed action: a plain word for a full storage, the error's own message otherwise. */
export function describeFailure(error: unknown): string {
  if (isQuotaError(error)) return QUOTA_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}
