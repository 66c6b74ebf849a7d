import { assetContentSchema, type Asset, type AssetContent } from '../../../shared/assets/asset';
import { newId, nowIso } from '../../../shared/domain/record';
import type { ImportPlan } from '../../../shared/import/plan-import';
import type { ImportReport } from '../../../shared/import/report';
import type { CsmsDb } from '../db';

/** One spreadsheet import as stored for undo: what it added and what the merged assets looked like before. */
export interface ImportRecord {
  id: string;
  assessmentId: string;
  createdAt: string;
  updatedAt: string;
  addedIds: string[];
  replaced: Asset[];
  report: ImportReport;
}

/** Rows per bulk write: large enough to be fast, small enough to report progress. */
const WRITE_CHUNK = 5000;

const patchSchema = assetContentSchema.partial();

/** The asset inventory of an assessment. Every multi-record change is one transaction. */
export function assetsRepo(db: CsmsDb) {
  const assets = () => db.table<Asset, string>('assets');
  const imports = () => db.table<ImportRecord, string>('imports');

  return {
    list: (assessmentId: string): Promise<Asset[]> => assets().where('assessmentId').equals(assessmentId).toArray(),

    async add(assessmentId: string, content: AssetContent): Promise<Asset> {
      const now = nowIso();
      const asset: Asset = { ...assetContentSchema.parse(content), id: newId(), assessmentId, createdAt: now, updatedAt: now };
      await assets().add(asset);
      return asset;
    },

    /** Applies the same change to every listed asset (one, for an inline edit; many, for a bulk edit). */
    async update(ids: readonly string[], patch: Partial<AssetContent>): Promise<void> {
      const changes = { ...patchSchema.parse(patch), updatedAt: nowIso() };
      await db.transaction('rw', assets(), async () => {
        for (const id of ids) if ((await assets().update(id, changes)) === 0) throw new Error('An asset being edited no longer exists.');
      });
    },

    remove: (ids: readonly string[]) => assets().bulkDelete([...ids]),

    /**
     * Writes a whole import in one transaction, so a failure half-way leaves the inventory exactly as it was, and
     * records it for undo. onProgress gets the number of records written so far.
     */
    async applyImport(assessmentId: string, plan: ImportPlan, report: ImportReport, onProgress?: (written: number) => void) {
      const now = nowIso();
      const importId = newId();
      const added: Asset[] = plan.add.map(({ content }) => ({
        ...content,
        source: content.source && { ...content.source, importId },
        id: newId(),
        assessmentId,
        createdAt: now,
        updatedAt: now,
      }));
      await db.transaction('rw', assets(), imports(), async () => {
        const replaced = (await assets().bulkGet(plan.update.map((u) => u.id))).filter((a): a is Asset => a !== undefined);
        if (replaced.length !== plan.update.length) throw new Error('An asset to merge into was deleted meanwhile; nothing was imported.');
        await assets().bulkPut(replaced.map((old, i) => ({ ...old, ...plan.update[i]!.content, updatedAt: now })));
        for (let i = 0; i < added.length; i += WRITE_CHUNK) {
          await assets().bulkAdd(added.slice(i, i + WRITE_CHUNK));
          onProgress?.(Math.min(i + WRITE_CHUNK, added.length));
        }
        await imports().add({ id: importId, assessmentId, createdAt: now, updatedAt: now, addedIds: added.map((a) => a.id), replaced, report });
      });
      return importId;
    },

    lastImport: (assessmentId: string): Promise<ImportRecord | undefined> =>
      imports().where('assessmentId').equals(assessmentId).reverse().sortBy('createdAt').then((list) => list[0]),

    /** Removes what an import added and puts merged assets back as they were, in one transaction. */
    async undoImport(importId: string): Promise<ImportReport> {
      return db.transaction('rw', assets(), imports(), async () => {
        const record = await imports().get(importId);
        if (!record) throw new Error('That import was already undone.');
        await assets().bulkDelete(record.addedIds);
        await assets().bulkPut(record.replaced);
        await imports().delete(importId);
        return record.report;
      });
    },
  };
}

export type AssetsRepo = ReturnType<typeof assetsRepo>;
