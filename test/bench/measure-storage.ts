import { launchApp } from '../e2e/harness';
import { median } from './stats';

/** Writing and reading N asset records in Chromium's IndexedDB, stored one per record or in pages (asset-pages.ts). */
export interface StorageMeasure {
  assets: number;
  /** Medians over the runs. */
  singleWriteMs: number;
  singleReadMs: number;
  pagedWriteMs: number;
  pagedReadMs: number;
  pages: number;
}

/**
 * Plain JavaScript run in the page (no bundler helpers): a typical imported asset, written in 5,000-record
 * transactions one record per asset, then grouped by the first two hex digits of the id as the app stores them.
 */
const PAGE_SCRIPT = `async (count) => {
  const open = (name) => new Promise((resolve, reject) => {
    const request = indexedDB.open(name, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('s', { keyPath: 'id' }).createIndex('assessmentId', 'assessmentId');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const done = (tx) => new Promise((resolve, reject) => { tx.oncomplete = resolve; tx.onerror = () => reject(tx.error); });
  const assessmentId = crypto.randomUUID();
  const asset = (i) => ({ id: crypto.randomUUID(), assessmentId, createdAt: '2026-11-23T00:00:00.000Z', updatedAt: '2026-11-23T00:00:00.000Z',
    name: 'PLC-' + i, assetType: 'plc', vendor: 'Siemens', model: 'S7-1500 CPU 1516-3 PN/DP', firmware: 'V2.9.4', os: '', serialNumber: 'S C-' + i,
    ipAddresses: ['10.1.' + (i >> 8 & 255) + '.' + (i & 255)], macAddresses: ['00:1b:1b:00:00:01'], hostname: 'plc-' + i, protocols: ['PROFINET', 'S7comm'],
    ports: [102, 80, 443], purdueLevel: '1', zone: 'Z1 Control', location: 'Hall 1', criticality: 'high', owner: '', lifecycle: null, remoteAccess: null,
    notes: 'Line 3', source: { file: 'plant.xlsx', sheet: 'Assets', row: i + 2, importId: assessmentId } });
  const assets = Array.from({ length: count }, (_, i) => asset(i));
  const byPage = new Map();
  for (const a of assets) { const id = assessmentId + '/' + a.id.slice(0, 2); if (!byPage.has(id)) byPage.set(id, { id, assessmentId, assets: [] }); byPage.get(id).assets.push(a); }
  const readAll = (db) => new Promise((resolve) => { const r = db.transaction('s').objectStore('s').index('assessmentId').getAll(assessmentId); r.onsuccess = () => resolve(r.result.length); });
  const time = async (work) => { const t = performance.now(); await work(); return performance.now() - t; };

  const single = await open('bench-single-' + assessmentId);
  const singleWriteMs = await time(async () => {
    for (let i = 0; i < assets.length; i += 5000) { const tx = single.transaction('s', 'readwrite'); for (const a of assets.slice(i, i + 5000)) tx.objectStore('s').add(a); await done(tx); }
  });
  const singleReadMs = await time(() => readAll(single));
  const paged = await open('bench-paged-' + assessmentId);
  const pagedWriteMs = await time(async () => { const tx = paged.transaction('s', 'readwrite'); for (const p of byPage.values()) tx.objectStore('s').put(p); await done(tx); });
  const pagedReadMs = await time(() => readAll(paged));
  single.close();
  paged.close();
  return { singleWriteMs, singleReadMs, pagedWriteMs, pagedReadMs, pages: byPage.size };
}`;

/** The figures behind storing assets in pages, measured in a fresh on-disk Chromium profile like the UI runs. */
export async function measureStorage(assets: number, runs: number): Promise<StorageMeasure> {
  const app = await launchApp();
  try {
    const results: Omit<StorageMeasure, 'assets'>[] = [];
    for (let i = 0; i < runs; i++) results.push(await app.page.evaluate(`(${PAGE_SCRIPT})(${assets})`));
    const of = (key: keyof Omit<StorageMeasure, 'assets'>) => median(results.map((r) => r[key]));
    return { assets, singleWriteMs: of('singleWriteMs'), singleReadMs: of('singleReadMs'), pagedWriteMs: of('pagedWriteMs'), pagedReadMs: of('pagedReadMs'), pages: of('pages') };
  } finally {
    await app.close();
  }
}
