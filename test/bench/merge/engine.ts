/**
 * The merge engine alone, in a fresh Node process, on the bench's two files: main's reading and decoding of the
 * colleague's file (what the app does before the page sees it), then planMerge (what the dialog shows) and
 * mergeBundles with every conflict kept as mine (what Merge applies). Prints one JSON line.
 *   tsx engine.ts <mine.csms> <theirs.csms>
 */
import { readFileSync } from 'node:fs';
import { readBundleFile } from '../../../electron/main/bundle-file';
import { ensureCliBuilt } from '../../../electron/cli/bundle-cli.mjs';
import { testIsolation } from '../../support/isolation';
import { createNodeFileSystem } from '../../../electron/main/node-fs';
import { decodeBundle } from '../../../shared/bundle/decode';
import { mergeBundles, planMerge } from '../../../shared/merge/merge';

export interface EngineRun {
  /** readBundleFile, as main's import handler runs it: the file read, unzipped, checked and parsed. */
  readTheirsMs: number;
  planMs: number;
  mergeMs: number;
  conflicts: number;
  assetsAdded: number;
  assetsChanged: number;
  mergedAssets: number;
  peakRssBytes: number;
}

async function main() {
  const [minePath, theirsPath] = process.argv.slice(2);
  if (!minePath || !theirsPath) throw new Error('usage: tsx engine.ts <mine.csms> <theirs.csms>');
  await ensureCliBuilt();
  const mine = await decodeBundle(readFileSync(minePath));
  const readStart = performance.now();
  const { bundle: theirs } = await readBundleFile(testIsolation(), createNodeFileSystem(), theirsPath);
  const planStart = performance.now();
  const plan = planMerge(mine, theirs);
  const mergeStart = performance.now();
  const choices = Object.fromEntries(plan.conflicts.map((c) => [c.id, 'local' as const]));
  const stamp = {
    replica: 'c0a1e5f2-0000-4000-8000-00000000c0c0',
    seq: 1,
    at: new Date().toISOString(),
    by: { id: 'c0a1e5f2-0000-4000-8000-0000000000c0', name: 'Bench' },
    entryId: crypto.randomUUID(),
    note: 'bea.csms',
  };
  const merged = mergeBundles(mine, theirs, choices, stamp);
  const end = performance.now();
  const run: EngineRun = {
    readTheirsMs: planStart - readStart,
    planMs: mergeStart - planStart,
    mergeMs: end - mergeStart,
    conflicts: plan.conflicts.length,
    assetsAdded: plan.changes.assets?.added ?? 0,
    assetsChanged: plan.changes.assets?.updated ?? 0,
    mergedAssets: merged.bundle.tables.assets.length,
    peakRssBytes: process.resourceUsage().maxRSS * 1024,
  };
  process.stdout.write(`${JSON.stringify(run)}\n`);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
