import { z } from 'zod';
import { isPrototypeName } from '../bundle/json-shape';
import { own } from '../domain/own';
import { CHILD_TABLES } from '../domain/tables';

/**
 * The audit trail: every change to an assessment, who made it and when, field by field. It travels in the .csms
 * file and is merged with it, and it is what a merge reads to tell a colleague's later edit from a conflicting one.
 *
 * Causality: each laptop that holds an assessment writes as one *replica* (a random id, new each time the
 * assessment arrives on a laptop) and numbers its entries 1, 2, 3… Each entry carries `known`, how far it had seen
 * every replica's entries when it was made (its own included), so "A's change was known when B changed the same
 * field" is a lookup, without any clock having to agree between laptops.
 */
export const AUDITED_TABLES = ['assessments', ...CHILD_TABLES] as const;
export type AuditedTable = (typeof AUDITED_TABLES)[number];

export const AUDIT_ACTIONS = [
  'create',
  'edit',
  'delete',
  'bulk-edit',
  'import-assets',
  'undo-import',
  'merge',
  'restore',
  'copy',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

const table = z.enum(AUDITED_TABLES);
const recordId = z.string().min(1).max(100);
/** Replica ids and field names are used as keys: never a name every object already has (valueOf, __proto__…). */
const safeKey = (max: number) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((name) => !name.split('.').some(isPrototypeName), 'is a name this format does not allow');
/** What the record was called at the time (asset name, requirement id…), so the log reads without the record. */
const label = z.string().max(300);

export const fieldChangeSchema = z.discriminatedUnion('op', [
  z.object({ op: z.literal('create'), table, recordId, label }),
  /** `field` is a top-level field, or `scope.<field>` / `risk.<field>` inside the assessment record; an absent value (JSON has no undefined) is `old`/`new` left out. */
  z.object({ op: z.literal('update'), table, recordId, label, field: safeKey(200), old: z.unknown().optional(), new: z.unknown().optional() }),
  z.object({ op: z.literal('delete'), table, recordId, label }),
]);
export type FieldChange = z.infer<typeof fieldChangeSchema>;

/** Replicas a trail can name: one per laptop the assessment ever arrived on; a vector naming more is refused at once. */
export const MAX_REPLICAS = 10_000;

/** Replica id → the highest entry number of that replica seen. */
export const versionVectorSchema = z
  .custom<Record<string, unknown>>(
    (v) => typeof v === 'object' && v !== null && Object.keys(v).length <= MAX_REPLICAS,
    `names more than ${MAX_REPLICAS.toLocaleString('en')} replicas`,
  )
  .pipe(z.record(safeKey(100), z.number().int().nonnegative()));
export type VersionVector = z.infer<typeof versionVectorSchema>;

/** The assessor profile of this laptop: who the trail names. */
export const authorSchema = z.object({ id: z.uuid(), name: z.string().trim().max(120) });
export type Author = z.infer<typeof authorSchema>;

export const auditEntrySchema = z.object({
  id: z.uuid(),
  assessmentId: z.uuid(),
  replica: safeKey(100),
  seq: z.number().int().positive(),
  known: versionVectorSchema,
  at: z.iso.datetime(),
  by: authorSchema,
  action: z.enum(AUDIT_ACTIONS),
  /** The imported file's name, the merged file's name, the restored snapshot's time… */
  note: z.string().max(500).optional(),
  /** A bulk edit of a large inventory records a change per asset and field. */
  changes: z.array(fieldChangeSchema).max(5_000_000),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** How far `vector` has seen `replica` (own entries only: a vector is data from a file). */
export const seenOf = (vector: VersionVector, replica: string): number => own(vector, replica) ?? 0;

/** True when the replica that made `later` had already seen `earlier` (so `later` overrides what `earlier` did). */
export function hasSeen(later: Pick<AuditEntry, 'known' | 'id'>, earlier: Pick<AuditEntry, 'replica' | 'seq' | 'id'>): boolean {
  return later.id !== earlier.id && seenOf(later.known, earlier.replica) >= earlier.seq;
}

/** The pointwise maximum: what a replica has seen after taking in both. */
export function joinVectors(a: VersionVector, b: VersionVector): VersionVector {
  const joined: VersionVector = { ...a };
  for (const [replica, seq] of Object.entries(b)) joined[replica] = Math.max(seenOf(joined, replica), seq);
  return joined;
}

/** What a log of entries has seen: the join of their vectors. */
export function vectorOf(entries: readonly Pick<AuditEntry, 'known'>[]): VersionVector {
  return entries.reduce<VersionVector>((v, e) => joinVectors(v, e.known), {});
}

/** Fields that are bookkeeping, not content: never diffed, never in conflict. */
export const META_FIELDS: ReadonlySet<string> = new Set(['id', 'assessmentId', 'createdAt', 'updatedAt']);

const ordinal = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

type Ordered = Pick<AuditEntry, 'at' | 'replica' | 'seq'>;

/**
 * Oldest first, a total order that needs no random id: time, then replica, then the replica's own entry number,
 * so two entries written in the same millisecond on one laptop keep the order they were made in. ISO times
 * compare as plain strings, several times faster than localeCompare.
 */
export const byEntryTime = (a: Ordered, b: Ordered): number => ordinal(a.at, b.at) || ordinal(a.replica, b.replica) || a.seq - b.seq;
