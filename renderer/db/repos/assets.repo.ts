import { assetContentSchema, type Asset, type AssetContent } from '../../../shared/assets/asset';
import { newId, nowIso } from '../../../shared/domain/record';
import type { ImportPlan } from '../../../shared/import/plan-import';
import type { ImportReport } from '../../../shared/import/report';
import { assetStore } from '../asset-store';
import { diffRecord } from '../../../shared/audit/diff';
import { audited } from '../audited';
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

/** What the inventory screen shows of the last import. */
export interface ImportSummary {
  id: string;
  fileName: string;
  imported: number;
  merged: number;
}

const summaryOf = (r: ImportRecord): ImportSummary => ({ id: r.id, fileName: r.report.fileName, imported: r.addedIds.length, merged: r.replaced.length });

const patchSchema = assetContentSchema.partial();

/** The asset inventory of an assessment. Every multi-record change is one transaction. */
export function assetsRepo(db: CsmsDb) {
  const store = assetStore(db);
  const imports = () => db.table<ImportRecord, string>('imports');

  return {
    list: (assessmentId: string): Promise<Asset[]> => store.readAll(assessmentId),

    async add(assessmentId: string, content: AssetContent): Promise<Asset> {
      const now = nowIso();
      const asset: Asset = { ...assetContentSchema.parse(content), id: newId(), assessmentId, createdAt: now, updatedAt: now };
      return audited(db, assessmentId, 'create', [store.table()], async () => {
        await store.change(assessmentId, [asset]);
        return { result: asset, changes: diffRecord('assets', undefined, asset) };
      });
    },

    /** Applies the same change to every listed asset (one, for an inline edit; many, for a bulk edit); returns them as stored. */
    async update(assessmentId: string, ids: readonly string[], patch: Partial<AssetContent>): Promise<Asset[]> {
      const changes = { ...patchSchema.parse(patch), updatedAt: nowIso() };
      return audited(db, assessmentId, ids.length > 1 ? 'bulk-edit' : 'edit', [store.table()], async () => {
        const before = await store.getMany(assessmentId, ids);
        if (before.some((a) => a === undefined)) throw new Error('An asset being edited no longer exists.');
        const after = (before as Asset[]).map((a) => ({ ...a, ...changes }));
        await store.change(assessmentId, after);
        return { result: after, changes: (before as Asset[]).flatMap((a, i) => diffRecord('assets', a, after[i])) };
      });
    },

    remove: (assessmentId: string, ids: readonly string[]) =>
      audited(db, assessmentId, 'delete', [store.table()], async () => {
        const gone = (await store.getMany(assessmentId, ids)).filter((a): a is Asset => a !== undefined);
        await store.change(assessmentId, [], ids);
        return { result: undefined, changes: gone.flatMap((a) => diffRecord('assets', a, undefined)) };
      }),

    /**
     * Writes a whole import in one transaction, so a failure half-way leaves the inventory exactly as it was, and
     * records it for undo (replacing the record of an earlier import: only the last one can be undone). onProgress
     * gets the number of assets written so far. Returns what it stored, so the caller need not read it back.
     */
    async applyImport(
      assessmentId: string,
      plan: ImportPlan,
      report: ImportReport,
      onProgress?: (written: number) => void,
    ): Promise<{ record: ImportSummary; added: Asset[]; updated: Asset[] }> {
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
      // The trail names each merged asset's changed fields; added assets are one line (the file and the count), not
      // 100k records: each asset carries its source file and row, and the trail would double the import's writes.
      return audited(db, assessmentId, 'import-assets', [store.table(), imports()], async () => {
        const replaced = (await store.getMany(assessmentId, plan.update.map((u) => u.id))).filter((a): a is Asset => a !== undefined);
        if (replaced.length !== plan.update.length) throw new Error('An asset to merge into was deleted meanwhile; nothing was imported.');
        const updated = replaced.map((old, i) => ({ ...old, ...plan.update[i]!.content, updatedAt: now }));
        await store.change(assessmentId, [...updated, ...added], [], onProgress);
        await imports().where('assessmentId').equals(assessmentId).delete();
        const record: ImportRecord = { id: importId, assessmentId, createdAt: now, updatedAt: now, addedIds: added.map((a) => a.id), replaced, report };
        await imports().add(record);
        return {
          result: { record: summaryOf(record), added, updated },
          changes: replaced.flatMap((a, i) => diffRecord('assets', a, updated[i])),
          note: `${report.fileName}: ${added.length} added, ${plan.update.length} merged`,
        };
      });
    },

    lastImport: async (assessmentId: string): Promise<ImportSummary | null> => {
      const [record] = await imports().where('assessmentId').equals(assessmentId).reverse().sortBy('createdAt');
      return record ? summaryOf(record) : null;
    },

    /** Removes what an import added and puts merged assets back as they were, in one transaction. */
    async undoImport(importId: string): Promise<{ report: ImportReport; removedIds: string[]; restored: Asset[] }> {
      const record = await imports().get(importId);
      if (!record) throw new Error('That import was already undone.');
      // Deletions are recorded one by one: a colleague's copy of the file may hold these assets, and a merge must
      // know they were taken out here.
      return audited(db, record.assessmentId, 'undo-import', [store.table(), imports()], async () => {
        // Read again inside the transaction: a second click may have undone it meanwhile.
        if (!(await imports().get(importId))) throw new Error('That import was already undone.');
        const [current, gone] = await Promise.all([
          store.getMany(record.assessmentId, record.replaced.map((a) => a.id)),
          store.getMany(record.assessmentId, record.addedIds),
        ]);
        await store.change(record.assessmentId, record.replaced, record.addedIds);
        await imports().delete(importId);
        const changes = [
          ...record.replaced.flatMap((a, i) => diffRecord('assets', current[i], a)),
          ...gone.flatMap((a) => (a ? diffRecord('assets', a, undefined) : [])),
        ];
        return { result: { report: record.report, removedIds: record.addedIds, restored: record.replaced }, changes, note: record.report.fileName };
      });
    },
  };
}

export type AssetsRepo = ReturnType<typeof assetsRepo>;
