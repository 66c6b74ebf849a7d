import type { Asset } from '../../shared/assets/asset';
import { ASSET_PAGES_TABLE, changePages, pageIdsFor, type AssetPage } from './asset-pages';
import type { CsmsDb } from './db';

/** Asset records over their pages (see asset-pages.ts). Callers open the transaction; these join it. */
export function assetStore(db: CsmsDb) {
  const pages = () => db.table<AssetPage, string>(ASSET_PAGES_TABLE);
  const pagesOf = (assessmentId: string) => pages().where('assessmentId').equals(assessmentId);

  return {
    table: pages,

    readAll: async (assessmentId: string): Promise<Asset[]> => (await pagesOf(assessmentId).toArray()).flatMap((p) => p.assets),

    /** The assets with these ids, in the same order (undefined where there is none). */
    async getMany(assessmentId: string, ids: readonly string[]): Promise<(Asset | undefined)[]> {
      const found = new Map<string, Asset>();
      for (const page of await pages().bulkGet(pageIdsFor(assessmentId, ids)))
        for (const asset of page?.assets ?? []) found.set(asset.id, asset);
      return ids.map((id) => found.get(id));
    },

    /**
     * Adds or replaces `put` and drops `removeIds`, reading and writing only the pages they live on. Pages are written
     * one request at a time: each put clones its page on the UI thread, so between them the page can repaint (and
     * onProgress report the assets written so far).
     */
    async change(assessmentId: string, put: readonly Asset[], removeIds: readonly string[] = [], onProgress?: (written: number) => void) {
      const current = await pages().bulkGet(pageIdsFor(assessmentId, [...put.map((a) => a.id), ...removeIds]));
      const { write, emptied } = changePages(current, put, removeIds);
      let written = 0;
      for (const page of write) {
        await pages().put(page);
        written += page.assets.length;
        onProgress?.(written);
      }
      await pages().bulkDelete(emptied);
    },

    removeAll: (assessmentId: string) => pagesOf(assessmentId).delete(),

    count: async (assessmentId: string) => (await pagesOf(assessmentId).toArray()).reduce((n, p) => n + p.assets.length, 0),
  };
}
