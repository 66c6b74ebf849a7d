import { describe, expect, it } from 'vitest';
import { reportOptionsKey } from '../../../renderer/db/repos/settings.repo';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import type { CsmsDb } from '../../../renderer/db/db';
import type { Author } from '../../../shared/audit/audit';
import { content } from '../assets/asset-fixtures';
import { newId } from '../../../shared/domain/record';
import { atTime, sampleInput, testAuthor, testDb } from './test-db';

async function seeded() {
  const db = testDb();
  const repo = assessmentsRepo(db);
  const a = await repo.create(sampleInput);
  const zoneA = { id: newId(), assessmentId: a.id, createdAt: a.createdAt, updatedAt: a.createdAt, name: 'Control' };
  const zoneB = { id: newId(), assessmentId: a.id, createdAt: a.createdAt, updatedAt: a.createdAt, name: 'DMZ' };
  await db.table('zones').bulkAdd([zoneA, zoneB]);
  const conduit = { id: newId(), assessmentId: a.id, createdAt: a.createdAt, updatedAt: a.createdAt, zoneIds: [zoneA.id, zoneB.id] };
  await db.table('conduits').add(conduit);
  const answer = { id: newId(), assessmentId: a.id, createdAt: a.createdAt, updatedAt: a.createdAt, requirementId: 'GOV-01' };
  await db.table('answers').add(answer);
  const data = new Uint8Array([0, 1, 2, 250]);
  await db.evidence.add({
    id: newId(),
    assessmentId: a.id,
    createdAt: a.createdAt,
    updatedAt: a.createdAt,
    answerId: answer.id,
    fileName: 'policy.pdf',
    mimeType: 'application/pdf',
    size: data.byteLength,
    sha256: 'a'.repeat(64),
    data,
  });
  const assets = assetsRepo(db);
  for (const name of ['PLC-01', 'PLC-02', 'HMI-01']) await assets.add(a.id, content(name, { zone: 'Control' }));
  return { db, repo, a, zoneA, zoneB, conduit, answer };
}

describe('assessments repository', () => {
  it('creates a validated assessment with a UUID and timestamps, and lists newest change first', async () => {
    const db = testDb();
    const repo = assessmentsRepo(db);
    const first = await atTime('2026-12-06T08:00:00.000Z', () => repo.create(sampleInput));
    const second = await atTime('2026-12-06T08:00:00.001Z', () => repo.create({ ...sampleInput, name: '  Second site  ' }));
    expect(first.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(second.name).toBe('Second site');
    expect(first.createdAt).toBe(first.updatedAt);
    expect((await repo.list()).map((a) => a.name)).toEqual(['Second site', sampleInput.name]);
    await expect(repo.create({ ...sampleInput, name: ' ' })).rejects.toThrow(/name is required/);
    await expect(repo.create({ ...sampleInput, startDate: '2026-12-01', endDate: '2026-11-01' })).rejects.toThrow(/before the start/);
    expect(await db.assessments.count()).toBe(2);
  });

  it('renames and updates details, refusing empty names and missing assessments', async () => {
    const { repo, a } = await seeded();
    await repo.rename(a.id, '  Riverside WTW  ');
    expect((await repo.get(a.id))?.name).toBe('Riverside WTW');
    await expect(repo.rename(a.id, '   ')).rejects.toThrow(/cannot be empty/);
    await expect(repo.rename(newId(), 'x')).rejects.toThrow(/no longer exists/);
    await repo.update(a.id, { ...sampleInput, edition: '2-1:2010', assessors: ['Li Wei'] });
    expect(await repo.get(a.id)).toMatchObject({ edition: '2-1:2010', assessors: ['Li Wei'] });
  });

  it('duplicates every record with fresh ids and keeps the references between them', async () => {
    const { db, repo, a, zoneA, zoneB, answer } = await seeded();
    const copy = await repo.duplicate(a.id, 'Copy');
    expect(copy.id).not.toBe(a.id);
    const bundle = await repo.readBundle(copy.id);
    expect(bundle.assessment).toMatchObject({ name: 'Copy', organisation: sampleInput.organisation, assessors: sampleInput.assessors });
    expect(bundle.tables.zones.map((z) => z.name).sort()).toEqual(['Control', 'DMZ']);
    const newZoneIds = bundle.tables.zones.map((z) => z.id);
    expect(newZoneIds).not.toContain(zoneA.id);
    expect(newZoneIds).not.toContain(zoneB.id);
    expect(new Set(bundle.tables.conduits[0]?.zoneIds as string[])).toEqual(new Set(newZoneIds));
    const newAnswer = bundle.tables.answers[0]!;
    expect(newAnswer.id).not.toBe(answer.id);
    expect(bundle.evidence[0]?.answerId).toBe(newAnswer.id);
    expect([...bundle.evidence[0]!.data]).toEqual([0, 1, 2, 250]);
    expect(bundle.tables.assets.map((x) => [x.name, x.assessmentId]).sort()).toEqual([['HMI-01', copy.id], ['PLC-01', copy.id], ['PLC-02', copy.id]]);
    expect((await assetsRepo(db).list(a.id)).map((x) => x.name).sort()).toEqual(['HMI-01', 'PLC-01', 'PLC-02']);
    // The source is untouched.
    expect((await repo.readBundle(a.id)).tables.zones.map((z) => z.id).sort()).toEqual([zoneA.id, zoneB.id].sort());
  });

  it('deletes an assessment with all its records and nothing of another assessment', async () => {
    const { db, repo, a } = await seeded();
    const other = await repo.duplicate(a.id, 'Other');
    await db.settings.bulkPut([{ key: reportOptionsKey(a.id), value: { marking: 'A' } }, { key: reportOptionsKey(other.id), value: { marking: 'B' } }]);
    await repo.remove(a.id);
    expect(await repo.get(a.id)).toBeUndefined();
    expect(await db.settings.get(reportOptionsKey(a.id))).toBeUndefined();
    expect(await db.settings.get(reportOptionsKey(other.id))).toEqual({ key: reportOptionsKey(other.id), value: { marking: 'B' } });
    for (const t of ['zones', 'conduits', 'answers', 'evidence', 'assetPages'])
      expect(await db.table(t).where('assessmentId').equals(a.id).count()).toBe(0);
    expect(await repo.counts(other.id)).toMatchObject({ zones: 2, conduits: 1, answers: 1, evidence: 1, assets: 3 });
    expect(await repo.counts(other.id, ['zones', 'assets'])).toEqual({ zones: 2, assets: 3 });
  });

  it('imports a bundle under its own ids, and as a renamed copy when it is already here', async () => {
    const { db, repo, a } = await seeded();
    const bundle = await repo.readBundle(a.id);
    const fresh = assessmentsRepo(testDb());
    const first = await fresh.importBundle(bundle);
    expect(first.asCopy).toBe(false);
    expect(first.assessment.id).toBe(a.id);
    expect(await fresh.readBundle(a.id)).toEqual(bundle);

    const again = await repo.importBundle(bundle);
    expect(again.asCopy).toBe(true);
    expect(again.assessment.name).toBe(`${sampleInput.name} (imported copy)`);
    expect(await db.assessments.count()).toBe(2);
  });

  it('writes nothing when any record of an import fails (one transaction)', async () => {
    const { repo, a } = await seeded();
    const bundle = await repo.readBundle(a.id);
    const target = testDb();
    const targetRepo = assessmentsRepo(target);
    const broken = { ...bundle, tables: { ...bundle.tables, zones: [bundle.tables.zones[0]!, bundle.tables.zones[0]!] } };
    await expect(targetRepo.importBundle(broken)).rejects.toThrow();
    expect(await target.assessments.count()).toBe(0);
    expect(await target.table('conduits').count()).toBe(0);
    expect(await target.evidence.count()).toBe(0);
    expect(await target.table('audit').count()).toBe(0);
    expect(await target.table('auditClocks').count()).toBe(0);
  });
});

const clockOf = (db: CsmsDb, id: string) => db.table('auditClocks').get(id);

describe('assessments repository: audit trail', () => {
  it('records the creation and every changed field of an update or rename, with who, old and new value', async () => {
    const db = testDb();
    const repo = assessmentsRepo(db);
    const trail = auditRepo(db);
    const a = await repo.create(sampleInput);
    await repo.update(a.id, { ...sampleInput, edition: '2-1:2010', assessors: ['Li Wei'] });
    await repo.rename(a.id, 'Riverside WTW');
    // Saving the same details again changes nothing, so it records nothing.
    await repo.update(a.id, { ...sampleInput, name: 'Riverside WTW', edition: '2-1:2010', assessors: ['Li Wei'] });

    const [renamed, updated, created] = await trail.list(a.id);
    expect(await trail.list(a.id)).toHaveLength(3);
    expect(created).toMatchObject({ action: 'create', by: testAuthor, seq: 1 });
    // The creation, then the values it was created with.
    expect(created!.changes[0]).toEqual({ op: 'create', table: 'assessments', recordId: a.id, label: sampleInput.name });
    expect(created!.changes).toContainEqual({ op: 'update', table: 'assessments', recordId: a.id, label: sampleInput.name, field: 'sector', old: undefined, new: 'water' });
    expect(updated).toMatchObject({ action: 'edit', by: testAuthor, seq: 2 });
    // Only the fields that changed: not updatedAt, not the unchanged ones.
    expect(updated!.changes).toHaveLength(2);
    expect(updated!.changes).toEqual(
      expect.arrayContaining([
        { op: 'update', table: 'assessments', recordId: a.id, label: sampleInput.name, field: 'assessors', old: sampleInput.assessors, new: ['Li Wei'] },
        { op: 'update', table: 'assessments', recordId: a.id, label: sampleInput.name, field: 'edition', old: '2-1:2024', new: '2-1:2010' },
      ]),
    );
    expect(renamed).toMatchObject({
      action: 'edit',
      seq: 3,
      changes: [{ op: 'update', table: 'assessments', recordId: a.id, label: 'Riverside WTW', field: 'name', old: sampleInput.name, new: 'Riverside WTW' }],
    });
    // One replica writes them all, each entry knowing the ones before.
    expect(new Set([created, updated, renamed].map((e) => e!.replica)).size).toBe(1);
    expect([created, updated, renamed].map((e) => e!.known)).toEqual([1, 2, 3].map((n) => ({ [created!.replica]: n })));
    expect(await clockOf(db, a.id)).toMatchObject({ replica: created!.replica, seq: 3 });
    expect((await trail.ofRecord(a.id, a.id)).map((e) => e.seq)).toEqual([3, 2, 1]);
  });

  it('changes nothing and records nothing when an edit fails', async () => {
    const db = testDb();
    const repo = assessmentsRepo(db);
    const a = await repo.create(sampleInput);
    db.author = null;
    await expect(repo.rename(a.id, 'Other name')).rejects.toThrow(/profile is not loaded/);
    expect((await repo.get(a.id))?.name).toBe(sampleInput.name);
    expect(await auditRepo(db).list(a.id)).toHaveLength(1);
  });

  it('deletes the trail and the clock with the assessment, and nothing of another’s', async () => {
    const { db, repo, a } = await seeded();
    const other = await repo.create({ ...sampleInput, name: 'Other' });
    await repo.rename(a.id, 'Renamed');
    await repo.remove(a.id);
    expect(await db.table('audit').where('assessmentId').equals(a.id).count()).toBe(0);
    expect(await clockOf(db, a.id)).toBeUndefined();
    expect(await auditRepo(db).list(other.id)).toHaveLength(1);
    expect(await clockOf(db, other.id)).toBeDefined();
  });

  it('keeps the trail through export and import, and the other laptop writes on as a replica of its own', async () => {
    const repo = assessmentsRepo(testDb());
    const a = await repo.create(sampleInput);
    await repo.rename(a.id, 'Riverside WTW');
    const exported = await repo.readBundle(a.id);
    expect(exported.audit.map((e) => [e.action, e.seq])).toEqual([['create', 1], ['edit', 2]]);
    const sourceReplica = exported.audit[0]!.replica;

    const colleague: Author = { id: '0b0b0b0b-0000-4000-8000-00000000b0b0', name: 'Li Wei' };
    const other = testDb(colleague);
    const otherRepo = assessmentsRepo(other);
    await otherRepo.importBundle(exported);
    expect((await otherRepo.readBundle(a.id)).audit).toEqual(exported.audit);
    const clock = await clockOf(other, a.id);
    expect(clock).toMatchObject({ seq: 0, known: { [sourceReplica]: 2 } });
    expect(clock.replica).not.toBe(sourceReplica);

    await otherRepo.rename(a.id, 'Riverside Water Treatment Works (east)');
    const [latest] = await auditRepo(other).list(a.id);
    expect(latest).toMatchObject({ by: colleague, replica: clock.replica, seq: 1, known: { [sourceReplica]: 2, [clock.replica]: 1 } });
  });

  it('starts a copy’s trail afresh with one copy entry naming the source, for a duplicate and an imported copy', async () => {
    const { db, repo, a } = await seeded();
    await repo.rename(a.id, 'Riverside WTW');
    const sourceTrail = await auditRepo(db).list(a.id);

    const copy = await repo.duplicate(a.id, 'Riverside (copy)');
    const imported = (await repo.importBundle(await repo.readBundle(a.id))).assessment;
    for (const [made, name] of [[copy, 'Riverside (copy)'], [imported, 'Riverside WTW (imported copy)']] as const) {
      const trail = await auditRepo(db).list(made.id);
      expect(trail).toHaveLength(1);
      expect(trail[0]).toMatchObject({
        assessmentId: made.id,
        action: 'copy',
        by: testAuthor,
        seq: 1,
        note: 'Copy of “Riverside WTW”',
      });
      expect(trail[0]!.changes[0]).toEqual({ op: 'create', table: 'assessments', recordId: made.id, label: name });
      expect(trail[0]!.changes).toContainEqual({ op: 'update', table: 'assessments', recordId: made.id, label: name, field: 'name', old: undefined, new: name });
      expect(trail[0]!.replica).not.toBe(sourceTrail[0]!.replica);
    }
    expect(await auditRepo(db).list(a.id)).toEqual(sourceTrail);
  });

  it('tells whether an assessment is here', async () => {
    const { repo, a } = await seeded();
    expect(await repo.exists(a.id)).toBe(true);
    expect(await repo.exists(newId())).toBe(false);
  });
});
