import { describeFailure } from '../../db/storage';
import type { StateCreator } from 'zustand';
import type { Asset, AssetContent } from '../../../shared/assets/asset';
import type { ImportPlan } from '../../../shared/import/plan-import';
import type { ImportReport } from '../../../shared/import/report';
import type { ImportSummary } from '../../db/repos/assets.repo';
import type { AppState, StoreDeps } from '../store';

/**
 * The open assessment's inventory, read once and then kept in step by the actions that change it: at 100k assets a
 * live query would re-read and re-sort everything after each edit, and during an import's write.
 */
export interface LoadedInventory {
  assessmentId: string;
  assets: Asset[];
  lastImport: ImportSummary | null;
}

export interface InventorySlice {
  inventory: LoadedInventory | null;
  /** Reads the inventory unless it is the one already loaded. */
  loadInventory: (assessmentId: string) => Promise<void>;
  addAsset: (content: AssetContent) => Promise<boolean>;
  editAssets: (ids: readonly string[], patch: Partial<AssetContent>) => Promise<boolean>;
  deleteAssets: (ids: readonly string[]) => Promise<void>;
  /** Writes a planned spreadsheet import (all or nothing); throws what went wrong for the wizard to show. */
  importAssets: (plan: ImportPlan, report: ImportReport, onProgress?: (written: number) => void) => Promise<void>;
  undoLastImport: () => Promise<void>;
  /** Takes in assets another part of the app changed in storage (e.g. a zone rename), so the list stays true. */
  applyAssetChanges: (assessmentId: string, changed: readonly Asset[]) => void;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** The list with these assets replaced (by id; appended if new) and those ids removed, everyone else in place. */
function withChanges(assets: readonly Asset[], changed: readonly Asset[], removedIds: readonly string[] = []): Asset[] {
  const pending = new Map(changed.map((a) => [a.id, a]));
  const removed = new Set(removedIds);
  const next: Asset[] = [];
  for (const a of assets) {
    if (removed.has(a.id)) continue;
    next.push(pending.get(a.id) ?? a);
    pending.delete(a.id);
  }
  for (const a of pending.values()) if (!removed.has(a.id)) next.push(a);
  return next;
}

export const createInventorySlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], InventorySlice> =>
  (set, get) => {
    const assessmentId = () => {
      const id = get().openAssessmentId;
      if (!id) throw new Error('Open an assessment first.');
      return id;
    };
    /** Applies a change to the loaded inventory, if it is the open assessment's. */
    const change = (id: string, update: (inv: LoadedInventory) => Partial<LoadedInventory>) => {
      const inv = get().inventory;
      if (inv?.assessmentId === id) set({ inventory: { ...inv, ...update(inv) } });
    };
    /** Runs an edit, turning a failure (e.g. a rule of the asset schema) into an error notice. */
    async function attempt(work: () => Promise<string>): Promise<boolean> {
      try {
        get().notify('success', await work());
        return true;
      } catch (error) {
        get().notify('error', describeFailure(error));
        return false;
      }
    }
    return {
      inventory: null,

      async loadInventory(id) {
        if (get().inventory?.assessmentId === id) return;
        const [assets, lastImport] = await Promise.all([deps.inventory.list(id), deps.inventory.lastImport(id)]);
        set({ inventory: { assessmentId: id, assets, lastImport } });
      },

      addAsset: (content) =>
        attempt(async () => {
          const id = assessmentId();
          const asset = await deps.inventory.add(id, content);
          change(id, (inv) => ({ assets: [...inv.assets, asset] }));
          return `Added “${asset.name}”.`;
        }),

      editAssets: (ids, patch) =>
        attempt(async () => {
          const id = assessmentId();
          if (ids.length > 1) await get().snapshotBefore('before-bulk-edit');
          const updated = await deps.inventory.update(id, ids, patch);
          change(id, (inv) => ({ assets: withChanges(inv.assets, updated) }));
          return ids.length === 1 ? 'Saved.' : `Updated ${plural(ids.length, 'asset')}.`;
        }),

      deleteAssets: async (ids) => {
        await attempt(async () => {
          const id = assessmentId();
          if (ids.length > 1) await get().snapshotBefore('before-bulk-edit');
          await deps.inventory.remove(id, ids);
          change(id, (inv) => ({ assets: withChanges(inv.assets, [], ids) }));
          return `Deleted ${plural(ids.length, 'asset')}.`;
        });
      },

      async importAssets(plan, report, onProgress) {
        const id = assessmentId();
        await get().snapshotBefore('before-import');
        const { record, added, updated } = await deps.inventory.applyImport(id, plan, report, onProgress);
        change(id, (inv) => ({ assets: [...withChanges(inv.assets, updated), ...added], lastImport: record }));
        get().notify('success', `Imported ${plan.counts.imported.toLocaleString('en-GB')} assets from “${report.fileName}”.`);
      },

      applyAssetChanges: (id, changed) => change(id, (inv) => ({ assets: withChanges(inv.assets, changed) })),

      undoLastImport: async () => {
        await attempt(async () => {
          const id = assessmentId();
          const last = await deps.inventory.lastImport(id);
          if (!last) throw new Error('There is no import to undo.');
          await get().snapshotBefore('before-undo');
          const { report, removedIds, restored } = await deps.inventory.undoImport(last.id);
          change(id, (inv) => ({ assets: withChanges(inv.assets, restored, removedIds), lastImport: null }));
          return `Undid the import of “${report.fileName}”: removed ${plural(report.counts.imported, 'asset')}, restored ${plural(restored.length, 'merged asset')}.`;
        });
      },
    };
  };
