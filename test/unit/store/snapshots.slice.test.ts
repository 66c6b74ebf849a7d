import { afterEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import { SNAPSHOT_INTERVAL_MS } from '../../../renderer/store/slices/snapshots.slice';
import { QUOTA_MESSAGE } from '../../../renderer/db/storage';
import type { CsmsDb } from '../../../renderer/db/db';
import { planImport } from '../../../shared/import/plan-import';
import { content, row, TWO_ROW_IMPORT_REPORT } from '../assets/asset-fixtures';
import { fillStorage } from '../db/snapshots-fixtures';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

const report = TWO_ROW_IMPORT_REPORT;

/** The store over a real (fake-indexeddb) database with a fresh assessment open and its inventory loaded. */
async function setup(db: CsmsDb = testDb()) {
  const deps = testStoreDeps(db);
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  await store.getState().loadInventory(id);
  const list = () => deps.snapshots.list(id);
  const errors = () => store.getState().notices.filter((n) => n.kind === 'error').map((n) => n.text);
  return { store, id, list, errors, deps };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('snapshots slice', () => {
  it('snapshots the open assessment on the timer only when something changed since the last snapshot', async () => {
    // Only the interval is faked: IndexedDB (fake-indexeddb) keeps its own real scheduling.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const { store, list, deps } = await setup();
    const takes = vi.spyOn(deps.snapshots, 'take');
    const stop = store.getState().startSnapshotTimer();
    /** One interval; `expected` snapshots stored after it (a snapshot starts in the tick itself, or not at all). */
    const tick = async (expected: number) => {
      vi.advanceTimersByTime(SNAPSHOT_INTERVAL_MS);
      expect(takes).toHaveBeenCalledTimes(expected);
      await vi.waitFor(async () => expect(await list()).toHaveLength(expected));
    };

    await tick(1); // creating the assessment was a change
    expect((await list())[0]).toMatchObject({ reason: 'timer', counts: { assets: 0 } });
    await tick(1);
    await tick(1);

    await store.getState().addAsset(content('PLC-01'));
    await tick(2);
    expect((await list())[0]).toMatchObject({ reason: 'timer', counts: { assets: 1 } });
    await tick(2);

    stop();
    await store.getState().addAsset(content('PLC-02'));
    await tick(2);
  });

  it('snapshots before an import, its undo and a bulk edit, each holding the state before the change', async () => {
    const { store, list } = await setup();
    const plan = planImport([row(2, 'HMI-01'), row(3, 'SW-01')], [], [], () => 'merge');
    await store.getState().importAssets(plan, report);
    expect((await list()).map((s) => [s.reason, s.counts.assets])).toEqual([['before-import', 0]]);

    const ids = store.getState().inventory!.assets.map((a) => a.id);
    await store.getState().editAssets([ids[0]!], { zone: 'Cell 1' });
    expect(await list()).toHaveLength(1); // a single edit is not a bulk change
    await store.getState().editAssets(ids, { zone: 'Cell 2' });
    await store.getState().undoLastImport();
    expect((await list()).map((s) => [s.reason, s.counts.assets])).toEqual([
      ['before-undo', 2],
      ['before-bulk-edit', 2],
      ['before-import', 0],
    ]);
    await store.getState().addAsset(content('PLC-01'));
    await store.getState().addAsset(content('PLC-02'));
    await store.getState().deleteAssets(store.getState().inventory!.assets.map((a) => a.id));
    expect((await list())[0]).toMatchObject({ reason: 'before-bulk-edit', counts: { assets: 2 } });
  });

  it('uses the snapshot started when the import wizard opened, unless something was written since', async () => {
    const { store, list, deps } = await setup();
    const takes = vi.spyOn(deps.snapshots, 'take');
    const plan = planImport([row(2, 'HMI-01')], [], [], () => 'merge');
    store.getState().snapshotAhead('before-import');
    await store.getState().importAssets(plan, report);
    expect(takes).toHaveBeenCalledTimes(1);
    expect((await list()).map((s) => [s.reason, s.counts.assets])).toEqual([['before-import', 0]]);

    store.getState().snapshotAhead('before-import');
    await store.getState().addAsset(content('PLC-01')); // written while the wizard was open: the early copy is stale
    await store.getState().importAssets(planImport([row(2, 'SW-01')], [], [], () => 'merge'), report);
    expect(takes).toHaveBeenCalledTimes(3);
    expect((await list()).map((s) => [s.reason, s.counts.assets])[0]).toEqual(['before-import', 2]);
  });

  it('restores a snapshot and shows the restored inventory, keeping the replaced state as a snapshot', async () => {
    const { store, list } = await setup();
    await store.getState().addAsset(content('PLC-01'));
    expect(await store.getState().takeSnapshot('manual')).toBe(true);
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Took a snapshot \(\d+(\.\d)? KB\)\.$/);
    await store.getState().addAsset(content('PLC-02'));
    const manual = (await list())[0]!;

    expect(await store.getState().restoreSnapshot(manual.id)).toBe(true);
    expect(store.getState().inventory!.assets.map((a) => a.name)).toEqual(['PLC-01']);
    expect((await list()).map((s) => s.reason)).toEqual(['before-restore', 'manual']);
    expect(store.getState().busy).toBeNull();

    expect(await store.getState().deleteSnapshot(manual.id)).toBe(true);
    expect((await list()).map((s) => s.reason)).toEqual(['before-restore']);
  });

  it('says plainly when storage is full: on a snapshot, and before an import that still goes ahead', async () => {
    const db = testDb();
    fillStorage(db, 'snapshotData');
    const { store, list, errors } = await setup(db);
    expect(await store.getState().takeSnapshot('manual')).toBe(false);
    expect(errors()).toEqual([QUOTA_MESSAGE]);

    const plan = planImport([row(2, 'HMI-01'), row(3, 'SW-01')], [], [], () => 'merge');
    await store.getState().importAssets(plan, report);
    expect(errors().at(-1)).toBe(`No snapshot could be taken before the import: ${QUOTA_MESSAGE}`);
    expect(store.getState().inventory!.assets).toHaveLength(2);
    expect(await list()).toEqual([]);
  });
});
