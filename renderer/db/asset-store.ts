import type { Asset } from '../../shared/assets/asset';
import { ASSET_PAGES_TABLE, changePages, pageIdsFor, type AssetPage } from './asset-pages';
import type { CsmsDb } from './db';

/** Assets per write request: a few round trips for 100k assets, and no stall much over 100 ms. */
const WRITE_BATCH = 10_000;

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
     * Adds or replaces `put` and drops `removeIds`, reading and writing only the pages they live on. Each put clones
     * its page on the UI thread, so a large change is written in batches of about WRITE_BATCH assets: between them
     * the page can repaint and onProgress report the assets written so far.
     */
    async change(assessmentId: string, put: readonly Asset[], removeIds: readonly string[] = [], onProgress?: (written: number) => void) {
      const current = await pages().bulkGet(pageIdsFor(assessmentId, [...put.map((a) => a.id), ...removeIds]));
      const { write, emptied } = changePages(current, put, removeIds);
      let written = 0;
      let batch: AssetPage[] = [];
      let batchAssets = 0;
      for (const [i, page] of write.entries()) {
        batch.push(page);
        batchAssets += page.assets.length;
        if (batchAssets < WRITE_BATCH && i < write.length - 1) continue;
        await pages().bulkPut(batch);
        written += batchAssets;
        onProgress?.(written);
        batch = [];
        batchAssets = 0;
      }
      await pages().bulkDelete(emptied);
    },

    removeAll: (assessmentId: string) => pagesOf(assessmentId).delete(),

    count: async (assessmentId: string) => (await pagesOf(assessmentId).toArray()).reduce((n, p) => n + p.assets.length, 0),
  };
}
