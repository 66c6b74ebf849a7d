import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { QUOTA_MESSAGE, describeFailure, isQuotaError, storageWarnings } from '../../../renderer/db/storage';

const MB = 1024 ** 2;

describe('storage warnings', () => {
  it('warns when the browser may evict the data, and when usage passes 80% of the quota', () => {
    expect(storageWarnings({ persisted: true, usageBytes: 79 * MB, quotaBytes: 100 * MB })).toEqual([]);
    expect(storageWarnings({ persisted: true, usageBytes: null, quotaBytes: null })).toEqual([]);
    expect(storageWarnings({ persisted: false, usageBytes: 1 * MB, quotaBytes: 100 * MB })).toEqual([
      'The browser has not granted persistent storage: it may delete this data under storage pressure. Export your work regularly.',
    ]);
    const [full, ...rest] = storageWarnings({ persisted: false, usageBytes: 80 * MB, quotaBytes: 100 * MB });
    expect(full).toBe('Storage is nearly full: 80 MB of 100 MB used. Export your work to a .csms file, then delete old snapshots or assessments.');
    expect(rest).toHaveLength(1);
  });
});

describe('quota errors', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('are recognised as raised by IndexedDB, as Dexie maps them, and inside an aborted transaction', () => {
    expect(isQuotaError(quota())).toBe(true);
    expect(isQuotaError(new Dexie.QuotaExceededError('full'))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota()))).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', new Error('other')))).toBe(false);
    expect(isQuotaError(new Dexie.ConstraintError('Key already exists'))).toBe(false);
    expect(isQuotaError('QuotaExceededError')).toBe(false);
  });

  it('become a message saying what happened and what to do; other failures keep their own', () => {
    expect(describeFailure(new Dexie.AbortError('Transaction aborted', quota()))).toBe(QUOTA_MESSAGE);
    expect(QUOTA_MESSAGE).toMatch(/not saved.*Export your work to a \.csms file/);
    expect(describeFailure(new Error('The name cannot be empty.'))).toBe('The name cannot be empty.');
  });
});
