import { describe, expect, it } from 'vitest';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { questionnaireRepo, type EvidenceFile } from '../../../renderer/db/repos/questionnaire.repo';
import type { FindingInput } from '../../../shared/questionnaire/finding-drafts';
import { sampleInput, testDb } from './test-db';

async function setup() {
  const db = testDb();
  const assessment = await assessmentsRepo(db).create(sampleInput);
  return { db, repo: questionnaireRepo(db), id: assessment.id };
}

const file = (fileName: string, bytes: number[]): EvidenceFile => ({
  fileName,
  mimeType: 'application/pdf',
  size: bytes.length,
  sha256: 'ab'.repeat(32),
  data: new Uint8Array(bytes),
});

const finding = (title: string, change: Partial<FindingInput> = {}): FindingInput => ({
  title,
  observation: `Seen: ${title}.`,
  recommendation: 'Fix it.',
  severity: 'medium',
  requirementIds: ['GOV-01'],
  references: ['SPE 1 / ORG'],
  zoneIds: [],
  assetIds: [],
  status: 'draft',
  origin: 'generated',
  ...change,
});

describe('questionnaire repository', () => {
  it('creates an answer on its first change, then updates that one answer and stamps who and when', async () => {
    const { repo, id } = await setup();
    expect(await repo.saveAnswer(id, 'GOV-01', { status: 'not-assessed' }, 'Ana Ruiz')).toBeNull();
    expect(await repo.listAnswers(id)).toEqual([]);

    const created = await repo.saveAnswer(id, 'GOV-01', { status: 'partial', achieved: 2 }, 'Ana Ruiz');
    expect(created).toMatchObject({ requirementId: 'GOV-01', status: 'partial', achieved: 2, target: null, answeredBy: 'Ana Ruiz' });
    const updated = await repo.saveAnswer(id, 'GOV-01', { status: 'implemented', notes: '  Policy signed.  ' }, 'Jo Smith');
    expect(updated).toMatchObject({ id: created!.id, status: 'implemented', achieved: 2, notes: 'Policy signed.', answeredBy: 'Jo Smith' });
    expect(updated!.answeredAt! >= created!.answeredAt!).toBe(true);
    expect(await repo.saveAnswer(id, 'GOV-01', { status: 'implemented' }, 'Someone else')).toMatchObject({ answeredBy: 'Jo Smith' });

    await repo.saveAnswer(id, 'GOV-02', { status: 'not-implemented' }, '');
    const stored = await repo.listAnswers(id);
    expect(stored.map((a) => [a.requirementId, a.status]).sort()).toEqual([
      ['GOV-01', 'implemented'],
      ['GOV-02', 'not-implemented'],
    ]);
  });

  it('refuses not applicable without a reason and an unknown requirement, storing nothing', async () => {
    const { repo, id } = await setup();
    await expect(repo.saveAnswer(id, 'GOV-01', { status: 'not-applicable' }, '')).rejects.toThrow(
      'Explain why this requirement does not apply.',
    );
    await expect(repo.saveAnswer(id, 'GOV-01', { status: 'not-applicable', naReason: '   ' }, '')).rejects.toThrow(/Explain why/);
    await expect(repo.saveAnswer(id, 'XYZ-99', { status: 'implemented' }, '')).rejects.toThrow(/no requirement XYZ-99/);
    expect(await repo.listAnswers(id)).toEqual([]);
    expect(await repo.saveAnswer(id, 'GOV-01', { status: 'not-applicable', naReason: 'No OT on site.' }, '')).toMatchObject({
      status: 'not-applicable',
      naReason: 'No OT on site.',
    });
  });

  it('attaches and removes evidence together with the link on the answer, all or nothing', async () => {
    const { db, repo, id } = await setup();
    const first = await repo.attachEvidence(id, 'NET-01', file('diagram.pdf', [1, 2, 3]), 'Ana Ruiz');
    const second = await repo.attachEvidence(id, 'NET-01', file('rules.pdf', [4, 5]), 'Ana Ruiz');
    const [answer] = await repo.listAnswers(id);
    expect(answer).toMatchObject({ requirementId: 'NET-01', status: 'not-assessed', evidenceIds: [first.id, second.id] });
    expect(first).toMatchObject({ answerId: answer!.id, fileName: 'diagram.pdf', size: 3 });
    expect(first).not.toHaveProperty('data');
    expect((await repo.listEvidence(answer!.id)).map((e) => e.fileName)).toEqual(['diagram.pdf', 'rules.pdf']);
    expect((await repo.listEvidence(answer!.id))[0]).not.toHaveProperty('data');
    expect(Array.from((await db.evidence.get(first.id))!.data)).toEqual([1, 2, 3]);

    // A record the schema refuses fails the transaction: the answer keeps no link to a file that was not stored.
    await expect(repo.attachEvidence(id, 'NET-01', { ...file('bad.pdf', [9]), sha256: 'not-a-hash' }, '')).rejects.toThrow();
    expect((await repo.listAnswers(id))[0]!.evidenceIds).toEqual([first.id, second.id]);
    expect(await db.evidence.count()).toBe(2);

    expect(await repo.removeEvidence(id, first.id, 'Ana Ruiz')).toMatchObject({ fileName: 'diagram.pdf' });
    expect((await repo.listAnswers(id))[0]!.evidenceIds).toEqual([second.id]);
    expect(await db.evidence.get(first.id)).toBeUndefined();
    await expect(repo.removeEvidence(id, first.id, '')).rejects.toThrow(/already removed/);
  });

  it('adds and removes interview and observation records, validating them', async () => {
    const { repo, id } = await setup();
    const answer = await repo.addAnswerRecord(id, 'TRN-01', { kind: 'interview', who: 'Shift lead', on: '2026-11-21', text: 'No training since 2022.' }, '');
    expect(answer.records).toMatchObject([{ kind: 'interview', who: 'Shift lead', text: 'No training since 2022.' }]);
    await expect(repo.addAnswerRecord(id, 'TRN-01', { kind: 'observation', who: '', on: '2026-11-21', text: ' ' }, '')).rejects.toThrow(
      /Write what was said or seen/,
    );
    await repo.removeAnswerRecord(id, 'TRN-01', answer.records[0]!.id, '');
    expect((await repo.listAnswers(id))[0]!.records).toEqual([]);
  });

  it('adds drafts in bulk, updates, merges two findings into one and deletes', async () => {
    const { repo, id } = await setup();
    const [a, b, c] = await repo.addFindings(id, [
      finding('Policy missing', { severity: 'high' }),
      finding('Roles undefined', { requirementIds: ['GOV-04'], status: 'accepted' }),
      finding('Third'),
    ]);
    await expect(repo.addFindings(id, [finding('ok'), finding('')])).rejects.toThrow(/title is required/);
    expect(await repo.listFindings(id)).toHaveLength(3);

    expect(await repo.updateFinding(id, c!.id, { status: 'dismissed' })).toMatchObject({ title: 'Third', status: 'dismissed' });
    await expect(repo.updateFinding(id, c!.id, { severity: 'extreme' as never })).rejects.toThrow();

    const merged = await repo.mergeFindings(id, a!.id, b!.id);
    expect(merged).toMatchObject({
      id: a!.id,
      title: 'Policy missing / Roles undefined',
      severity: 'high',
      status: 'accepted',
      requirementIds: ['GOV-01', 'GOV-04'],
      origin: 'generated',
    });
    expect((await repo.listFindings(id)).map((f) => f.title).sort()).toEqual(['Policy missing / Roles undefined', 'Third']);
    await expect(repo.mergeFindings(id, a!.id, b!.id)).rejects.toThrow(/no longer exists/);
    await expect(repo.mergeFindings(id, a!.id, a!.id)).rejects.toThrow(/two different/);

    await repo.deleteFinding(id, c!.id);
    expect((await repo.listFindings(id)).map((f) => f.id)).toEqual([a!.id]);
  });

  it('reads the zones that fit the zone schema', async () => {
    const { db, repo, id } = await setup();
    const now = new Date().toISOString();
    const zone = { id: crypto.randomUUID(), assessmentId: id, createdAt: now, updatedAt: now, name: 'Cell 1', description: '', purdueLevels: [1], safety: false, owner: '', slTarget: 3, slAchieved: 1 };
    await db.table('zones').bulkAdd([zone, { ...zone, id: crypto.randomUUID(), name: '' }]);
    expect((await repo.listZones(id)).map((z) => z.name)).toEqual(['Cell 1']);
  });
});
