import { z } from 'zod';
import { auditEntrySchema } from '../audit/audit';
import { EVIDENCE_MAX_BYTES } from '../evidence/evidence-file';
import { assessmentSchema } from '../domain/assessment';
import { CHILD_TABLES, evidenceMetaSchema, looseChildRecordSchema, type ChildTable } from '../domain/tables';
import { shapeProblem, type ShapeProblem } from './json-shape';

/** Tables written as JSON arrays; evidence is split into metadata JSON plus one binary member per file. */
export const RECORD_TABLES = CHILD_TABLES.filter((t): t is Exclude<ChildTable, 'evidence'> => t !== 'evidence');
export type RecordTable = (typeof RECORD_TABLES)[number];

const bytesSchema = z.custom<Uint8Array>((v) => v instanceof Uint8Array, 'expected the file bytes');

export const evidenceWithDataSchema = evidenceMetaSchema.extend({
  data: bytesSchema.refine((bytes) => bytes.byteLength <= EVIDENCE_MAX_BYTES, 'is larger than an evidence file may be'),
});

/**
 * Upper bounds on what one assessment holds, far above real ones (a 100,000-asset plant is large), so a request or
 * a file cannot make a handler work through millions of records for nothing.
 */
export const BUNDLE_LIMITS = { recordsPerTable: 1_048_576, evidenceFiles: 10_000, auditEntries: 2_000_000 };

/** One assessment with everything that belongs to it: what the app exports, imports and (later) merges. */
export const assessmentBundleSchema = z
  .object({
    assessment: assessmentSchema,
    tables: z.object(
      Object.fromEntries(RECORD_TABLES.map((t) => [t, z.array(looseChildRecordSchema).max(BUNDLE_LIMITS.recordsPerTable)])) as Record<
        RecordTable,
        z.ZodArray<typeof looseChildRecordSchema>
      >,
    ),
    evidence: z.array(evidenceWithDataSchema).max(BUNDLE_LIMITS.evidenceFiles),
    /** The audit trail (shared/audit/audit.ts); files of format 1 have none. */
    audit: z.array(auditEntrySchema).max(BUNDLE_LIMITS.auditEntries),
  })
  .superRefine((b, ctx) => {
    const id = b.assessment.id;
    for (const t of RECORD_TABLES) {
      b.tables[t].forEach((r, i) => {
        if (r.assessmentId !== id)
          ctx.addIssue({ code: 'custom', path: ['tables', t, i, 'assessmentId'], message: 'belongs to another assessment' });
      });
    }
    b.evidence.forEach((e, i) => {
      if (e.assessmentId !== id)
        ctx.addIssue({ code: 'custom', path: ['evidence', i, 'assessmentId'], message: 'belongs to another assessment' });
      if (e.data.byteLength !== e.size)
        ctx.addIssue({ code: 'custom', path: ['evidence', i, 'size'], message: 'does not match the length of the file' });
    });
    b.audit.forEach((e, i) => {
      if (e.assessmentId !== id)
        ctx.addIssue({ code: 'custom', path: ['audit', i, 'assessmentId'], message: 'belongs to another assessment' });
    });
    const problem = foreignReplica(b.audit) ?? firstShapeProblem(b);
    if (problem) ctx.addIssue({ code: 'custom', ...problem });
  });

/** The first record, in file order, whose data breaks the shape limits (json-shape.ts). */
function firstShapeProblem(b: {
  assessment: unknown;
  tables: Record<RecordTable, unknown[]>;
  evidence: unknown[];
  audit: readonly { known: unknown; changes: readonly unknown[] }[];
}): ShapeProblem | null {
  const inTable = (records: readonly unknown[], path: (string | number)[]) => {
    for (let i = 0; i < records.length; i++) {
      const problem = shapeProblem(records[i], [...path, i]);
      if (problem) return problem;
    }
    return null;
  };
  // A trail entry grows with what it records (a bulk edit of 100,000 assets is one entry): each change is bounded
  // as a record is, and its vector by the replica rules.
  const inTrail = () => {
    for (let i = 0; i < b.audit.length; i++) {
      const { known: _known, changes, ...entry } = b.audit[i]!;
      const problem = shapeProblem(entry, ['audit', i]) ?? inTable(changes, ['audit', i, 'changes']);
      if (problem) return problem;
    }
    return null;
  };
  return (
    shapeProblem(b.assessment, ['assessment']) ??
    RECORD_TABLES.reduce<ShapeProblem | null>((found, t) => found ?? inTable(b.tables[t], ['tables', t]), null) ??
    inTable(b.evidence, ['evidence']) ??
    inTrail()
  );
}

/**
 * A version vector names only replicas that made entries in the trail: it says how far each was seen, and a
 * replica with no entries was never seen. This bounds every vector by the trail itself (a crafted file's
 * 100,000-key vectors on 2,000 entries slowed a merge to minutes).
 */
function foreignReplica(audit: readonly { replica: string; known: Record<string, number> }[]): ShapeProblem | null {
  const replicas = new Set(audit.map((e) => e.replica));
  for (let i = 0; i < audit.length; i++)
    for (const replica of Object.keys(audit[i]!.known))
      if (!replicas.has(replica))
        return { path: ['audit', i, 'known', replica], message: 'names a replica that made no entry in the trail' };
  return null;
}
export type AssessmentBundle = z.infer<typeof assessmentBundleSchema>;

export function emptyTables(): Record<RecordTable, z.infer<typeof looseChildRecordSchema>[]> {
  return Object.fromEntries(RECORD_TABLES.map((t) => [t, []])) as unknown as Record<
    RecordTable,
    z.infer<typeof looseChildRecordSchema>[]
  >;
}
