import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { CsmsDb } from '../../../renderer/db/db';
import { createAppStore } from '../../../renderer/store/store';
import { emptyAssetContent } from '../../../shared/assets/asset';
import type { Author } from '../../../shared/audit/audit';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import type { ImportResult, RendererApi } from '../../../shared/ipc/contract';
import type { FieldConflict } from '../../../shared/merge/types';
import { emptyZoneInput } from '../../../shared/scope/zones';
import { sampleInput, testAuthor, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';
import { marksInWords } from '../../../renderer/features/merge/change-marks';
import { recordNames } from '../../../renderer/features/merge/record-names';
import { formatDateTime } from '../../../renderer/ui/format';
import { UNNAMED_ASSESSOR } from '../../../shared/audit/describe';
import { fillStorage } from '../db/snapshots-fixtures';
import { QUOTA_MESSAGE } from '../../../renderer/db/storage';

const BEA: Author = { id: '0b0b0b0b-0000-4000-8000-00000000b0b0', name: 'Bea Novak' };
const TOKEN = '5f0c6a3e-8d0b-4b7e-9c57-0e1f2a3b4c5d';

/** main's side of opening a file, scripted: the files the assessor picks, one per call (cancelled when none is left). */
function filePicker(files: ImportResult[]): Partial<RendererApi> {
  return { importAssessment: async () => ({ ok: true, value: files.shift() ?? { status: 'cancelled' } }) };
}
const opened = (bundle: AssessmentBundle, fileName = 'bea.csms'): ImportResult => ({ status: 'opened', fileName, bundle, encrypted: false });

/** One laptop: its database (writing as `author`), its store and its repositories. */
function laptop(author: Author, api: Partial<RendererApi> = {}) {
  const db = testDb(author);
  const deps = testStoreDeps(db, api);
  const store = createAppStore(deps);
  const errors = () => store.getState().notices.filter((n) => n.kind === 'error').map((n) => n.text);
  return { db, deps, store, errors };
}

/**
 * Ana's laptop holds an assessment with a zone "Control" and an asset "PLC-01"; Bea imported Ana's file of it.
 * Returns both laptops, the ids, and Bea's bundle after `beaWork` (exported as "bea.csms").
 */
async function twoAssessors(beaWork: (bea: ReturnType<typeof laptop>, ids: Ids) => Promise<void>) {
  const ana = laptop(testAuthor);
  await ana.store.getState().createAssessment(sampleInput);
  const id = ana.store.getState().openAssessmentId!;
  const zone = await ana.deps.scope.addZone(id, { ...emptyZoneInput('Control'), description: 'Level 1 and 2' });
  const asset = await ana.deps.inventory.add(id, { ...emptyAssetContent('PLC-01'), criticality: 'medium' });
  const ids: Ids = { id, zoneId: zone.id, assetId: asset.id };

  const bea = laptop(BEA);
  await bea.deps.assessments.importBundle(await ana.deps.assessments.readBundle(id));
  await beaWork(bea, ids);
  return { ana, bea, ids, beaFile: await bea.deps.assessments.readBundle(id) };
}
interface Ids {
  id: string;
  zoneId: string;
  assetId: string;
}

/** A store on this laptop whose file dialog picks these files in turn. */
const storeWith = (l: ReturnType<typeof laptop>, files: ImportResult[]) => createAppStore({ ...l.deps, api: () => filePicker(files) as RendererApi });

/** Ana's laptop again through a second connection, whose writes to `table` fail as they do when storage is full. */
function withFullStorage(db: CsmsDb, table: string, files: ImportResult[]) {
  const full = new CsmsDb(db.name, indexedDB, IDBKeyRange);
  full.author = db.author;
  fillStorage(full, table);
  return createAppStore(testStoreDeps(full, filePicker(files)));
}

const zoneOf = async (db: CsmsDb, id: string) => (await db.table('zones').get(id)) as { description: string; name: string };
const assetNames = async (l: ReturnType<typeof laptop>, id: string) => (await l.deps.inventory.list(id)).map((a) => a.name).sort();

describe('importing a file whose assessment is already here', () => {
  it('asks first and writes nothing; “Import as a separate copy” adds a copy as before', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id }) => void (await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'))));
    const store = storeWith(ana, [opened(beaFile)]);

    await store.getState().importAssessmentFile();
    expect(store.getState().merge).toMatchObject({ stage: 'ask', fileName: 'bea.csms', targetId: ids.id, targetName: sampleInput.name });
    expect(await ana.db.assessments.count()).toBe(1);
    expect(await assetNames(ana, ids.id)).toEqual(['PLC-01']);

    await store.getState().importMergeFileAsCopy();
    expect(store.getState().merge).toBeNull();
    const all = await ana.db.assessments.toArray();
    expect(all.map((a) => a.name).sort()).toEqual([sampleInput.name, `${sampleInput.name} (imported copy)`]);
    const copy = all.find((a) => a.id !== ids.id)!;
    expect(await assetNames(ana, copy.id)).toEqual(['HMI-02', 'PLC-01']);
    expect(await assetNames(ana, ids.id)).toEqual(['PLC-01']);
    expect(store.getState().notices.at(-1)?.text).toBe(`Imported “bea.csms” as a separate copy: “${sampleInput.name} (imported copy)”.`);
  });

  it('Cancel leaves everything as it was', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id }) => void (await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'))));
    const store = storeWith(ana, [opened(beaFile)]);
    await store.getState().importAssessmentFile();
    store.getState().cancelMerge();
    expect(store.getState().merge).toBeNull();
    expect(await ana.db.assessments.count()).toBe(1);
    expect(await assetNames(ana, ids.id)).toEqual(['PLC-01']);
  });

  it('“Merge it into yours” shows the plan and merges changes made apart silently, after a before-merge snapshot', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id, zoneId }) => {
      await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'));
      await bea.deps.scope.updateZone(id, zoneId, { ...emptyZoneInput('Control'), description: 'Level 1 and 2, and the historian' });
    });
    await ana.deps.inventory.add(ids.id, emptyAssetContent('RTU-03'));
    const store = storeWith(ana, [opened(beaFile)]);
    await store.getState().loadInventory(ids.id);

    await store.getState().importAssessmentFile();
    await store.getState().reviewMerge();
    const session = store.getState().merge;
    expect(session?.stage).toBe('review');
    if (session?.stage !== 'review') return;
    expect(session.plan.conflicts).toEqual([]);
    expect(session.plan.changes.assets).toMatchObject({ added: 1 });
    expect(session.plan.changes.zones).toMatchObject({ updated: 1 });
    expect(session.plan.incomingAuthors).toEqual([BEA.name]);

    expect(await store.getState().confirmMerge()).toBe(true);
    expect(store.getState().merge).toBeNull();
    expect(await assetNames(ana, ids.id)).toEqual(['HMI-02', 'PLC-01', 'RTU-03']);
    expect((await zoneOf(ana.db, ids.zoneId)).description).toBe('Level 1 and 2, and the historian');
    // The inventory the Assets screen shows from memory is read afresh.
    expect(store.getState().inventory?.assets.map((a) => a.name).sort()).toEqual(['HMI-02', 'PLC-01', 'RTU-03']);
    expect(store.getState().notices.at(-1)?.text).toBe(`Merged “bea.csms” into “${sampleInput.name}”: 1 record added, 1 changed.`);

    const snapshots = await ana.deps.snapshots.list(ids.id);
    expect(snapshots.map((s) => s.reason)).toEqual(['before-merge']);
    // The trail holds Bea's work and the merge itself, made by Ana.
    const trail = await ana.deps.audit.list(ids.id);
    expect(trail.some((e) => e.by.id === BEA.id)).toBe(true);
    expect(trail[0]).toMatchObject({ action: 'merge', by: testAuthor, note: 'bea.csms' });
  });
});

describe('after a merge', () => {
  it('says when both laptops made a zone of the same name, since assets follow zones by name', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id }) => void (await bea.deps.scope.addZone(id, emptyZoneInput('DMZ'))));
    await ana.deps.scope.addZone(ids.id, emptyZoneInput('DMZ'));
    const store = storeWith(ana, [opened(beaFile)]);
    await store.getState().importAssessmentFile();
    await store.getState().reviewMerge();
    expect(await store.getState().confirmMerge()).toBe(true);

    expect((await ana.deps.scope.listZones(ids.id)).map((z) => z.name).sort()).toEqual(['Control', 'DMZ', 'DMZ']);
    expect(ana.errors()).toEqual([]);
    expect(store.getState().notices.filter((n) => n.kind === 'error').map((n) => n.text)).toEqual([
      'After merging “bea.csms”: Zone name "DMZ" is used by 2 zones; zone names must be unique. Assets belong to zones by name: rename or delete one in Scope.',
    ]);
  });
});

describe('merging a colleague’s file into an assessment', () => {
  it('shows a conflict side by side, refuses to merge until it is settled, and keeps the chosen side', async () => {
    const { ana, ids, beaFile } = await twoAssessors(
      async (bea, { id, assetId }) => void (await bea.deps.inventory.update(id, [assetId], { criticality: 'critical' })),
    );
    await ana.deps.inventory.update(ids.id, [ids.assetId], { criticality: 'low' });
    const store = storeWith(ana, [opened(beaFile)]);

    await store.getState().mergeFileInto(ids.id);
    const session = store.getState().merge;
    if (session?.stage !== 'review') throw new Error(`expected the plan, got ${JSON.stringify(session)}`);
    expect(session.plan.conflicts).toHaveLength(1);
    const conflict = session.plan.conflicts[0] as FieldConflict;
    expect(conflict).toMatchObject({ kind: 'field', table: 'assets', recordId: ids.assetId, label: 'PLC-01', field: 'criticality' });
    expect(conflict.local).toMatchObject({ value: 'low', changedBy: [{ by: testAuthor.name }] });
    expect(conflict.incoming).toMatchObject({ value: 'critical', changedBy: [{ by: BEA.name }] });

    expect(await store.getState().confirmMerge()).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: expect.stringContaining('every conflict') });
    expect((await ana.deps.inventory.list(ids.id))[0]!.criticality).toBe('low');

    store.getState().chooseMergeSide(conflict.id, 'incoming');
    expect(await store.getState().confirmMerge()).toBe(true);
    expect((await ana.deps.inventory.list(ids.id))[0]!.criticality).toBe('critical');
    expect(store.getState().notices.at(-1)?.text).toBe(`Merged “bea.csms” into “${sampleInput.name}”: 1 conflict settled.`);

    // Settled for good: the same file brings nothing more.
    const again = storeWith(ana, [opened(beaFile)]);
    await again.getState().mergeFileInto(ids.id);
    expect(again.getState().merge).toBeNull();
    expect(again.getState().notices.at(-1)).toMatchObject({ kind: 'info', text: `Nothing to merge: “${sampleInput.name}” already knows every change in “bea.csms”. What was undone here since (by an edit or by restoring a snapshot) stays undone.` });
  });

  it('“Keep all mine” settles every conflict for this laptop’s side', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id, assetId, zoneId }) => {
      await bea.deps.inventory.update(id, [assetId], { criticality: 'critical' });
      await bea.deps.scope.updateZone(id, zoneId, { ...emptyZoneInput('Control'), description: 'Bea’s words' });
    });
    await ana.deps.inventory.update(ids.id, [ids.assetId], { criticality: 'low' });
    await ana.deps.scope.updateZone(ids.id, ids.zoneId, { ...emptyZoneInput('Control'), description: 'Ana’s words' });
    const store = storeWith(ana, [opened(beaFile)]);

    await store.getState().mergeFileInto(ids.id);
    const session = store.getState().merge;
    if (session?.stage !== 'review') throw new Error('expected the plan');
    expect(session.plan.conflicts.map((c) => c.table).sort()).toEqual(['assets', 'zones']);
    store.getState().chooseMergeSideForAll('local');
    expect(await store.getState().confirmMerge()).toBe(true);
    expect((await ana.deps.inventory.list(ids.id))[0]!.criticality).toBe('low');
    expect((await zoneOf(ana.db, ids.zoneId)).description).toBe('Ana’s words');
    expect(store.getState().notices.at(-1)?.text).toContain('2 conflicts settled');
  });

  it('refuses a file of another assessment, naming both, and changes nothing', async () => {
    const other = laptop(BEA);
    await other.store.getState().createAssessment({ ...sampleInput, name: 'Harbour Pumping Station' });
    const otherFile = await other.deps.assessments.readBundle(other.store.getState().openAssessmentId!);
    const ana = laptop(testAuthor, filePicker([opened(otherFile, 'harbour.csms')]));
    await ana.store.getState().createAssessment(sampleInput);
    const id = ana.store.getState().openAssessmentId!;

    await ana.store.getState().mergeFileInto(id);
    expect(ana.store.getState().merge).toBeNull();
    expect(ana.errors()).toEqual([
      `“harbour.csms” holds the assessment “Harbour Pumping Station”, not “${sampleInput.name}”: only a version of “${sampleInput.name}” ` +
        '(exported from it on another laptop) can be merged into it. To add “Harbour Pumping Station” on its own, use Import on the Assessments screen.',
    ]);
    expect((await ana.db.assessments.toArray()).map((a) => a.name)).toEqual([sampleInput.name]);
    expect(await ana.deps.snapshots.list(id)).toEqual([]);
  });

  it('asks for the passphrase of an encrypted file and then shows the plan for the same assessment', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id }) => void (await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'))));
    const calls: unknown[] = [];
    const api: Partial<RendererApi> = {
      importAssessment: async (request) => {
        calls.push(request);
        return 'fileToken' in request
          ? { ok: true, value: { ...opened(beaFile), encrypted: true } }
          : { ok: true, value: { status: 'needs-passphrase', fileName: 'bea.csms', fileToken: TOKEN, problem: null } };
      },
    };
    const store = createAppStore({ ...ana.deps, api: () => api as RendererApi });

    await store.getState().mergeFileInto(ids.id);
    expect(store.getState().importPassphrase).toEqual({ fileName: 'bea.csms', fileToken: TOKEN, problem: null, mergeInto: ids.id });
    await store.getState().unlockImportFile('open sesame');
    expect(store.getState().importPassphrase).toBeNull();
    expect(store.getState().merge).toMatchObject({ stage: 'review', targetId: ids.id });
    expect(calls).toEqual([{}, { fileToken: TOKEN, passphrase: 'open sesame' }]);
  });

  it('reports a merge that fails, naming the file, and leaves the assessment as it was', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id, zoneId }) => {
      await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'));
      await bea.deps.scope.updateZone(id, zoneId, { ...emptyZoneInput('Control'), description: 'Bea’s words' });
    });
    // The trail is written last in the merge's transaction: its failure must take the records' changes back too.
    const store = withFullStorage(ana.db, 'audit', [opened(beaFile)]);
    await store.getState().mergeFileInto(ids.id);
    expect(store.getState().merge?.stage).toBe('review');

    expect(await store.getState().confirmMerge()).toBe(false);
    expect(store.getState().notices.at(-1)).toMatchObject({
      kind: 'error',
      text: `“bea.csms” could not be merged into “${sampleInput.name}”; nothing was changed. ${QUOTA_MESSAGE}`,
    });
    expect(await assetNames(ana, ids.id)).toEqual(['PLC-01']);
    expect((await zoneOf(ana.db, ids.zoneId)).description).toBe('Level 1 and 2');
  });

  it('merges even when no snapshot can be taken, and says there is none', async () => {
    const { ana, ids, beaFile } = await twoAssessors(async (bea, { id }) => void (await bea.deps.inventory.add(id, emptyAssetContent('HMI-02'))));
    const store = withFullStorage(ana.db, 'snapshotData', [opened(beaFile)]);
    await store.getState().mergeFileInto(ids.id);
    expect(await store.getState().confirmMerge()).toBe(true);
    expect(store.getState().notices.map((n) => n.text)).toContain(`No snapshot could be taken before merging “bea.csms”: ${QUOTA_MESSAGE}`);
    expect(await assetNames(ana, ids.id)).toEqual(['HMI-02', 'PLC-01']);
  });
});

describe('the conflict list’s words', () => {
  it('names everyone whose recorded changes made a side, with the latest time', () => {
    const at = '2026-11-23T08:03:00.000Z';
    const later = '2026-11-23T09:15:00.000Z';
    expect(marksInWords('Changed', [{ by: 'Ana Ruiz', at }])).toBe(`Changed by Ana Ruiz, ${formatDateTime(at)}`);
    expect(marksInWords('Changed', [{ by: 'Ana Ruiz', at: later }, { by: 'Bea Novak', at }, { by: ' ', at }])).toBe(
      `Changed by Ana Ruiz, Bea Novak and ${UNNAMED_ASSESSOR}, last ${formatDateTime(later)}`,
    );
    expect(marksInWords('Deleted', [{ by: 'Bea Novak', at }, { by: 'Bea Novak', at: later }])).toBe(`Deleted by Bea Novak, last ${formatDateTime(later)}`);
    expect(marksInWords('Changed', [])).toBe('No recorded change explains it');
  });

  it('reads ids in values as the names the file gives them, deleted records by their trail label', async () => {
    const { beaFile, ids } = await twoAssessors(async (bea, { id }) => {
      const gone = await bea.deps.inventory.add(id, emptyAssetContent('OLD-SW-09'));
      await bea.deps.inventory.remove(id, [gone.id]);
    });
    const nameOf = recordNames(beaFile);
    expect(nameOf(ids.zoneId)).toBe('Control');
    expect(nameOf(ids.assetId)).toBe('PLC-01');
    const goneId = beaFile.audit.flatMap((e) => e.changes).find((c) => c.op === 'delete')!.recordId;
    expect(nameOf(goneId)).toBe('OLD-SW-09');
    expect(nameOf('not-an-id')).toBeUndefined();
  });
});
