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
