import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../../renderer/store/store';
import { requirementById } from '../../../shared/catalogue/catalogue';
import type { EvidenceOpenResult, RendererApi } from '../../../shared/ipc/contract';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';

/** The store over a real (fake-indexeddb) database with an assessment open; the file dialog answers in order. */
async function setup(opens: EvidenceOpenResult[] = []) {
  const db = testDb();
  const api: Partial<RendererApi> = {
    evidenceOpenFile: async () => {
      const next = opens.shift();
      return next ? { ok: true, value: next } : { ok: false, error: { code: 'io', message: 'Could not read “locked.pdf”.' } };
    },
  };
  const deps = testStoreDeps(db, api);
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  const lastNotice = () => store.getState().notices.at(-1);
  return { db, repo: deps.questionnaire, store, id, lastNotice };
}

const opened = (fileName: string): EvidenceOpenResult => ({
  status: 'opened',
  fileName,
  mimeType: 'application/pdf',
  size: 4,
  sha256: 'cd'.repeat(32),
  data: new Uint8Array([1, 2, 3, 4]),
});

describe('questionnaire slice', () => {
  it('saves answers as the first assessor and reports a refused answer as an error', async () => {
    const { store, repo, id, lastNotice } = await setup();
    expect(await store.getState().saveAnswer('GOV-01', { status: 'implemented', achieved: 3, target: 4 })).toBe(true);
    expect(await repo.listAnswers(id)).toMatchObject([{ requirementId: 'GOV-01', status: 'implemented', answeredBy: 'Ana Ruiz' }]);

    expect(await store.getState().saveAnswer('GOV-02', { status: 'not-applicable' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Explain why this requirement does not apply.' });
    expect(await repo.listAnswers(id)).toHaveLength(1);
  });

  it('attaches evidence from the file dialog, ignores a cancel, shows a refusal, and removes it', async () => {
    const { store, repo, id, lastNotice } = await setup([opened('policy.pdf'), { status: 'cancelled' }]);
    await store.getState().attachEvidence('GOV-01');
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Attached “policy.pdf” (4 bytes) to GOV-01.' });
    const [answer] = await repo.listAnswers(id);
    const [evidence] = await repo.listEvidence(answer!.id);
    expect(evidence).toMatchObject({ fileName: 'policy.pdf', sha256: 'cd'.repeat(32) });

    const notices = store.getState().notices.length;
    await store.getState().attachEvidence('GOV-01');
    expect(store.getState().notices).toHaveLength(notices);

    await store.getState().attachEvidence('GOV-01');
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Could not read “locked.pdf”.' });

    await store.getState().removeEvidence(evidence!.id);
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Removed “policy.pdf”.' });
    expect((await repo.listAnswers(id))[0]!.evidenceIds).toEqual([]);
  });

  it('adds interview records and refuses an empty one', async () => {
    const { store, repo, id, lastNotice } = await setup();
    expect(await store.getState().addAnswerRecord('TRN-01', { kind: 'interview', who: 'Plant manager', on: '2026-11-21', text: 'Yearly course.' })).toBe(true);
    expect(await store.getState().addAnswerRecord('TRN-01', { kind: 'observation', who: '', on: '2026-11-21', text: '' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Write what was said or seen.' });
    expect((await repo.listAnswers(id))[0]!.records).toHaveLength(1);
  });

  it('proposes findings from gaps once, then edits, dismisses, merges and deletes them', async () => {
    const { store, repo, id, lastNotice } = await setup();
    await store.getState().saveAnswer('GOV-03', { status: 'not-implemented', achieved: 1, target: 3 });
    await store.getState().saveAnswer('ACC-01', { status: 'not-implemented' });
    await store.getState().saveAnswer('GOV-01', { status: 'implemented', achieved: 2, target: 3 });
    await store.getState().saveAnswer('GOV-02', { status: 'implemented', achieved: 3, target: 3 });

    await store.getState().proposeFindingsFromGaps();
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Proposed 3 draft findings from gaps.' });
    const findings = await repo.listFindings(id);
    const byRequirement = (rid: string) => findings.find((f) => f.requirementIds.includes(rid))!;
    expect(byRequirement('GOV-03')).toMatchObject({ title: `Not implemented: ${requirementById('GOV-03')!.title}`, severity: 'high', status: 'draft' });
    expect(byRequirement('ACC-01')).toMatchObject({ severity: 'critical' });
    expect(byRequirement('GOV-01')).toMatchObject({ severity: 'low', references: requirementById('GOV-01')!.ed2 });

    await store.getState().proposeFindingsFromGaps();
    expect(lastNotice()?.text).toMatch(/nothing new to propose/);
    expect(await repo.listFindings(id)).toHaveLength(3);

    const gov03 = byRequirement('GOV-03');
    expect(await store.getState().saveFinding(gov03.id, { ...gov03, title: 'No senior sponsor', status: 'accepted' })).toBe(true);
    expect(await store.getState().saveFinding(gov03.id, { ...gov03, title: '' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Finding title is required.' });
    await store.getState().setFindingStatus(byRequirement('GOV-01').id, 'dismissed');
    expect(lastNotice()?.text).toBe(`“${byRequirement('GOV-01').title}” is now dismissed.`);

    await store.getState().mergeFindings(gov03.id, byRequirement('ACC-01').id);
    const merged = (await repo.listFindings(id)).find((f) => f.id === gov03.id)!;
    expect(merged).toMatchObject({ severity: 'critical', status: 'accepted', requirementIds: ['GOV-03', 'ACC-01'] });

    await store.getState().deleteFinding(gov03.id);
    expect((await repo.listFindings(id)).map((f) => f.status)).toEqual(['dismissed']);
  });

  it('needs an open assessment', async () => {
    const { store, lastNotice } = await setup();
    await store.getState().closeAssessment();
    expect(await store.getState().saveAnswer('GOV-01', { status: 'implemented' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'Open an assessment first.' });
  });
});
