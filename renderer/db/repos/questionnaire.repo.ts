import { requirementById } from '../../../shared/catalogue/catalogue';
import { newId, nowIso } from '../../../shared/domain/record';
import { evidenceMetaSchema, type EvidenceMeta, type EvidenceRecord } from '../../../shared/domain/tables';
import {
  answerPatch,
  answerRecordSchema,
  answerSchema,
  emptyAnswer,
  type Answer,
  type AnswerInput,
  type AnswerRecord,
} from '../../../shared/questionnaire/answer';
import { findingInputSchema, findingSchema, mergeFindings, type Finding, type FindingInput } from '../../../shared/questionnaire/finding-drafts';
import { zoneSchema, type Zone } from '../../../shared/scope/zones';
import { diffRecord } from '../../../shared/audit/diff';
import type { FieldChange } from '../../../shared/audit/audit';
import { audited } from '../audited';
import type { CsmsDb } from '../db';
import { parseOrThrow } from './parse-or-throw';

/** The fields of an answer the assessor edits; who answered and when are stamped by the repository. */
export type AnswerChange = Partial<Omit<AnswerInput, 'requirementId' | 'answeredBy' | 'answeredAt'>>;

/** An evidence file as the open-file dialog returns it. */
export type EvidenceFile = Pick<EvidenceRecord, 'fileName' | 'mimeType' | 'size' | 'sha256' | 'data'>;

/** Evidence metadata as stored: linked to the answer it backs. */
export type EvidenceSummary = Pick<EvidenceMeta, 'id' | 'assessmentId' | 'createdAt' | 'updatedAt' | 'fileName' | 'mimeType' | 'size' | 'sha256'> & {
  answerId: string;
};
type StoredEvidence = EvidenceSummary & { data: Uint8Array };

export type AnswerRecordInput = Omit<AnswerRecord, 'id'>;


/**
 * Answers, their evidence files and interview or observation records, and findings of one assessment. Every change
 * that touches more than one record is one transaction, so a failure leaves everything as it was.
 */
export function questionnaireRepo(db: CsmsDb) {
  const answers = () => db.table<Answer, string>('answers');
  const evidence = () => db.table<StoredEvidence, string>('evidence');
  const findings = () => db.table<Finding, string>('findings');

  const findAnswer = (assessmentId: string, requirementId: string) =>
    answers().where('[assessmentId+requirementId]').equals([assessmentId, requirementId]).first();

  /**
   * Applies an edit to one requirement's answer, creating the answer on its first change; returns it as stored, or
   * null when the edit changed nothing and there is no answer, with the changes for the trail. Joins the caller's
   * transaction.
   */
  async function writeAnswer(
    assessmentId: string,
    requirementId: string,
    edit: (current: AnswerInput) => AnswerChange,
    answeredBy: string,
  ): Promise<{ answer: Answer | null; changes: FieldChange[] }> {
    if (!requirementById(requirementId)) throw new Error(`There is no requirement ${requirementId} in the catalogue.`);
    const stored = await findAnswer(assessmentId, requirementId);
    const current = stored ?? emptyAnswer(requirementId);
    const now = nowIso();
    const patch = answerPatch(current, edit(current), { by: answeredBy, at: now });
    if (!patch) return { answer: stored ?? null, changes: [] };
    const base = stored ?? { ...current, id: newId(), assessmentId, createdAt: now };
    const answer = parseOrThrow(answerSchema, { ...base, ...patch, updatedAt: now });
    await answers().put(answer);
    return { answer, changes: diffRecord('answers', stored, answer) };
  }

  /** Writes an answer edit and its trail entry, in one transaction. */
  const saveEdit = (assessmentId: string, requirementId: string, edit: (current: AnswerInput) => AnswerChange, answeredBy: string) =>
    audited(db, assessmentId, (changes) => (changes.some((c) => c.op === 'create') ? 'create' : 'edit'), [answers()], async () => {
      const { answer, changes } = await writeAnswer(assessmentId, requirementId, edit, answeredBy);
      return { result: answer, changes };
    });


  /** Writes an edit that must produce an answer (one that adds something to it). */
  async function writeAddition(...args: Parameters<typeof writeAnswer>): Promise<{ answer: Answer; changes: FieldChange[] }> {
    const { answer, changes } = await writeAnswer(...args);
    if (!answer) throw new Error('Nothing was added to the answer.');
    return { answer, changes };
  }

  async function existingFinding(assessmentId: string, id: string): Promise<Finding> {
    const finding = await findings().get(id);
    if (!finding || finding.assessmentId !== assessmentId) throw new Error('This finding no longer exists.');
    return finding;
  }

  return {
    listAnswers: (assessmentId: string): Promise<Answer[]> => answers().where('assessmentId').equals(assessmentId).toArray(),

    saveAnswer: (assessmentId: string, requirementId: string, change: AnswerChange, answeredBy: string): Promise<Answer | null> =>
      saveEdit(assessmentId, requirementId, () => change, answeredBy),

    async addAnswerRecord(assessmentId: string, requirementId: string, input: AnswerRecordInput, answeredBy: string): Promise<Answer> {
      const record = parseOrThrow(answerRecordSchema, { ...input, id: newId() });
      const answer = await saveEdit(assessmentId, requirementId, (a) => ({ records: [...a.records, record] }), answeredBy);
      if (!answer) throw new Error('Nothing was added to the answer.');
      return answer;
    },

    removeAnswerRecord: (assessmentId: string, requirementId: string, recordId: string, answeredBy: string) =>
      saveEdit(assessmentId, requirementId, (a) => ({ records: a.records.filter((r) => r.id !== recordId) }), answeredBy),

    /** Stores the file and links it to the requirement's answer (created if need be), both or neither. */
    async attachEvidence(assessmentId: string, requirementId: string, file: EvidenceFile, answeredBy: string): Promise<EvidenceSummary> {
      const id = newId();
      const { data, ...fileMeta } = file;
      return audited(db, assessmentId, 'edit', [answers(), evidence()], async () => {
        const { answer, changes } = await writeAddition(assessmentId, requirementId, (a) => ({ evidenceIds: [...a.evidenceIds, id] }), answeredBy);
        const now = nowIso();
        const meta: EvidenceMeta = parseOrThrow(evidenceMetaSchema, { ...fileMeta, id, assessmentId, createdAt: now, updatedAt: now });
        const summary: EvidenceSummary = { ...meta, answerId: answer.id };
        await evidence().add({ ...summary, data });
        return { result: summary, changes: [...diffRecord('evidence', undefined, summary), ...changes] };
      });
    },

    /** Unlinks the file from its answer and deletes it, both or neither; returns what was removed. */
    async removeEvidence(assessmentId: string, evidenceId: string, answeredBy: string): Promise<EvidenceSummary> {
      return audited(db, assessmentId, 'edit', [answers(), evidence()], async () => {
        const stored = await evidence().get(evidenceId);
        if (!stored || stored.assessmentId !== assessmentId) throw new Error('This evidence file was already removed.');
        const answer = await answers().get(stored.answerId);
        const { changes } = answer
          ? await writeAnswer(assessmentId, answer.requirementId, () => ({ evidenceIds: answer.evidenceIds.filter((id) => id !== evidenceId) }), answeredBy)
          : { changes: [] };
        await evidence().delete(evidenceId);
        const { data: _bytes, ...summary } = stored;
        return { result: summary, changes: [...diffRecord('evidence', summary, undefined), ...changes] };
      });
    },

    /**
     * The files backing one answer, without their bytes. IndexedDB cannot read part of a record, so a cursor reads
     * them one at a time and lets each file's bytes go before the next, instead of holding them all.
     */
    async listEvidence(answerId: string): Promise<EvidenceSummary[]> {
      const list: EvidenceSummary[] = [];
      await evidence()
        .where('answerId')
        .equals(answerId)
        .each(({ data: _bytes, ...summary }) => {
          list.push(summary);
        });
      return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    },

    listFindings: (assessmentId: string): Promise<Finding[]> => findings().where('assessmentId').equals(assessmentId).toArray(),

    async addFindings(assessmentId: string, inputs: readonly FindingInput[]): Promise<Finding[]> {
      const now = nowIso();
      const added = inputs.map((input) => ({ ...parseOrThrow(findingInputSchema, input), id: newId(), assessmentId, createdAt: now, updatedAt: now }));
      return audited(db, assessmentId, 'create', [findings()], async () => {
        await findings().bulkAdd(added);
        return { result: added, changes: added.flatMap((f) => diffRecord('findings', undefined, f)) };
      });
    },

    /** Changes some fields of a finding (its form, or just its status); returns it as stored. */
    updateFinding: (assessmentId: string, id: string, patch: Partial<FindingInput>): Promise<Finding> =>
      audited(db, assessmentId, 'edit', [findings()], async () => {
        const before = await existingFinding(assessmentId, id);
        const finding = parseOrThrow(findingSchema, { ...before, ...patch, updatedAt: nowIso() });
        await findings().put(finding);
        return { result: finding, changes: diffRecord('findings', before, finding) };
      }),

    /** `keepId` absorbs `absorbId` (see `mergeFindings`), which is deleted; both or neither. */
    mergeFindings: (assessmentId: string, keepId: string, absorbId: string): Promise<Finding> =>
      audited(db, assessmentId, 'edit', [findings()], async () => {
        if (keepId === absorbId) throw new Error('Choose two different findings to merge.');
        const keep = await existingFinding(assessmentId, keepId);
        const absorbed = await existingFinding(assessmentId, absorbId);
        const merged = parseOrThrow(findingSchema, { ...mergeFindings(keep, absorbed), updatedAt: nowIso() });
        await findings().put(merged);
        await findings().delete(absorbId);
        return { result: merged, changes: [...diffRecord('findings', keep, merged), ...diffRecord('findings', absorbed, undefined)] };
      }),

    deleteFinding: (assessmentId: string, id: string): Promise<Finding> =>
      audited(db, assessmentId, 'delete', [findings()], async () => {
        const finding = await existingFinding(assessmentId, id);
        await findings().delete(id);
        return { result: finding, changes: diffRecord('findings', finding, undefined) };
      }),

    /** The scope's zones, read-only, for SL-T against SL-A; records that do not fit the zone schema are skipped. */
    listZones: async (assessmentId: string): Promise<Zone[]> =>
      (await db.table('zones').where('assessmentId').equals(assessmentId).toArray()).flatMap((z) => {
        const parsed = zoneSchema.safeParse(z);
        return parsed.success ? [parsed.data] : [];
      }),
  };
}

export type QuestionnaireRepo = ReturnType<typeof questionnaireRepo>;
