import type { AuditEntry } from '../../../shared/audit/audit';
import { auditOfRecord, readAudit } from '../audit-log';
import type { CsmsDb } from '../db';

const newestFirst = (entries: AuditEntry[]): AuditEntry[] => entries.reverse();

/** Reading an assessment's audit trail, as the history screens show it: newest first. */
export function auditRepo(db: CsmsDb) {
  return {
    list: async (assessmentId: string): Promise<AuditEntry[]> => newestFirst(await readAudit(db, assessmentId)),
    /** The entries that created or changed one record (any table). */
    ofRecord: async (assessmentId: string, recordId: string): Promise<AuditEntry[]> =>
      newestFirst(await auditOfRecord(db, assessmentId, recordId)),
  };
}

export type AuditRepo = ReturnType<typeof auditRepo>;
