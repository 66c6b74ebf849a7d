import { z } from 'zod';
import { EVIDENCE_MAX_BYTES } from '../evidence/evidence-file';
import { childRecordSchema } from './record';

/**
 * Every per-assessment table. Later issues give each table its full schema; until then the stored
 * shape is the child-record base plus whatever fields the feature writes (kept, never dropped).
 */
export const CHILD_TABLES = [
  'zones',
  'conduits',
  'assets',
  'answers',
  'evidence',
  'risks',
  'findings',
  'actions',
] as const;
export type ChildTable = (typeof CHILD_TABLES)[number];

export const looseChildRecordSchema = z.looseObject(childRecordSchema.shape);
export type LooseChildRecord = z.infer<typeof looseChildRecordSchema>;

/** Evidence metadata; the bytes travel beside it (IndexedDB field `data`, bundle member `evidence/<id>`). */
export const evidenceMetaSchema = z.looseObject({
  ...childRecordSchema.shape,
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(200),
  size: z.number().int().nonnegative().max(EVIDENCE_MAX_BYTES),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type EvidenceMeta = z.infer<typeof evidenceMetaSchema>;
export type EvidenceRecord = EvidenceMeta & { data: Uint8Array };
