import { describe, expect, it } from 'vitest';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { SNAPSHOTS_KEPT, snapshotsRepo, snapshotsToPrune, type Snapshot } from '../../../renderer/db/repos/snapshots.repo';
import { isQuotaError } from '../../../renderer/db/storage';
import { inWorker } from '../../../renderer/db/snapshot-jobs';
import type { AuditEntry, FieldChange } from '../../../shared/audit/audit';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import type { CsmsDb } from '../../../renderer/db/db';
import { decodeBundle } from '../../../shared/bundle/decode';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { demoBundle } from '../../../shared/demo/bundle';
import { newId } from '../../../shared/domain/record';
import { fillStorage } from './snapshots-fixtures';
import { testAuthor, testDb } from './test-db';

/** A clock that moves one second per reading, so every snapshot has its own time. */
function steppingClock() {
  let t = Date.parse('2026-11-23T09:00:00.000Z');
  return () => new Date((t += 1000)).toISOString();
}

/** The sample assessment plus one evidence file, so the bytes of evidence travel through snapshots too. */
async function sample(db: CsmsDb = testDb()) {
  const assessments = assessmentsRepo(db);
  const { assessment } = await assessments.importBundle(demoBundle());
  const answer = (await db.table('answers').where('assessmentId').equals(assessment.id).first())!;
  const data = new TextEncoder().encode('Backup policy, signed by the plant manager.');
  await db.evidence.add({
    id: newId(),
    assessmentId: assessment.id,
    createdAt: answer.createdAt,
    updatedAt: answer.createdAt,
    answerId: answer.id,
    fileName: 'backup-policy.txt',
    mimeType: 'text/plain',
    size: data.byteLength,
    sha256: await sha256Hex(data),
    data,
  });
  const snapshots = snapshotsRepo(db, { appVersion: '0.1.0-test', now: steppingClock() });
  return { db, id: assessment.id, assessments, snapshots, assets: assetsRepo(db) };
}

/** Changes visible on several screens: the name, a zone gone, assets deleted, the evidence file removed. */
async function changeThings({ db, id, assessments, assets }: Awaited<ReturnType<typeof sample>>) {
  await assessments.rename(id, 'Renamed site');
  const zone = (await db.table('zones').where('assessmentId').equals(id).first())!;
  await db.table('zones').delete(zone.id);
  const assetIds = (await assets.list(id)).slice(0, 40).map((a) => a.id);
  await assets.remove(id, assetIds);
  const evidence = (await db.evidence.where('assessmentId').equals(id).first())!;
  await db.evidence.delete(evidence.id);
  return { zoneId: zone.id, assetIds, evidenceId: evidence.id };
}

/** The records of a bundle, without its trail. */
const records = ({ audit: _audit, ...rest }: AssessmentBundle) => rest;

/** The entries `after` has that `before` had not. */
const added = (before: AssessmentBundle, after: AssessmentBundle): AuditEntry[] =>
  after.audit.filter((e) => !before.audit.some((b) => b.id === e.id));

/** A change in short: `op table recordId [field]`. */
const brief = (c: FieldChange) => [c.op, c.table, c.recordId, ...(c.op === 'update' ? [c.field] : [])].join(' ');

const meta = (s: Snapshot) => ({ reason: s.reason, createdAt: s.createdAt });

describe('snapshots repository', () => {
  it('stores the assessment as .csms bytes that decode to exactly what is stored, with time, reason, size and counts', async () => {
    const { db, id, assessments, snapshots } = await sample();
    const snapshot = await snapshots.take(id, 'manual');
    expect(snapshot).toMatchObject({ assessmentId: id, reason: 'manual', createdAt: '2026-11-23T09:00:01.000Z' });
    expect(snapshot.counts).toEqual({ assessment: 1, zones: 6, conduits: 7, assets: 295, answers: 75, evidence: 1, risks: 12, findings: 56, actions: 8 });
    expect(await snapshots.list(id)).toEqual([snapshot]);

    const stored = await storedBytes(db, snapshot.id);
    expect(stored.byteLength).toBe(snapshot.size);
    expect(await decodeBundle(stored)).toEqual(await assessments.readBundle(id));
  });

  it('keeps the newest snapshots per assessment, and the newest taken before a risky change however old, in step with their bytes', async () => {
    const db = testDb();
    const { id, snapshots } = await sample(db);
    const other = await sample(db);
    const guard = await snapshots.take(id, 'before-import');
    await snapshots.take(id, 'before-undo');
    const timers: Snapshot[] = [];
    for (let i = 0; i < SNAPSHOTS_KEPT + 3; i++) timers.push(await snapshots.take(id, 'timer'));
    await other.snapshots.take(other.id, 'manual');

    const kept = await snapshots.list(id);
    // The 20 newest timer snapshots, then the newest 'before-' one; the older 'before-import' went with the rest.
    expect(kept.map(meta)).toEqual([...timers.slice(-SNAPSHOTS_KEPT).reverse(), await byReason(snapshots, id, 'before-undo')].map(meta));
    expect(kept.map((s) => s.id)).not.toContain(guard.id);
    expect((await db.table('snapshotData').toCollection().primaryKeys()).sort()).toEqual(
      [...kept.map((s) => s.id), ...(await other.snapshots.list(other.id)).map((s) => s.id)].sort(),
    );
    expect(await other.snapshots.list(other.id)).toHaveLength(1);
  });

  it('restores the records exactly as they were, and keeps the state it replaced as a snapshot to undo the restore', async () => {
    const fixture = await sample();
    const { db, id, assessments, snapshots } = fixture;
    const before = await assessments.readBundle(id);
    const snapshot = await snapshots.take(id, 'manual');
    await changeThings(fixture);
    const changed = await assessments.readBundle(id);
    expect(changed.assessment.name).toBe('Renamed site');

    const { restored, undo } = await snapshots.restore(snapshot.id);
    expect(restored.id).toBe(snapshot.id);
    expect(records(await assessments.readBundle(id))).toEqual(records(before));
    expect(await db.table('imports').where('assessmentId').equals(id).count()).toBe(0);
    expect(undo).toMatchObject({ reason: 'before-restore', counts: { zones: 5, assets: 255, evidence: 0 } });
    expect((await snapshots.list(id)).map((s) => s.id)).toEqual([undo.id, snapshot.id]);

    await snapshots.restore(undo.id);
    expect(records(await assessments.readBundle(id))).toEqual(records(changed));
  });

  it('keeps the trail through a restore and adds one restore entry with every change the restore makes', async () => {
    const fixture = await sample();
    const { db, id, assessments, snapshots } = fixture;
    const snapshot = await snapshots.take(id, 'manual');
    const { zoneId, assetIds, evidenceId } = await changeThings(fixture);
    const changed = await assessments.readBundle(id);
    const clock = await db.table('auditClocks').get(id);

    const { undo } = await snapshots.restore(snapshot.id);
    const restored = await assessments.readBundle(id);
    const [entry, ...more] = added(changed, restored);
    expect(more).toEqual([]);
    // Nothing of the trail goes: the restore is one more step in it.
    expect(restored.audit.filter((e) => e.id !== entry!.id)).toEqual(changed.audit);
    expect(entry).toMatchObject({ action: 'restore', note: snapshot.createdAt, by: testAuthor, replica: clock.replica, seq: clock.seq + 1 });
    // Records that come back are created (one change each, values aside: they may be a whole inventory); the
    // assessment gets its old name back.
    expect(entry!.changes.map(brief).sort()).toEqual(
      [`update assessments ${id} name`, `create zones ${zoneId}`, `create evidence ${evidenceId}`, ...assetIds.map((a) => `create assets ${a}`)].sort(),
    );
    expect(entry!.changes.find((c) => c.recordId === id)).toMatchObject({ old: 'Renamed site', new: 'Riverside Water Treatment Works' });
    const zoneBack = restored.tables.zones.find((z) => z.id === zoneId)!;
    expect(entry!.changes.find((c) => c.recordId === zoneId)).toEqual({ op: 'create', table: 'zones', recordId: zoneId, label: zoneBack.name });

    // Undoing the restore is recorded too, as the opposite changes.
    await snapshots.restore(undo.id);
    const [back] = added(restored, await assessments.readBundle(id));
    expect(back).toMatchObject({ action: 'restore', note: undo.createdAt, seq: clock.seq + 2 });
    expect(back!.changes.map(brief).sort()).toEqual(
      [`update assessments ${id} name`, `delete zones ${zoneId}`, `delete evidence ${evidenceId}`, ...assetIds.map((a) => `delete assets ${a}`)].sort(),
    );
  });

  it('records a restore that changes nothing as an entry without changes', async () => {
    const { id, assessments, snapshots } = await sample();
    const snapshot = await snapshots.take(id, 'manual');
    const before = await assessments.readBundle(id);
    await snapshots.restore(snapshot.id);
    const after = await assessments.readBundle(id);
    expect(records(after)).toEqual(records(before));
    expect(added(before, after)).toEqual([expect.objectContaining({ action: 'restore', note: snapshot.createdAt, changes: [] })]);
  });

  it('leaves the data and the snapshots as they were when the restore fails half-way', async () => {
    const fixture = await sample();
    const { db, id, assessments, snapshots } = fixture;
    const snapshot = await snapshots.take(id, 'manual');
    await changeThings(fixture);
    const changed = await assessments.readBundle(id);
    // Fails the last table the restore writes, after every other one was deleted and rewritten.
    db.evidence.hook('creating', () => {
      throw new Error('injected write failure');
    });

    const clock = await db.table('auditClocks').get(id);

    await expect(snapshots.restore(snapshot.id)).rejects.toThrow('injected write failure');
    expect(await assessments.readBundle(id)).toEqual(changed);
    expect(await db.table('auditClocks').get(id)).toEqual(clock);
    expect(await snapshots.list(id)).toEqual([snapshot]);
  });

  it('refuses a snapshot whose bytes were damaged, changing nothing', async () => {
    const fixture = await sample();
    const { db, id, assessments, snapshots } = fixture;
    const snapshot = await snapshots.take(id, 'manual');
    await changeThings(fixture);
    const changed = await assessments.readBundle(id);
    const bytes = await storedBytes(db, snapshot.id);
    bytes[Math.floor(bytes.length / 2)]! ^= 0xff;
    await db.table('snapshotData').put({ id: snapshot.id, bytes });

    await expect(snapshots.restore(snapshot.id)).rejects.toThrow();
    expect(await assessments.readBundle(id)).toEqual(changed);
    expect(await snapshots.list(id)).toHaveLength(1);
  });

  it('passes a full storage on as a quota error and stores no half snapshot', async () => {
    const db = testDb();
    fillStorage(db, 'snapshotData');
    const { id, snapshots } = await sample(db);
    const error = await snapshots.take(id, 'manual').catch((e: unknown) => e);
    expect(isQuotaError(error)).toBe(true);
    expect(await snapshots.list(id)).toEqual([]);
  });

  it('deletes one snapshot, and all of them with their bytes when the assessment is deleted', async () => {
    const { db, id, snapshots } = await sample();
    const other = await sample(db);
    await other.snapshots.take(other.id, 'manual');
    const first = await snapshots.take(id, 'manual');
    await snapshots.take(id, 'timer');
    await snapshots.take(id, 'timer');
    await snapshots.remove(first.id);
    expect((await snapshots.list(id)).map((s) => s.id)).not.toContain(first.id);
    expect(await db.table('snapshotData').count()).toBe(3);
    await assessmentsRepo(db).remove(id);
    expect(await snapshots.list(id)).toEqual([]);
    expect(await db.table('snapshotData').count()).toBe(1);
    expect(await other.snapshots.list(other.id)).toHaveLength(1);
  });

  it('counts the assessor’s writes, not its own', async () => {
    const { db, id, snapshots } = await sample();
    const start = snapshots.changeCount();
    await snapshots.take(id, 'manual');
    await db.settings.put({ key: 'x', value: 1 });
    expect(snapshots.changeCount()).toBe(start);
    await db.table('zones').where('assessmentId').equals(id).modify({ name: 'Zone X' });
    expect(snapshots.changeCount()).toBeGreaterThan(start);
  });
});

describe('snapshots in a worker', () => {
  it('sends each job with the profile the page has when it is posted', () => {
    const posted: unknown[] = [];
    const worker = { postMessage: (job: unknown) => posted.push(job), terminate: () => undefined } as unknown as Worker;
    const page = { author: testAuthor };
    const repo = inWorker(snapshotsRepo(testDb(), { appVersion: '0.1.0-test' }), '0.1.0-test', () => worker, page);
    void repo.restore('s1');
    page.author = { ...testAuthor, name: 'Ana Ruiz-Weiß' };
    void repo.take('a1', 'before-merge');
    expect(posted).toEqual([
      { kind: 'restore', snapshotId: 's1', id: 1, appVersion: '0.1.0-test', author: testAuthor },
      { kind: 'take', assessmentId: 'a1', reason: 'before-merge', id: 2, appVersion: '0.1.0-test', author: { ...testAuthor, name: 'Ana Ruiz-Weiß' } },
    ]);
  });
});

describe('snapshot retention', () => {
  const at = (n: number, reason: Snapshot['reason'] = 'timer'): Snapshot => ({
    id: `s${n}`,
    assessmentId: 'a',
    createdAt: new Date(Date.UTC(2026, 10, 23, 9, 0, n)).toISOString(),
    reason,
    size: 1,
    counts: {},
  });

  it('drops the oldest beyond the bound, sparing the newest before-change snapshot only', () => {
    const all = [at(1, 'before-import'), at(2, 'before-bulk-edit'), at(3), at(4), at(5)];
    expect(snapshotsToPrune(all, 2).map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expect(snapshotsToPrune([at(1, 'before-bulk-edit'), at(2, 'before-merge'), at(3), at(4)], 1).map((s) => s.id).sort()).toEqual(['s1', 's3']);
    expect(snapshotsToPrune(all, 5)).toEqual([]);
    expect(snapshotsToPrune([at(3), at(1), at(2)], 1).map((s) => s.id).sort()).toEqual(['s1', 's2']);
  });
});

async function byReason(snapshots: ReturnType<typeof snapshotsRepo>, id: string, reason: Snapshot['reason']) {
  return (await snapshots.list(id)).find((s) => s.reason === reason)!;
}

const storedBytes = async (db: CsmsDb, id: string): Promise<Uint8Array> => (await db.table('snapshotData').get(id)).bytes;
