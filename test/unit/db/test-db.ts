import type { DBCore } from 'dexie';
import { vi } from 'vitest';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { CsmsDb } from '../../../renderer/db/db';
import type { Author } from '../../../shared/audit/audit';
import type { AssessmentInput } from '../../../shared/domain/assessment';

let counter = 0;

/** A fresh database over fake-indexeddb, unique per call so tests never share state. */
export function testDb(author: Author = testAuthor): CsmsDb {
  const db = new CsmsDb(`csms-test-${process.pid}-${++counter}`, indexedDB, IDBKeyRange);
  db.author = author;
  return db;
}

/** The assessor profile test databases write as. */
export const testAuthor: Author = { id: '0a0a0a0a-0000-4000-8000-00000000a0a0', name: 'Ana Ruiz' };

export const sampleInput: AssessmentInput = {
  name: 'Riverside Water Treatment Works',
  organisation: 'Riverside Water Ltd',
  location: 'Łódź, Poland',
  sector: 'water',
  assessors: ['Ana Ruiz', 'Jürgen Weiß'],
  startDate: '2026-11-20',
  endDate: '2026-11-24',
  edition: '2-1:2024',
};

/**
 * Makes writes to `failing.table` fail with `error()` while `failing.on` is set, to show a change is all or
 * nothing. Decided per write: Dexie keeps the table it gets here, so the switch must be read inside mutate.
 */
export function failWrites(db: CsmsDb, failing: { on: boolean; table: string }, error: () => Error = () => new Error('The disk is full')): void {
  db.use({
    stack: 'dbcore',
    name: `fail-writes-${failing.table}`,
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        return { ...table, mutate: (req) => (failing.on && name === failing.table ? Promise.reject(error()) : table.mutate(req)) };
      },
    }),
  });
}

/** Runs `work` with the clock reading `iso` (Date only; timers stay real), so its records get that time without waiting. */
export async function atTime<T>(iso: string, work: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(iso));
  try {
    return await work();
  } finally {
    vi.useRealTimers();
  }
}
