import type { Transaction } from 'dexie';
import { migrateAssessmentV1toV2, type AssessmentV1 } from '../../shared/migrations/assessment-v2';

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
];
