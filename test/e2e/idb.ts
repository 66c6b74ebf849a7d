import type { Page } from 'playwright-core';

/** Reads a whole object store straight from the page's IndexedDB, bypassing the app, to check what is stored. */
export function readStore(page: Page, store: string): Promise<Record<string, unknown>[]> {
  return page.evaluate(
    (name) =>
      new Promise<Record<string, unknown>[]>((resolve, reject) => {
        const open = indexedDB.open('csms-assessor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          try {
            const request = open.result.transaction(name, 'readonly').objectStore(name).getAll();
            request.onsuccess = () => {
              resolve(request.result);
              open.result.close();
            };
            request.onerror = () => reject(request.error);
          } catch (error) {
            open.result.close();
            reject(error);
          }
        };
      }),
    store,
  );
}

/** Every stored asset record (assets are kept in pages; see renderer/db/asset-pages.ts). */
export async function readAssets(page: Page): Promise<Record<string, unknown>[]> {
  return (await readStore(page, 'assetPages')).flatMap((p) => p.assets as Record<string, unknown>[]);
}
