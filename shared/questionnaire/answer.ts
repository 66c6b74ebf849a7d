import { z } from 'zod';
import type { MaturityLevel } from '../catalogue/types';
import { childRecordSchema } from '../domain/record';

export const ANSWER_STATUSES = ['not-assessed', 'not-implemented', 'partial', 'implemented', 'not-applicable'] as const;
export type AnswerStatus = (typeof ANSWER_STATUSES)[number];
export const STATUS_LABELS: Record<AnswerStatus, string> = {
  'not-assessed': 'Not assessed',
  'not-implemented': 'Not implemented',
  partial: 'Partially implemented',
  implemented: 'Implemented',
  'not-applicable': 'Not applicable',
};

export const MATURITY_LEVELS = [1, 2, 3, 4] as const satisfies readonly MaturityLevel[];
export const MATURITY_LABELS: Record<MaturityLevel, string> = {
  1: 'Initial',
  2: 'Managed',
  3: 'Defined',
  4: 'Improving',
};
export const maturityLevelSchema = z.literal(MATURITY_LEVELS);

export const ANSWER_RECORD_KINDS = ['interview', 'observation'] as const;
export type AnswerRecordKind = (typeof ANSWER_RECORD_KINDS)[number];

const text = (max: number) => z.string().trim().max(max);

/** One interview statement or site observation backing an answer. */
export const answerRecordSchema = z.object({
  id: z.string().min(1),
  kind: z.enum(ANSWER_RECORD_KINDS),
  text: text(20000).min(1, 'Write what was said or seen'),
  who: text(200),
  on: z.iso.date(),
});
export type AnswerRecord = z.infer<typeof answerRecordSchema>;

const answerFields = z.object({
  requirementId: z.string().min(1),
  status: z.enum(ANSWER_STATUSES),
  /** Only meaningful while the status is not-applicable; kept otherwise so a mis-click does not lose the text. */
  naReason: text(5000),
  achieved: maturityLevelSchema.nullable(),
  target: maturityLevelSchema.nullable(),
  notes: text(20000),
  records: z.array(answerRecordSchema).max(500),
  evidenceIds: z.array(z.string().min(1)).max(1000),
  answeredBy: text(200),
  answeredAt: z.iso.datetime().nullable(),
});

const NA_REASON = { message: 'Explain why this requirement does not apply', path: ['naReason'] };
const naNeedsReason = (a: { status: AnswerStatus; naReason: string }) =>
  a.status !== 'not-applicable' || a.naReason.length > 0;

export const answerInputSchema = answerFields.refine(naNeedsReason, NA_REASON);
export type AnswerInput = z.infer<typeof answerInputSchema>;

export const answerSchema = childRecordSchema.extend(answerFields.shape).refine(naNeedsReason, NA_REASON);
export type Answer = z.infer<typeof answerSchema>;

export function emptyAnswer(requirementId: string): AnswerInput {
  return {
    requirementId,
    status: 'not-assessed',
    naReason: '',
    achieved: null,
    target: null,
    notes: '',
    records: [],
    evidenceIds: [],
    answeredBy: '',
    answeredAt: null,
  };
}

type Editable = Omit<AnswerInput, 'requirementId' | 'answeredBy' | 'answeredAt'>;

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * The fields to write for an edit: only the changed ones plus who answered and when, or null when the edit
 * changes nothing (so typing the same value does not bump the timestamp or dirty the record).
 */
export function answerPatch(
  current: AnswerInput,
  change: Partial<Editable>,
  stamp: { by: string; at: string },
): Partial<AnswerInput> | null {
  const patch: Partial<AnswerInput> = {};
  for (const key of Object.keys(change) as (keyof Editable)[]) {
    const value = change[key];
    if (value !== undefined && !same(value, current[key])) Object.assign(patch, { [key]: value });
  }
  if (!Object.keys(patch).length) return null;
  return { ...patch, answeredBy: stamp.by, answeredAt: stamp.at };
}
