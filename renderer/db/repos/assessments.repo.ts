import { assessmentInputSchema, type Assessment, type AssessmentInput } from '../../../shared/domain/assessment';
import { newId, nowIso } from '../../../shared/domain/record';
import { CHILD_TABLES, type ChildTable } from '../../../shared/domain/tables';
import { RECORD_TABLES, emptyTables, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { copyBundle } from '../../../shared/bundle/copy-bundle';
import type { Asset } from '../../../shared/assets/asset';
import { assetStore } from '../asset-store';
import type { CsmsDb } from '../db';
import { reportOptionsKey } from './settings.repo';
import { deleteSnapshotsOf, SNAPSHOT_TABLES } from '../snapshot-tables';

/** Record tables stored one record per row; assets live in pages (asset-store.ts). */
const PLAIN_TABLES = CHILD_TABLES.filter((t) => t !== 'assets');
const PLAIN_RECORD_TABLES = RECORD_TABLES.filter((t) => t !== 'assets');

export interface ImportOutcome {
  assessment: Assessment;
  /** True when this assessment already existed here, so the file went in as a copy with new ids. */
  asCopy: boolean;
}

/** Assessments and everything that belongs to them; every multi-table change is one transaction. */
export function assessmentsRepo(db: CsmsDb) {
  const assets = assetStore(db);
  const allTables = () => [db.assessments, assets.table(), ...PLAIN_TABLES.map((t) => db.table(t))];

  async function readBundle(id: string): Promise<AssessmentBundle> {
    return db.transaction('r', allTables(), async () => {
      const assessment = await db.assessments.get(id);
      if (!assessment) throw new Error(`Assessment ${id} no longer exists.`);
      const tables = emptyTables();
      for (const t of PLAIN_RECORD_TABLES) tables[t] = await db.recordTable(t).where('assessmentId').equals(id).toArray();
      tables.assets = await assets.readAll(id);
      const evidence = await db.evidence.where('assessmentId').equals(id).toArray();
      return { assessment, tables, evidence };
    });
  }

  /** Writes a whole bundle; it must not exist yet. All or nothing. */
  async function writeBundle(bundle: AssessmentBundle): Promise<void> {
    await db.transaction('rw', allTables(), async () => {
      await db.assessments.add(bundle.assessment);
      for (const t of PLAIN_RECORD_TABLES) await db.recordTable(t).bulkAdd(bundle.tables[t]);
      // The bundle's schema checks every record's base fields; the asset content is the loose record as exported.
      await assets.change(bundle.assessment.id, bundle.tables.assets as Asset[]);
      await db.evidence.bulkAdd(bundle.evidence);
    });
  }

  return {
    list: (): Promise<Assessment[]> => db.assessments.orderBy('updatedAt').reverse().toArray(),

    get: (id: string) => db.assessments.get(id),

    async create(input: AssessmentInput): Promise<Assessment> {
      const now = nowIso();
      const assessment: Assessment = { ...assessmentInputSchema.parse(input), id: newId(), createdAt: now, updatedAt: now };
      await db.assessments.add(assessment);
      return assessment;
    },

    async update(id: string, input: AssessmentInput): Promise<void> {
      const changes = { ...assessmentInputSchema.parse(input), updatedAt: nowIso() };
      if ((await db.assessments.update(id, changes)) === 0) throw new Error('This assessment no longer exists.');
    },

    async rename(id: string, name: string): Promise<void> {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('The name cannot be empty.');
      if ((await db.assessments.update(id, { name: trimmed, updatedAt: nowIso() })) === 0)
        throw new Error('This assessment no longer exists.');
    },

    async duplicate(id: string, name: string): Promise<Assessment> {
      const copy = copyBundle(await readBundle(id), name, nowIso());
      await writeBundle(copy);
      return copy.assessment;
    },

    async remove(id: string): Promise<void> {
      await db.transaction('rw', [...allTables(), db.table('imports'), db.settings, ...SNAPSHOT_TABLES.map((t) => db.table(t))], async () => {
        for (const t of [...PLAIN_TABLES, 'imports']) await db.table(t).where('assessmentId').equals(id).delete();
        await assets.removeAll(id);
        await db.settings.delete(reportOptionsKey(id));
        await deleteSnapshotsOf(db, id);
        await db.assessments.delete(id);
      });
    },

    /** Counts per table, for the delete confirmation and the export summary. */
    /** Counts per table (all by default): counting assets reads every asset page, so ask only for what is needed. */
    async counts(id: string, tables: readonly ChildTable[] = CHILD_TABLES): Promise<Record<string, number>> {
      const entries = await Promise.all(
        tables.map(async (t) => [t, t === 'assets' ? await assets.count(id) : await db.table(t).where('assessmentId').equals(id).count()] as const),
      );
      return Object.fromEntries(entries);
    },

    readBundle,

    async importBundle(bundle: AssessmentBundle): Promise<ImportOutcome> {
      const exists = (await db.assessments.get(bundle.assessment.id)) !== undefined;
      const toWrite = exists ? copyBundle(bundle, `${bundle.assessment.name} (imported copy)`, nowIso()) : bundle;
      await writeBundle(toWrite);
      return { assessment: toWrite.assessment, asCopy: exists };
    },
  };
}

export type AssessmentsRepo = ReturnType<typeof assessmentsRepo>;
