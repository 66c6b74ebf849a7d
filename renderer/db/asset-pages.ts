import type { Asset } from '../../shared/assets/asset';

/**
 * Assets are stored in pages, not one IndexedDB record each: Chromium's IndexedDB costs about 0.2 ms per record on
 * our 2-core machines whatever its size, so 100k single records take over 20 s to write and 2 s to read, while the
 * same assets in a few hundred pages take under a second (test/bench, README). An asset's page follows from its id
 * (the first two hex digits of the UUID), so an edit touches one page without any lookup index; up to 256 pages per
 * assessment, each about 1/256 of its inventory. The .csms file and every caller still see plain asset records.
 */
export interface AssetPage {
  /** `${assessmentId}/${bucket}` */
  id: string;
  assessmentId: string;
  assets: Asset[];
}

export const ASSET_PAGES_TABLE = 'assetPages';

export const pageIdOf = (asset: Pick<Asset, 'id' | 'assessmentId'>) => `${asset.assessmentId}/${asset.id.slice(0, 2).toLowerCase()}`;

/**
 * The pages as they are after a change: `pages` are the current pages the change touches (missing ones are new),
 * `put` the assets to add or replace (by id), `removeIds` those to drop. Returns the pages to write and the ids of
 * pages left empty, to delete. Pure, so the upgrade and the repository page the same way.
 */
export function changePages(
  pages: readonly (AssetPage | undefined)[],
  put: readonly Asset[],
  removeIds: readonly string[] = [],
): { write: AssetPage[]; emptied: string[] } {
  const byId = new Map<string, AssetPage>();
  for (const page of pages) if (page) byId.set(page.id, { ...page, assets: [...page.assets] });
  const removed = new Set(removeIds);
  const touched = new Set<string>();
  const replacing = new Map<string, Map<string, Asset>>();
  for (const asset of put) {
    const pageId = pageIdOf(asset);
    let page = byId.get(pageId);
    if (!page) byId.set(pageId, (page = { id: pageId, assessmentId: asset.assessmentId, assets: [] }));
    let pending = replacing.get(pageId);
    if (!pending) replacing.set(pageId, (pending = new Map()));
    pending.set(asset.id, asset);
    touched.add(pageId);
  }
  for (const page of byId.values()) {
    const pending = replacing.get(page.id) ?? new Map<string, Asset>();
    const before = page.assets.length;
    const kept: Asset[] = [];
    for (const a of page.assets) {
      if (removed.has(a.id)) continue;
      const replacement = pending.get(a.id);
      kept.push(replacement ?? a);
      pending.delete(a.id);
    }
    for (const a of pending.values()) if (!removed.has(a.id)) kept.push(a);
    if (kept.length !== before) touched.add(page.id);
    page.assets = kept;
  }
  const write: AssetPage[] = [];
  const emptied: string[] = [];
  for (const page of byId.values()) {
    if (!touched.has(page.id)) continue;
    if (page.assets.length === 0) emptied.push(page.id);
    else write.push(page);
  }
  return { write, emptied };
}

/** The page ids a change to these assets (or asset ids of an assessment) touches. */
export const pageIdsFor = (assessmentId: string, assetIds: readonly string[]) => [...new Set(assetIds.map((id) => pageIdOf({ id, assessmentId })))];
