import { describe, expect, it } from 'vitest';
import {
  adoptEntries,
  auditOfRecord,
  auditTables,
  deleteAuditOf,
  nextStamp,
  readAudit,
  recordChanges,
} from '../../../renderer/db/audit-log';
import type { CsmsDb } from '../../../renderer/db/db';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import type { AuditEntry, Author, FieldChange } from '../../../shared/audit/audit';
import { newId } from '../../../shared/domain/record';
import { testAuthor, testDb } from './test-db';

const A = '1a000000-0000-4000-8000-000000000001';
const B = '1b000000-0000-4000-8000-000000000002';
const zone = (recordId: string, field: string, old: unknown, now: unknown): FieldChange => ({
  op: 'update',
  table: 'zones',
  recordId,
  label: 'Control',
  field,
  old,
  new: now,
});
const created = (recordId: string): FieldChange => ({ op: 'create', table: 'zones', recordId, label: 'Control' });
const deleted = (recordId: string): FieldChange => ({ op: 'delete', table: 'zones', recordId, label: 'Control' });

const record = (db: CsmsDb, assessmentId: string, changes: FieldChange[], action: AuditEntry['action'] = 'edit', note?: string) =>
  db.transaction('rw', auditTables(db), () => recordChanges(db, assessmentId, action, changes, note));

const clockOf = (db: CsmsDb, assessmentId: string) => db.table('auditClocks').get(assessmentId);

/** An entry as another laptop (replica `replica`) would have written it. */
function foreign(replica: string, seq: number, known: Record<string, number>, at: string, changes: FieldChange[], by: Author): AuditEntry {
  return { id: newId(), assessmentId: A, replica, seq, known, at, by, action: 'edit', changes };
}
const colleague: Author = { id: '0b0b0b0b-0000-4000-8000-00000000b0b0', name: 'Li Wei' };

describe('audit log', () => {
  it('records who changed what field from what to what, numbering the laptop’s entries and advancing what it has seen', async () => {
    const db = testDb();
    const first = (await record(db, A, [created('z1')], 'create'))!;
    const second = (await record(db, A, [zone('z1', 'name', 'Control', 'Cell 1')], 'edit', 'inline edit'))!;
    expect(first).toMatchObject({ assessmentId: A, seq: 1, by: testAuthor, action: 'create', changes: [created('z1')] });
    expect(second).toMatchObject({ replica: first.replica, seq: 2, note: 'inline edit', changes: [zone('z1', 'name', 'Control', 'Cell 1')] });
    expect(first.known).toEqual({ [first.replica]: 1 });
    expect(second.known).toEqual({ [first.replica]: 2 });
    expect(await clockOf(db, A)).toEqual({ assessmentId: A, replica: first.replica, seq: 2, known: { [first.replica]: 2 } });
    expect(Date.parse(second.at)).toBeGreaterThanOrEqual(Date.parse(first.at));

    // Another assessment is another replica with its own count; nothing is recorded for no changes.
    const other = (await record(db, B, [created('z9')], 'create'))!;
    expect(other.replica).not.toBe(first.replica);
    expect(other.seq).toBe(1);
    expect(await record(db, A, [])).toBeNull();
    expect(await readAudit(db, A)).toEqual([first, second]);
  });

  it('refuses to record without a profile, and the change fails with it', async () => {
    const db = testDb();
    db.author = null;
    await expect(record(db, A, [created('z1')])).rejects.toThrow('The assessor profile is not loaded yet; nothing was changed.');
    expect(await db.table('audit').count()).toBe(0);
  });

  it('lists the trail and each record’s history newest first; a record’s history leaves out other records and assessments', async () => {
    const db = testDb();
    const made = (await record(db, A, [created('z1'), created('z2')], 'create'))!;
    const renamed = (await record(db, A, [zone('z1', 'name', 'Control', 'Cell 1')]))!;
    const other = (await record(db, A, [zone('z2', 'name', 'DMZ', 'Office')]))!;
    const gone = (await record(db, A, [deleted('z1')], 'delete'))!;
    await record(db, B, [created('z1')], 'create');
    const repo = auditRepo(db);
    expect((await repo.list(A)).map((e) => e.id)).toEqual([gone, other, renamed, made].map((e) => e.id));
    // Deletions are in the log, not in the record's history (the record is gone).
    expect((await repo.ofRecord(A, 'z1')).map((e) => e.id)).toEqual([renamed.id, made.id]);
    expect(await auditOfRecord(db, A, 'z2')).toEqual([made, other]);
  });

  it('adopts entries from a file once, joins what they saw into the clock and writes on as a replica of its own', async () => {
    const db = testDb();
    const e1 = foreign('r-laptop-1', 1, { 'r-laptop-1': 1 }, '2026-11-20T10:00:00.000Z', [created('z1')], colleague);
    const e2 = foreign('r-laptop-2', 1, { 'r-laptop-1': 1, 'r-laptop-2': 1 }, '2026-11-21T10:00:00.000Z', [zone('z1', 'name', 'A', 'B')], colleague);
    await db.transaction('rw', auditTables(db), () => adoptEntries(db, A, [e1, e2]));
    await db.transaction('rw', auditTables(db), () => adoptEntries(db, A, [e2]));
    expect(await readAudit(db, A)).toEqual([e1, e2]);

    const clock = await clockOf(db, A);
    expect(clock).toMatchObject({ seq: 0, known: { 'r-laptop-1': 1, 'r-laptop-2': 1 } });
    expect(['r-laptop-1', 'r-laptop-2']).not.toContain(clock.replica);
    const mine = (await record(db, A, [zone('z1', 'name', 'B', 'C')]))!;
    expect(mine).toMatchObject({ replica: clock.replica, seq: 1, known: { 'r-laptop-1': 1, 'r-laptop-2': 1, [clock.replica]: 1 } });
  });

  it('stamps an entry made elsewhere as the laptop’s next one, and adopting it moves the count past it', async () => {
    const db = testDb();
    const own = (await record(db, A, [created('z1')], 'create'))!;
    const stamp = await db.transaction('rw', auditTables(db), () => nextStamp(db, A));
    expect(stamp).toMatchObject({ replica: own.replica, seq: 2, by: testAuthor });
    // Asking again without writing gives the same number: the stamp reserves nothing.
    expect(await db.transaction('rw', auditTables(db), () => nextStamp(db, A))).toMatchObject({ seq: 2 });
    const merge = { ...foreign(stamp.replica, stamp.seq, { [stamp.replica]: 2, 'r-other': 4 }, stamp.at, [], stamp.by), action: 'merge' as const };
    await db.transaction('rw', auditTables(db), () => adoptEntries(db, A, [merge]));
    expect(await clockOf(db, A)).toMatchObject({ replica: own.replica, seq: 2, known: { [own.replica]: 2, 'r-other': 4 } });
    expect(await record(db, A, [zone('z1', 'name', 'A', 'B')])).toMatchObject({ seq: 3, known: { [own.replica]: 3, 'r-other': 4 } });
  });

  it('keeps the replica a stamp started when the assessment had no clock yet', async () => {
    const db = testDb();
    const stamp = await db.transaction('rw', auditTables(db), async () => {
      const s = await nextStamp(db, A);
      await adoptEntries(db, A, [{ ...foreign(s.replica, s.seq, { [s.replica]: s.seq }, s.at, [], s.by), action: 'merge' }]);
      return s;
    });
    expect(stamp.seq).toBe(1);
    expect(await clockOf(db, A)).toMatchObject({ replica: stamp.replica, seq: 1 });
  });

  it('refuses a stamp without a profile', async () => {
    const db = testDb();
    db.author = null;
    await expect(db.transaction('rw', auditTables(db), () => nextStamp(db, A))).rejects.toThrow(/profile is not loaded/);
  });

  it('deletes one assessment’s trail and clock, nothing of another', async () => {
    const db = testDb();
    await record(db, A, [created('z1')], 'create');
    const kept = (await record(db, B, [created('z2')], 'create'))!;
    await db.transaction('rw', auditTables(db), () => deleteAuditOf(db, A));
    expect(await readAudit(db, A)).toEqual([]);
    expect(await clockOf(db, A)).toBeUndefined();
    expect(await readAudit(db, B)).toEqual([kept]);
    expect(await clockOf(db, B)).toBeDefined();
  });
});
