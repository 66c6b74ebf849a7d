import { assessmentInputSchema, type Assessment, type AssessmentInput } from '../../../shared/domain/assessment';
import { newId, nowIso } from '../../../shared/domain/record';
import { CHILD_TABLES, type ChildTable } from '../../../shared/domain/tables';
import { emptyTables, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { copyBundle } from '../../../shared/bundle/copy-bundle';
import type { Asset } from '../../../shared/assets/asset';
import type { AuditEntry } from '../../../shared/audit/audit';
import { diffRecord } from '../../../shared/audit/diff';
import { applyMerge, planMerge } from '../../../shared/merge/merge';
import type { MergeChoice, MergePlan } from '../../../shared/merge/types';
import { assetStore } from '../asset-store';
import type { CsmsDb } from '../db';
import { reportOptionsKey } from './settings.repo';
import { deleteSnapshotsOf, SNAPSHOT_TABLES } from '../snapshot-tables';
import { adoptEntries, auditTables, deleteAuditOf, nextStamp, readAudit, recordChanges } from '../audit-log';
import { audited, editAssessmentRecord } from '../audited';
import { PLAIN_RECORD_TABLES, PLAIN_TABLES, replaceRecords, replacedTables } from '../replace-assessment';

export interface ImportOutcome {
  assessment: Assessment;
  /** True when this assessment already existed here, so the file went in as a copy with new ids. */
  asCopy: boolean;
}

/** Assessments and everything that belongs to them; every multi-table change is one transaction. */
export function assessmentsRepo(db: CsmsDb) {
  const assets = assetStore(db);
  const allTables = () => [db.assessments, assets.table(), ...PLAIN_TABLES.map((t) => db.table(t)), ...auditTables(db)];

  async function readBundle(id: string): Promise<AssessmentBundle> {
    return db.transaction('r', allTables(), async () => {
      const assessment = await db.assessments.get(id);
      if (!assessment) throw new Error(`Assessment ${id} no longer exists.`);
      const tables = emptyTables();
      for (const t of PLAIN_RECORD_TABLES) tables[t] = await db.recordTable(t).where('assessmentId').equals(id).toArray();
      tables.assets = await assets.readAll(id);
      const evidence = await db.evidence.where('assessmentId').equals(id).toArray();
      return { assessment, tables, evidence, audit: await readAudit(db, id) };
    });
  }

  /** Writes a bundle's records (not its trail); the assessment must not exist yet. Joins the caller's transaction. */
  async function writeRecords(bundle: AssessmentBundle): Promise<void> {
    await db.assessments.add(bundle.assessment);
    for (const t of PLAIN_RECORD_TABLES) await db.recordTable(t).bulkAdd(bundle.tables[t]);
    // The bundle's schema checks every record's base fields; the asset content is the loose record as exported.
    await assets.change(bundle.assessment.id, bundle.tables.assets as Asset[]);
    await db.evidence.bulkAdd(bundle.evidence);
  }

  /** Writes a whole bundle with its trail, which this laptop continues as a replica of its own. All or nothing. */
  async function writeBundle(bundle: AssessmentBundle): Promise<void> {
    await db.transaction('rw', allTables(), async () => {
      await writeRecords(bundle);
      await adoptEntries(db, bundle.assessment.id, bundle.audit);
    });
  }

  /**
   * Writes a copy (fresh ids) of `source` named `name`. A copy is a new assessment: its trail starts with one
   * 'copy' entry naming the source, not with the source's history. All or nothing.
   */
  async function writeCopy(source: AssessmentBundle, name: string): Promise<Assessment> {
    const copy = copyBundle(source, name, nowIso());
    const id = copy.assessment.id;
    await db.transaction('rw', allTables(), async () => {
      await writeRecords(copy);
      await recordChanges(db, id, 'copy', diffRecord('assessments', undefined, copy.assessment), `Copy of “${source.assessment.name}”`);
    });
    return copy.assessment;
  }

  /** Changes the assessment record and records what changed ('edit'), in one transaction. */
  const edit = (id: string, changes: Partial<Assessment>): Promise<void> =>
    audited(db, id, 'edit', [db.assessments], async () => ({
      result: undefined,
      changes: await editAssessmentRecord(db, id, (current) => ({ ...current, ...changes })),
    }));

  /** The local copy of an assessment that arrived in a file, to merge with; a plain message when it is not here. */
  async function localOf(incoming: AssessmentBundle): Promise<AssessmentBundle> {
    if (!(await db.assessments.get(incoming.assessment.id)))
      throw new Error(`“${incoming.assessment.name}” is not on this laptop, so there is nothing to merge it into: import the file instead.`);
    return readBundle(incoming.assessment.id);
  }

  return {
    list: (): Promise<Assessment[]> => db.assessments.orderBy('updatedAt').reverse().toArray(),

    get: (id: string) => db.assessments.get(id),

    exists: async (id: string): Promise<boolean> => (await db.assessments.where('id').equals(id).count()) > 0,

    async create(input: AssessmentInput): Promise<Assessment> {
      const now = nowIso();
      const assessment: Assessment = { ...assessmentInputSchema.parse(input), id: newId(), createdAt: now, updatedAt: now };
      return audited(db, assessment.id, 'create', [db.assessments], async () => {
        await db.assessments.add(assessment);
        return { result: assessment, changes: diffRecord('assessments', undefined, assessment) };
      });
    },

    update: (id: string, input: AssessmentInput): Promise<void> => edit(id, assessmentInputSchema.parse(input)),

    async rename(id: string, name: string): Promise<void> {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('The name cannot be empty.');
      await edit(id, { name: trimmed });
    },

    duplicate: async (id: string, name: string): Promise<Assessment> => writeCopy(await readBundle(id), name),

    async remove(id: string): Promise<void> {
      await db.transaction('rw', [...allTables(), db.table('imports'), db.settings, ...SNAPSHOT_TABLES.map((t) => db.table(t))], async () => {
        for (const t of [...PLAIN_TABLES, 'imports']) await db.table(t).where('assessmentId').equals(id).delete();
        await assets.removeAll(id);
        await db.settings.delete(reportOptionsKey(id));
        await deleteSnapshotsOf(db, id);
        await deleteAuditOf(db, id);
        await db.assessments.delete(id);
      });
    },

    /** Counts per table (all by default): counting assets reads every asset page, so ask only for what is needed. */
    async counts(id: string, tables: readonly ChildTable[] = CHILD_TABLES): Promise<Record<string, number>> {
      const entries = await Promise.all(
        tables.map(async (t) => [t, t === 'assets' ? await assets.count(id) : await db.table(t).where('assessmentId').equals(id).count()] as const),
      );
      return Object.fromEntries(entries);
    },

    readBundle,

    async importBundle(bundle: AssessmentBundle): Promise<ImportOutcome> {
      if (await db.assessments.get(bundle.assessment.id)) {
        return { assessment: await writeCopy(bundle, `${bundle.assessment.name} (imported copy)`), asCopy: true };
      }
      await writeBundle(bundle);
      return { assessment: bundle.assessment, asCopy: false };
    },

    /** What merging a file of an assessment that is here would change, and the conflicts to settle first. */
    planMerge: async (incoming: AssessmentBundle): Promise<MergePlan> => planMerge(await localOf(incoming), incoming),

    /**
     * Merges a file into the assessment here, settling each conflict (by id) as `choices` says: every record is
     * replaced by the merged one, the trail becomes both trails plus the merge's own entry (made by this laptop's
     * assessor, noting `fileName`). One transaction: all or nothing.
     */
    async applyMerge(
      incoming: AssessmentBundle,
      choices: Record<string, MergeChoice>,
      fileName: string,
    ): Promise<{ assessment: Assessment; entry: AuditEntry }> {
      const id = incoming.assessment.id;
      return db.transaction('rw', [...replacedTables(db), ...auditTables(db)], async () => {
        const local = await localOf(incoming);
        const stamp = { ...(await nextStamp(db, id)), entryId: newId(), note: fileName };
        const merged = applyMerge(local, incoming, choices, stamp);
        const entry = merged.audit.find((e) => e.id === stamp.entryId);
        if (!entry) throw new Error('The merge made no entry in the audit trail; nothing was changed.');
        // replaceRecords drops the undo records of spreadsheet imports: an undo cannot reach back across a merge.
        await replaceRecords(db, merged);
        await adoptEntries(db, id, merged.audit);
        return { assessment: merged.assessment, entry };
      });
    },
  };
}

export type AssessmentsRepo = ReturnType<typeof assessmentsRepo>;
