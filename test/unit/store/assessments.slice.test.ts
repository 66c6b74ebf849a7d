import { describe, expect, it } from 'vitest';
import { SETTING_LAST_OPEN_ASSESSMENT } from '../../../renderer/db/repos/settings.repo';
import { createAppStore } from '../../../renderer/store/store';
import { testStoreDeps } from './test-deps';
import type { RendererApi } from '../../../shared/ipc/contract';
import { sampleInput, testDb } from '../db/test-db';

/** The store over a real (fake-indexeddb) database; only the IPC bridge to main is scripted. */
function setup(api: Partial<RendererApi> = {}) {
  const db = testDb();
  const deps = testStoreDeps(db, api);
  return { db, deps, store: createAppStore(deps) };
}

describe('assessments slice', () => {
  it('creates, opens and remembers the open assessment across sessions', async () => {
    const { deps, store } = setup();
    expect(await store.getState().createAssessment(sampleInput)).toBe(true);
    const id = store.getState().openAssessmentId;
    expect(id).toBeTruthy();
    expect(store.getState().screen).toBe('scope');
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'success', text: `Created “${sampleInput.name}”.` });
    expect(await deps.settings.get(SETTING_LAST_OPEN_ASSESSMENT)).toBe(id);

    const next = createAppStore(deps);
    await next.getState().restoreSession();
    expect(next.getState().openAssessmentId).toBe(id);
  });

  it('reports invalid input as an error notice and stores nothing', async () => {
    const { db, store } = setup();
    expect(await store.getState().createAssessment({ ...sampleInput, name: '' })).toBe(false);
    expect(store.getState().notices.at(-1)?.kind).toBe('error');
    expect(await db.assessments.count()).toBe(0);
  });

  it('closes the assessment when it is deleted', async () => {
    const { db, store } = setup();
    await store.getState().createAssessment(sampleInput);
    const id = store.getState().openAssessmentId!;
    await store.getState().deleteAssessment(id);
    expect(store.getState().openAssessmentId).toBeNull();
    expect(store.getState().screen).toBe('assessments');
    expect(await db.assessments.count()).toBe(0);
  });

  it('hands the whole bundle to main on export and reports where it went', async () => {
    let sent: unknown;
    const { store } = setup({
      exportAssessment: async (request) => {
        sent = request;
        return { ok: true, value: { status: 'saved', path: '/tmp/x.csms', fileName: 'x.csms', bytes: 2048 } };
      },
    });
    await store.getState().createAssessment(sampleInput);
    await store.getState().exportAssessment(store.getState().openAssessmentId!);
    expect(sent).toMatchObject({ bundle: { assessment: { name: sampleInput.name }, tables: { zones: [] }, evidence: [] } });
    expect(store.getState().notices.at(-1)?.text).toBe(`Exported “${sampleInput.name}” to /tmp/x.csms (2 KB).`);
  });

  it('shows main’s refusal of a bad file and leaves stored data as it was', async () => {
    const { db, store } = setup({
      importAssessment: async () => ({ ok: false, error: { code: 'bad-file', message: '“x.csms”: The file is damaged.' } }),
    });
    await store.getState().createAssessment(sampleInput);
    const before = await db.assessments.toArray();
    await store.getState().importAssessmentFile();
    expect(store.getState().notices.at(-1)).toMatchObject({ kind: 'error', text: '“x.csms”: The file is damaged.' });
    expect(await db.assessments.toArray()).toEqual(before);
  });

  it('opens the sample with everything in it, and a second time as a copy', async () => {
    const { deps, store } = setup();
    await store.getState().openSample();
    const id = store.getState().openAssessmentId!;
    expect(store.getState().screen).toBe('scope');
    expect(store.getState().notices.at(-1)?.text).toBe('Opened the sample assessment “Riverside Water Treatment Works”.');
    expect(await deps.assessments.counts(id)).toMatchObject({ zones: 6, conduits: 7, assets: 295, answers: 75, risks: 12, actions: 8 });
    expect((await deps.assessments.get(id))?.scope?.stakeholders).toHaveLength(4);

    await store.getState().openSample();
    expect(store.getState().openAssessmentId).not.toBe(id);
    expect(store.getState().notices.at(-1)?.text).toContain('as a copy');
  });
});
