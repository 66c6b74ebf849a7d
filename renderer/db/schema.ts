import type { Transaction } from 'dexie';
import { migrateAssessmentV1toV2, type AssessmentV1 } from '../../shared/migrations/assessment-v2';
import type { Asset } from '../../shared/assets/asset';
import { ASSET_PAGES_TABLE, changePages } from './asset-pages';

/**
 * Every shipped schema version, oldest first. A shipped entry is never edited: change the schema by adding a
 * version with its upgrade (a pure transform from shared/migrations). The schema-guard test pins the latest.
 */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<unknown>;
}

const child = 'id, assessmentId';

export const SCHEMA_VERSIONS: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: { assessments: 'id, name', settings: 'key' },
  },
  {
    version: 2,
    stores: {
      assessments: 'id, name, updatedAt',
      zones: child,
      conduits: child,
      assets: `${child}, [assessmentId+name]`,
      answers: `${child}, [assessmentId+requirementId]`,
      evidence: `${child}, answerId`,
      risks: child,
      findings: child,
      actions: child,
      settings: 'key',
    },
    upgrade: (tx) =>
      tx
        .table('assessments')
        .toCollection()
        .modify((record: AssessmentV1, ref: { value: unknown }) => {
          ref.value = migrateAssessmentV1toV2(record);
        }),
  },
  {
    // Spreadsheet imports, kept per laptop so the last one can be undone; not part of the .csms file. Assets lose
    // the name index: the inventory is filtered in memory, and every index slows the 100k-row import write.
    version: 3,
    stores: { imports: 'id, assessmentId, createdAt', assets: child },
  },
  {
    // Assets move into pages (asset-pages.ts): one record each made a 100k-row import take over 20 s to write.
    version: 4,
    stores: { [ASSET_PAGES_TABLE]: 'id, assessmentId' },
    upgrade: async (tx) => {
      const { write } = changePages([], await tx.table<Asset>('assets').toArray());
      await tx.table(ASSET_PAGES_TABLE).bulkAdd(write);
    },
  },
  {
    // A table can only be dropped in a version after the one that reads it.
    version: 5,
    stores: { assets: null },
  },
  {
    // Local snapshots of an assessment (.csms bytes), kept per laptop and not part of the file. The bytes live in
    // their own table so listing snapshots never reads megabytes of them.
    version: 6,
    stores: { snapshots: 'id, assessmentId', snapshotData: 'id' },
  },
  {
    // The audit trail (shared/audit/audit.ts), part of the .csms file; `recordIds` lists the records an entry
    // created or changed, for each record's history. `auditClocks` is this laptop's replica id and entry count per
    // assessment: kept apart from the entries so a restore or merge never sets the count back.
    version: 7,
    stores: { audit: 'id, assessmentId, *recordIds', auditClocks: 'assessmentId' },
  },
];
