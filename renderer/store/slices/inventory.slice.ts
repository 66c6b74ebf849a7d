import type { StateCreator } from 'zustand';
import type { AssetContent } from '../../../shared/assets/asset';
import type { AppState, StoreDeps } from '../store';

/** Inventory edits; the assets themselves are read from Dexie by the screen's live query. */
export interface InventorySlice {
  addAsset: (content: AssetContent) => Promise<boolean>;
  editAssets: (ids: readonly string[], patch: Partial<AssetContent>) => Promise<boolean>;
  deleteAssets: (ids: readonly string[]) => Promise<void>;
  undoLastImport: () => Promise<void>;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

export const createInventorySlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], InventorySlice> =>
  (_set, get) => {
    const assessmentId = () => {
      const id = get().openAssessmentId;
      if (!id) throw new Error('Open an assessment first.');
      return id;
    };
    /** Runs an edit, turning a failure (e.g. a rule of the asset schema) into an error notice. */
    async function attempt(work: () => Promise<string>): Promise<boolean> {
      try {
        get().notify('success', await work());
        return true;
      } catch (error) {
        get().notify('error', error instanceof Error ? error.message : String(error));
        return false;
      }
    }
    return {
      addAsset: (content) => attempt(async () => `Added “${(await deps.inventory.add(assessmentId(), content)).name}”.`),
      editAssets: (ids, patch) =>
        attempt(async () => {
          await deps.inventory.update(ids, patch);
          return ids.length === 1 ? 'Saved.' : `Updated ${plural(ids.length, 'asset')}.`;
        }),
      deleteAssets: async (ids) => {
        await attempt(async () => {
          await deps.inventory.remove(ids);
          return `Deleted ${plural(ids.length, 'asset')}.`;
        });
      },
      undoLastImport: async () => {
        await attempt(async () => {
          const last = await deps.inventory.lastImport(assessmentId());
          if (!last) throw new Error('There is no import to undo.');
          const report = await deps.inventory.undoImport(last.id);
          return `Undid the import of “${report.fileName}”: removed ${plural(report.counts.imported, 'asset')}, restored ${plural(last.replaced.length, 'merged asset')}.`;
        });
      },
    };
  };
