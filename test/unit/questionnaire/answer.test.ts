import { describe, expect, it } from 'vitest';
import { answerInputSchema, answerPatch, answerSchema, emptyAnswer } from '../../../shared/questionnaire/answer';

const base = {
  id: '6a1f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
  assessmentId: '0b7f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('answer schema', () => {
  it('accepts an empty answer and a full stored one', () => {
    expect(answerInputSchema.safeParse(emptyAnswer('GOV-01')).success).toBe(true);
    const stored = {
      ...base,
      ...emptyAnswer('GOV-01'),
      status: 'partial',
      achieved: 2,
      target: 3,
      records: [{ id: 'r1', kind: 'interview', text: 'Policy exists as a draft', who: 'Plant manager', on: '2025-03-02' }],
      evidenceIds: ['e1'],
      answeredBy: 'Ana',
      answeredAt: '2025-03-02T10:00:00.000Z',
    };
    expect(answerSchema.parse(stored).achieved).toBe(2);
  });

  it('rejects not-applicable without a reason, on the naReason field', () => {
    const result = answerInputSchema.safeParse({ ...emptyAnswer('GOV-01'), status: 'not-applicable', naReason: '   ' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['naReason']);
    expect(result.error?.issues[0]?.message).toBe('Explain why this requirement does not apply');
    const stored = answerSchema.safeParse({ ...base, ...emptyAnswer('GOV-01'), status: 'not-applicable' });
    expect(stored.success).toBe(false);
    expect(answerInputSchema.safeParse({ ...emptyAnswer('GOV-01'), status: 'not-applicable', naReason: 'No remote access' }).success).toBe(true);
  });

  it('rejects maturity levels outside 1–4 and records without a date', () => {
    expect(answerInputSchema.safeParse({ ...emptyAnswer('X'), achieved: 0 }).success).toBe(false);
    expect(answerInputSchema.safeParse({ ...emptyAnswer('X'), target: 5 }).success).toBe(false);
    const record = { id: 'r', kind: 'observation', text: 'Seen', who: '', on: '' };
    expect(answerInputSchema.safeParse({ ...emptyAnswer('X'), records: [record] }).success).toBe(false);
  });
});

describe('answerPatch', () => {
  const stamp = { by: 'Ana', at: '2025-03-02T10:00:00.000Z' };

  it('returns only changed fields plus the stamp', () => {
    const current = { ...emptyAnswer('X'), notes: 'n' };
    expect(answerPatch(current, { status: 'implemented', notes: 'n' }, stamp)).toEqual({
      status: 'implemented',
      answeredBy: 'Ana',
      answeredAt: stamp.at,
    });
  });

  it('returns null when nothing changes, comparing arrays by content', () => {
    const current = { ...emptyAnswer('X'), evidenceIds: ['a'] };
    expect(answerPatch(current, { evidenceIds: ['a'], achieved: null }, stamp)).toBeNull();
    expect(answerPatch(current, { evidenceIds: ['a', 'b'] }, stamp)?.evidenceIds).toEqual(['a', 'b']);
  });
});
