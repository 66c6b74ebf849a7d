import type { AuditedTable } from '../audit/audit';
import { RECORD_TABLES, type AssessmentBundle } from '../bundle/bundle';

type Loose = Record<string, unknown>;

/** Every audited table's records, the assessment itself as table 'assessments'. */
export function auditedRecords(bundle: AssessmentBundle): [AuditedTable, readonly Loose[]][] {
  return [
    ['assessments', [bundle.assessment]],
    ...RECORD_TABLES.map((t): [AuditedTable, readonly Loose[]] => [t, bundle.tables[t]]),
    ['evidence', bundle.evidence],
  ];
}
