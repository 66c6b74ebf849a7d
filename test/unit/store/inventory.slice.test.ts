import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import { testStoreDeps } from './test-deps';
import { planImport } from '../../../shared/import/plan-import';
import { content, row, TWO_ROW_IMPORT_REPORT } from '../assets/asset-fixtures';
import { sampleInput, testDb } from '../db/test-db';

const report = TWO_ROW_IMPORT_REPORT;

/** The store over a real (fake-indexeddb) database, with the inventory of a fresh assessment loaded. */
async function setup() {
  const db = testDb();
  const deps = testStoreDeps(db);
  const inventory = deps.inventory;
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  await store.getState().loadInventory(id);
  const names = () => store.getState().inventory!.assets.map((a) => a.name);
  /** What the store shows must be what a fresh read of the database gives. */
  const storedNames = async () => (await inventory.list(id)).map((a) => a.name).sort();
  return { store, id, names, storedNames };
}

describe('inventory slice', () => {
  it('keeps the loaded inventory in step with every change, without re-reading it', async () => {
    const { store, names, storedNames } = await setup();
    expect(store.getState().inventory?.assets).toEqual([]);

    await store.getState().addAsset(content('PLC-01'));
    await store.getState().addAsset(content('PLC-02'));
    expect(names()).toEqual(['PLC-01', 'PLC-02']);

    const [a, b] = store.getState().inventory!.assets;
    await store.getState().editAssets([a!.id, b!.id], { zone: 'Cell 1' });
    expect(store.getState().inventory!.assets.map((x) => x.zone)).toEqual(['Cell 1', 'Cell 1']);

    store.getState().applyAssetChanges(store.getState().openAssessmentId!, [{ ...b!, zone: 'Cell 2' }]);
    expect(store.getState().inventory!.assets.map((x) => x.zone)).toEqual(['Cell 1', 'Cell 2']);

    await store.getState().deleteAssets([a!.id]);
    expect(names()).toEqual(['PLC-02']);
    expect(names().sort()).toEqual(await storedNames());
  });

  it('shows an import and its undo, and the last import to undo', async () => {
    const { store, names, storedNames } = await setup();
    const plan = planImport([row(2, 'HMI-01'), row(3, 'SW-01')], [], [], () => 'merge');
    await store.getState().importAssets(plan, report);
    expect(names()).toEqual(['HMI-01', 'SW-01']);
    expect(store.getState().inventory!.lastImport).toMatchObject({ fileName: 'plant.xlsx', imported: 2 });
    expect(store.getState().notices.at(-1)?.text).toBe('Imported 2 assets from “plant.xlsx”.');

    await store.getState().undoLastImport();
    expect(names()).toEqual([]);
    expect(await storedNames()).toEqual([]);
    expect(store.getState().inventory!.lastImport).toBeNull();
    expect(store.getState().notices.at(-1)?.text).toMatch(/^Undid the import of “plant.xlsx”: removed 2 assets/);
  });

  it('leaves store and database unchanged when an edit breaks a rule', async () => {
    const { store, names, storedNames } = await setup();
    await store.getState().addAsset(content('PLC-01'));
    const before = store.getState().inventory;
    expect(await store.getState().editAssets([before!.assets[0]!.id], { name: '' })).toBe(false);
    expect(store.getState().inventory).toBe(before);
    expect(store.getState().notices.at(-1)?.kind).toBe('error');
    expect(names()).toEqual(await storedNames());
  });
});
