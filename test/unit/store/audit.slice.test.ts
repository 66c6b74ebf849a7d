import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import type { CsmsDb } from '../../../renderer/db/db';
import { emptyZoneInput } from '../../../shared/scope/zones';
import { content } from '../assets/asset-fixtures';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

/** The store over a real (fake-indexeddb) database, its profile loaded as at start (main.tsx). */
async function start(db: CsmsDb = testDb()) {
  const store = createAppStore(testStoreDeps(db));
  await store.getState().loadProfile();
  const lastNotice = () => store.getState().notices.at(-1);
  return { store, db, lastNotice };
}

/** Plus a fresh assessment open, its inventory loaded. */
async function withAssessment(db?: CsmsDb) {
  const started = await start(db);
  await started.store.getState().createAssessment(sampleInput);
  const id = started.store.getState().openAssessmentId!;
  await started.store.getState().loadInventory(id);
  return { ...started, id };
}

describe('audit slice', () => {
  it('loads this laptop’s profile, unnamed at first, and keeps the name it is given', async () => {
    const { store, db, lastNotice } = await start();
    const first = store.getState().profile!;
    expect(first.name).toBe('');
    expect(db.author).toEqual(first);

    expect(await store.getState().renameProfile('  Ana Ruiz ')).toBe(true);
    expect(store.getState().profile).toEqual({ id: first.id, name: 'Ana Ruiz' });
    expect(db.author).toEqual({ id: first.id, name: 'Ana Ruiz' });
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Changes made on this laptop are now recorded as made by Ana Ruiz.' });

    // The next start (a reload) finds the same profile.
    const again = await start(db);
    expect(again.store.getState().profile).toEqual({ id: first.id, name: 'Ana Ruiz' });
  });

  it('says so when the profile cannot be read, since no change could be recorded', async () => {
    const db = testDb();
    db.author = null;
    db.close();
    const { store, lastNotice } = await start(db);
    expect(store.getState().profile).toBeNull();
    expect(lastNotice()?.kind).toBe('error');
    expect(lastNotice()?.text).toMatch(/^The assessor profile could not be read, so no change can be recorded: /);
  });

  it('refuses an empty name with a message and keeps the profile', async () => {
    const { store, lastNotice } = await start();
    await store.getState().renameProfile('Ana Ruiz');
    expect(await store.getState().renameProfile('   ')).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Enter your name: the audit trail records it with every change.' });
    expect(store.getState().profile?.name).toBe('Ana Ruiz');
  });

  it('records changes under the profile, before and after it is named, and shows them newest first', async () => {
    const { store, id } = await withAssessment();
    const unnamed = store.getState().profile!;
    await store.getState().addZone(id, emptyZoneInput('Control'));
    await store.getState().renameProfile('Ana Ruiz');
    await store.getState().addZone(id, emptyZoneInput('DMZ'));

    await store.getState().showHistory();
    const history = store.getState().history!;
    expect(history).toMatchObject({ assessmentId: id });
    expect(history.recordId).toBeUndefined();
    const entries = history.entries!;
    expect(entries.map((e) => [e.by.name, e.action, e.changes[0]?.table, e.changes[0]?.label])).toEqual([
      ['Ana Ruiz', 'create', 'zones', 'DMZ'],
      ['', 'create', 'zones', 'Control'],
      ['', 'create', 'assessments', sampleInput.name],
    ]);
    expect(new Set(entries.map((e) => e.by.id))).toEqual(new Set([unnamed.id]));

    store.getState().closeHistory();
    expect(store.getState().history).toBeNull();
  });

  it('shows one record’s history: only the entries that created or changed it', async () => {
    const { store, id } = await withAssessment();
    await store.getState().renameProfile('Jürgen Weiß');
    await store.getState().addAsset(content('PLC-01'));
    await store.getState().addAsset(content('PLC-02'));
    const [plc1, plc2] = store.getState().inventory!.assets;
    await store.getState().editAssets([plc1!.id], { criticality: 'high' });
    await store.getState().editAssets([plc2!.id], { criticality: 'low' });

    const request = { recordId: plc1!.id, label: 'asset “PLC-01”' };
    const shown = store.getState().showHistory(request);
    // Open at once, while its entries are read.
    expect(store.getState().history).toEqual({ ...request, assessmentId: id, entries: null });
    await shown;
    const entries = store.getState().history!.entries!;
    expect(entries.map((e) => e.action)).toEqual(['edit', 'create']);
    expect(entries[0]!.changes).toEqual([
      { op: 'update', table: 'assets', recordId: plc1!.id, label: 'PLC-01', field: 'criticality', old: null, new: 'high' },
    ]);
    expect(entries.every((e) => e.by.name === 'Jürgen Weiß')).toBe(true);
  });

  it('keeps the history asked for last when an earlier one is still being read', async () => {
    const { store } = await withAssessment();
    await store.getState().addAsset(content('PLC-01'));
    const asset = store.getState().inventory!.assets[0]!;
    const whole = store.getState().showHistory();
    const one = store.getState().showHistory({ recordId: asset.id, label: 'asset “PLC-01”' });
    await Promise.all([whole, one]);
    const history = store.getState().history!;
    expect(history.recordId).toBe(asset.id);
    expect(history.entries!.map((e) => e.action)).toEqual(['create']);

    const closed = store.getState().showHistory();
    store.getState().closeHistory();
    await closed;
    expect(store.getState().history).toBeNull();
  });

  it('shows no history while no assessment is open', async () => {
    const { store } = await start();
    await store.getState().showHistory();
    expect(store.getState().history).toBeNull();
  });

  it('stamps answers with the profile’s name once set, else the assessment’s first assessor', async () => {
    const { store, db, id } = await withAssessment();
    const answeredBy = async (requirementId: string) =>
      (await db.table('answers').where('assessmentId').equals(id).toArray()).find((a) => a.requirementId === requirementId)?.answeredBy;

    await store.getState().saveAnswer('GOV-01', { status: 'implemented' });
    expect(await answeredBy('GOV-01')).toBe(sampleInput.assessors[0]);

    await store.getState().renameProfile('Li Wei');
    await store.getState().saveAnswer('GOV-02', { status: 'partial' });
    expect(await answeredBy('GOV-02')).toBe('Li Wei');
  });
});
