import { describe, expect, it } from 'vitest';
import { auditTables, recordChanges } from '../../../renderer/db/audit-log';
import type { CsmsDb } from '../../../renderer/db/db';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import type { Author } from '../../../shared/audit/audit';
import { diffRecord } from '../../../shared/audit/diff';
import { newId, nowIso } from '../../../shared/domain/record';
import type { LooseChildRecord } from '../../../shared/domain/tables';
import { sampleInput, testAuthor, testDb } from './test-db';

const colleague: Author = { id: '0b0b0b0b-0000-4000-8000-00000000b0b0', name: 'Li Wei' };

/** Writes a zone as the scope screen does: the record and its changes in the trail, in one transaction. */
async function saveZone(db: CsmsDb, assessmentId: string, zone: LooseChildRecord): Promise<void> {
  await db.transaction('rw', [db.table('zones'), ...auditTables(db)], async () => {
    const before = await db.table('zones').get(zone.id);
    await db.table('zones').put(zone);
    await recordChanges(db, assessmentId, before ? 'edit' : 'create', diffRecord('zones', before, zone));
  });
}

const zonesOf = async (db: CsmsDb, id: string) =>
  (await db.table('zones').where('assessmentId').equals(id).toArray()).map((z) => z.name as string).sort();

/**
 * Ana creates an assessment with one zone on her laptop; Li imports her file on his. Each then works apart: Ana
 * renames the assessment and sets its location, Li renames the zone, adds one and sets another location.
 */
async function workApart() {
  const ana = testDb(testAuthor);
  const anaRepo = assessmentsRepo(ana);
  const a = await anaRepo.create(sampleInput);
  const now = nowIso();
  const control = { id: newId(), assessmentId: a.id, createdAt: now, updatedAt: now, name: 'Control' };
  await saveZone(ana, a.id, control);

  const li = testDb(colleague);
  const liRepo = assessmentsRepo(li);
  await liRepo.importBundle(await anaRepo.readBundle(a.id));

  await anaRepo.rename(a.id, 'Riverside WTW');
  await anaRepo.update(a.id, { ...sampleInput, name: 'Riverside WTW', location: 'Łódź, plant 2' });
  await saveZone(li, a.id, { ...control, name: 'Control room', updatedAt: nowIso() });
  await saveZone(li, a.id, { id: newId(), assessmentId: a.id, createdAt: now, updatedAt: now, name: 'DMZ' });
  await liRepo.update(a.id, { ...sampleInput, location: 'Lodz, Poland' });
  return { ana, anaRepo, li, liRepo, id: a.id, fromLi: await liRepo.readBundle(a.id) };
}

const clockOf = (db: CsmsDb, id: string) => db.table('auditClocks').get(id);

describe('merging a colleague’s file', () => {
  it('plans the merge: what it changes here and the conflicting field, side by side', async () => {
    const { anaRepo, id, fromLi } = await workApart();
    const plan = await anaRepo.planMerge(fromLi);
    expect(plan.assessmentId).toBe(id);
    expect(plan.changes.zones).toEqual({ added: 1, updated: 1, deleted: 0 });
    expect(plan.incomingAuthors).toEqual(['Li Wei']);
    expect(plan.conflicts).toHaveLength(1);
    expect(plan.conflicts[0]).toMatchObject({
      kind: 'field',
      table: 'assessments',
      recordId: id,
      field: 'location',
      local: { value: 'Łódź, plant 2' },
      incoming: { value: 'Lodz, Poland' },
    });
  });

  it('applies it in one transaction: merged records, both trails plus the merge entry, and the clock moved on', async () => {
    const { ana, anaRepo, id, fromLi } = await workApart();
    const before = await anaRepo.readBundle(id);
    const clock = await clockOf(ana, id);
    const plan = await anaRepo.planMerge(fromLi);

    const { assessment, entry } = await anaRepo.applyMerge(fromLi, { [plan.conflicts[0]!.id]: 'incoming' }, 'li-riverside.csms');
    const merged = await anaRepo.readBundle(id);
    expect(assessment).toEqual(merged.assessment);
    expect(merged.assessment).toMatchObject({ name: 'Riverside WTW', location: 'Lodz, Poland' });
    expect(await zonesOf(ana, id)).toEqual(['Control room', 'DMZ']);

    expect(entry).toMatchObject({ action: 'merge', note: 'li-riverside.csms', by: testAuthor, replica: clock.replica, seq: clock.seq + 1 });
    // The merge entry has seen every entry of both trails, so the conflict it settled does not come back.
    for (const e of [...before.audit, ...fromLi.audit]) expect(entry.known[e.replica]).toBeGreaterThanOrEqual(e.seq);
    const union = new Set([...before.audit, ...fromLi.audit].map((e) => e.id));
    expect(new Set(merged.audit.map((e) => e.id))).toEqual(new Set([...union, entry.id]));
    expect((await auditRepo(ana).list(id))[0]).toEqual(entry);

    expect(await clockOf(ana, id)).toEqual({ assessmentId: id, replica: clock.replica, seq: clock.seq + 1, known: entry.known });
    await anaRepo.rename(id, 'Riverside Water Treatment Works');
    expect((await auditRepo(ana).list(id))[0]).toMatchObject({ replica: clock.replica, seq: clock.seq + 2 });
    expect((await anaRepo.planMerge(fromLi)).conflicts).toEqual([]);
  });

  it('drops the undo records of spreadsheet imports: an undo cannot reach back across a merge', async () => {
    const { ana, anaRepo, id, fromLi } = await workApart();
    await ana.table('imports').add({ id: newId(), assessmentId: id, createdAt: nowIso(), updatedAt: nowIso(), addedIds: [], replaced: [] });
    const plan = await anaRepo.planMerge(fromLi);
    await anaRepo.applyMerge(fromLi, { [plan.conflicts[0]!.id]: 'local' }, 'li.csms');
    expect(await ana.table('imports').where('assessmentId').equals(id).count()).toBe(0);
    expect((await anaRepo.get(id))?.location).toBe('Łódź, plant 2');
  });

  it('leaves records, trail and clock exactly as they were when a write fails half-way', async () => {
    const { ana, anaRepo, id, fromLi } = await workApart();
    const before = await anaRepo.readBundle(id);
    const clock = await clockOf(ana, id);
    const plan = await anaRepo.planMerge(fromLi);
    // The trail is written after every record was replaced.
    ana.table('audit').hook('creating', () => {
      throw new Error('injected write failure');
    });

    await expect(anaRepo.applyMerge(fromLi, { [plan.conflicts[0]!.id]: 'incoming' }, 'li.csms')).rejects.toThrow('injected write failure');
    expect(await anaRepo.readBundle(id)).toEqual(before);
    expect(await clockOf(ana, id)).toEqual(clock);
  });

  it('refuses a file of an assessment that is not here, naming it', async () => {
    const { fromLi } = await workApart();
    const elsewhere = assessmentsRepo(testDb());
    const message = '“Riverside Water Treatment Works” is not on this laptop, so there is nothing to merge it into: import the file instead.';
    await expect(elsewhere.planMerge(fromLi)).rejects.toThrow(message);
    await expect(elsewhere.applyMerge(fromLi, {}, 'li.csms')).rejects.toThrow(message);
  });
});
