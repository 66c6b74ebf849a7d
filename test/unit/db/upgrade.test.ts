import Dexie from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CsmsDb } from '../../../renderer/db/db';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { assessmentSchema } from '../../../shared/domain/assessment';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { snapshotsRepo } from '../../../renderer/db/repos/snapshots.repo';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import { changePages } from '../../../renderer/db/asset-pages';
import { RECORD_TABLES, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { demoBundle } from '../../../shared/demo/bundle';
import type { Asset } from '../../../shared/assets/asset';

describe('database upgrade from v1', () => {
  it('keeps every v1 record and migrates it to the v2 shape', async () => {
    const name = `csms-upgrade-${process.pid}`;
    const v1 = SCHEMA_VERSIONS[0]!;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    old.version(v1.version).stores(v1.stores);
    await old.table('assessments').bulkAdd([
      {
        id: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
        name: 'Old plant',
        organisation: 'Acme',
        location: 'Lyon',
        sector: 'chemical',
        assessor: 'Ana Ruiz, Li Wei',
        startDate: '2025-03-01',
        endDate: '',
        createdAt: '2025-03-01T08:00:00.000Z',
        updatedAt: '2025-03-02T08:00:00.000Z',
      },
      { id: '0b1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6c', name: 'Sparse', createdAt: '2025-01-01T00:00:00.000Z', updatedAt: '2025-01-01T00:00:00.000Z' },
    ]);
    await old.table('settings').put({ key: 'lastOpenAssessmentId', value: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b' });
    old.close();

    const db = new CsmsDb(name, indexedDB, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);

    const migrated = await db.assessments.get('7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b');
    expect(migrated).toMatchObject({
      name: 'Old plant',
      organisation: 'Acme',
      location: 'Lyon',
      sector: 'chemical',
      assessors: ['Ana Ruiz', 'Li Wei'],
      edition: '2-1:2010',
      startDate: '2025-03-01',
      updatedAt: '2025-03-02T08:00:00.000Z',
    });
    expect(migrated).not.toHaveProperty('assessor');
    // Both records, sparse or not, are valid v2 assessments after the upgrade.
    for (const a of await db.assessments.toArray()) expect(assessmentSchema.safeParse(a).success).toBe(true);
    expect(await db.settings.get('lastOpenAssessmentId')).toEqual({
      key: 'lastOpenAssessmentId',
      value: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b',
    });
    // The v2 tables exist and take records.
    await db.table('zones').add({ id: 'z', assessmentId: '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b' });
    expect(await db.table('zones').where('assessmentId').equals('7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b').count()).toBe(1);
    db.close();
  });
});

describe('database upgrade from v3', () => {
  it('moves one-record-per-asset into pages, every asset kept as it was', async () => {
    const name = `csms-upgrade-v3-${process.pid}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 3)) old.version(v.version).stores(v.stores);
    const a1 = '7f1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6b';
    const a2 = '0b1c2a9e-3b4d-4e5f-8a6b-1c2d3e4f5a6c';
    const asset = (id: string, assessmentId: string, name: string) => ({ id, assessmentId, name, zone: 'Cell 1', createdAt: '2026-01-01T00:00:00.000Z' });
    const assets = [
      asset('ab000000-0000-4000-8000-000000000001', a1, 'PLC-01'),
      asset('ab000000-0000-4000-8000-000000000002', a1, 'PLC-02'),
      asset('cd000000-0000-4000-8000-000000000003', a1, 'HMI-01'),
      asset('ab000000-0000-4000-8000-000000000004', a2, 'Other site'),
    ];
    await old.table('assets').bulkAdd(assets);
    old.close();

    const db = new CsmsDb(name, indexedDB, IDBKeyRange);
    await db.open();
    expect(db.tables.map((t) => t.name)).not.toContain('assets');
    const repo = assetsRepo(db);
    expect((await repo.list(a1)).sort((x, y) => x.name.localeCompare(y.name))).toEqual([assets[2], assets[0], assets[1]]);
    expect(await repo.list(a2)).toEqual([assets[3]]);
    expect((await db.table('assetPages').toArray()).map((p) => p.id).sort()).toEqual([`${a2}/ab`, `${a1}/ab`, `${a1}/cd`].sort());
    db.close();
  });
});

/** The bundle with every table in id order: the database reads records by key, the sample lists them as written. */
function sortedById(bundle: AssessmentBundle): AssessmentBundle {
  const byId = <T extends { id: string }>(rows: readonly T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
  const tables = Object.fromEntries(RECORD_TABLES.map((t) => [t, byId(bundle.tables[t])])) as AssessmentBundle['tables'];
  return { ...bundle, tables, evidence: byId(bundle.evidence) };
}

describe('database upgrade from v5', () => {
  it('keeps a whole assessment as it was and adds the snapshot tables, which take snapshots', async () => {
    const name = `csms-upgrade-v5-${process.pid}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 5)) old.version(v.version).stores(v.stores);
    const bundle = { ...demoBundle(), audit: [] }; // stored before the trail existed
    await old.table('assessments').add(bundle.assessment);
    for (const t of RECORD_TABLES.filter((t) => t !== 'assets')) await old.table(t).bulkAdd(bundle.tables[t]);
    await old.table('assetPages').bulkAdd(changePages([], bundle.tables.assets as Asset[]).write);
    await old.table('settings').put({ key: 'lastOpenAssessmentId', value: bundle.assessment.id });
    old.close();

    const db = new CsmsDb(name, indexedDB, IDBKeyRange);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
    expect(sortedById(await assessmentsRepo(db).readBundle(bundle.assessment.id))).toEqual(sortedById(bundle));
    expect(await db.settings.get('lastOpenAssessmentId')).toEqual({ key: 'lastOpenAssessmentId', value: bundle.assessment.id });
    const snapshots = snapshotsRepo(db, { appVersion: '0.1.0-test' });
    const snapshot = await snapshots.take(bundle.assessment.id, 'manual');
    expect(await snapshots.list(bundle.assessment.id)).toEqual([snapshot]);
    db.close();
  });
});

describe('database upgrade from v6', () => {
  it('keeps every assessment and snapshot as they were and adds the audit tables, which take entries', async () => {
    const name = `csms-upgrade-v6-${process.pid}`;
    const old = new Dexie(name, { indexedDB, IDBKeyRange });
    for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 6)) old.version(v.version).stores(v.stores);
    const bundle = { ...demoBundle(), audit: [] }; // stored before the trail existed
    const id = bundle.assessment.id;
    await old.table('assessments').add(bundle.assessment);
    for (const t of RECORD_TABLES.filter((t) => t !== 'assets')) await old.table(t).bulkAdd(bundle.tables[t]);
    await old.table('assetPages').bulkAdd(changePages([], bundle.tables.assets as Asset[]).write);
    const snapshot = { id: 'd2000000-0000-4000-8000-000000000001', assessmentId: id, createdAt: '2026-11-23T09:00:00.000Z', reason: 'manual', size: 3, counts: { zones: 6 } };
    await old.table('snapshots').add(snapshot);
    await old.table('snapshotData').add({ id: snapshot.id, bytes: new Uint8Array([1, 2, 3]) });
    old.close();

    const db = new CsmsDb(name, indexedDB, IDBKeyRange);
    db.author = { id: '0a0a0a0a-0000-4000-8000-00000000a0a0', name: 'Ana Ruiz' };
    await db.open();
    expect(db.verno).toBe(7);
    const repo = assessmentsRepo(db);
    expect(sortedById(await repo.readBundle(id))).toEqual(sortedById(bundle));
    expect(await snapshotsRepo(db, { appVersion: '0.1.0-test' }).list(id)).toEqual([snapshot]);
    expect(await db.table('snapshotData').get(snapshot.id)).toEqual({ id: snapshot.id, bytes: new Uint8Array([1, 2, 3]) });

    // An assessment from before the trail gets one from its next change on.
    await repo.rename(id, 'Riverside WTW');
    const [entry] = await auditRepo(db).list(id);
    expect(entry).toMatchObject({ action: 'edit', seq: 1, changes: [{ field: 'name', old: bundle.assessment.name, new: 'Riverside WTW' }] });
    expect(await db.table('auditClocks').get(id)).toMatchObject({ replica: entry!.replica, seq: 1 });
    db.close();
  });
});
