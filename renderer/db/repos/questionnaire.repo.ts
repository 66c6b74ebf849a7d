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
   * null when the edit changed nothing and there is no answer. Joins the caller's transaction.
   */
  async function writeAnswer(
    assessmentId: string,
    requirementId: string,
    edit: (current: AnswerInput) => AnswerChange,
    answeredBy: string,
  ): Promise<Answer | null> {
    if (!requirementById(requirementId)) throw new Error(`There is no requirement ${requirementId} in the catalogue.`);
    const stored = await findAnswer(assessmentId, requirementId);
    const current = stored ?? emptyAnswer(requirementId);
    const now = nowIso();
    const patch = answerPatch(current, edit(current), { by: answeredBy, at: now });
    if (!patch) return stored ?? null;
    const base = stored ?? { ...current, id: newId(), assessmentId, createdAt: now };
    const answer = parseOrThrow(answerSchema, { ...base, ...patch, updatedAt: now });
    await answers().put(answer);
    return answer;
  }

  /** Writes an edit that must produce an answer (one that adds something to it). */
  async function writeAddition(...args: Parameters<typeof writeAnswer>): Promise<Answer> {
    const answer = await writeAnswer(...args);
    if (!answer) throw new Error('Nothing was added to the answer.');
    return answer;
  }

  async function existingFinding(assessmentId: string, id: string): Promise<Finding> {
    const finding = await findings().get(id);
    if (!finding || finding.assessmentId !== assessmentId) throw new Error('This finding no longer exists.');
    return finding;
  }

  return {
    listAnswers: (assessmentId: string): Promise<Answer[]> => answers().where('assessmentId').equals(assessmentId).toArray(),

    saveAnswer: (assessmentId: string, requirementId: string, change: AnswerChange, answeredBy: string): Promise<Answer | null> =>
      db.transaction('rw', answers(), () => writeAnswer(assessmentId, requirementId, () => change, answeredBy)),

    async addAnswerRecord(assessmentId: string, requirementId: string, input: AnswerRecordInput, answeredBy: string): Promise<Answer> {
      const record = parseOrThrow(answerRecordSchema, { ...input, id: newId() });
      return db.transaction('rw', answers(), () =>
        writeAddition(assessmentId, requirementId, (a) => ({ records: [...a.records, record] }), answeredBy),
      );
    },

    removeAnswerRecord: (assessmentId: string, requirementId: string, recordId: string, answeredBy: string) =>
      db.transaction('rw', answers(), () =>
        writeAnswer(assessmentId, requirementId, (a) => ({ records: a.records.filter((r) => r.id !== recordId) }), answeredBy),
      ),

    /** Stores the file and links it to the requirement's answer (created if need be), both or neither. */
    async attachEvidence(assessmentId: string, requirementId: string, file: EvidenceFile, answeredBy: string): Promise<EvidenceSummary> {
      const id = newId();
      const { data, ...fileMeta } = file;
      return db.transaction('rw', answers(), evidence(), async () => {
        const answer = await writeAddition(assessmentId, requirementId, (a) => ({ evidenceIds: [...a.evidenceIds, id] }), answeredBy);
        const now = nowIso();
        const meta: EvidenceMeta = parseOrThrow(evidenceMetaSchema, { ...fileMeta, id, assessmentId, createdAt: now, updatedAt: now });
        const summary: EvidenceSummary = { ...meta, answerId: answer.id };
        await evidence().add({ ...summary, data });
        return summary;
      });
    },

    /** Unlinks the file from its answer and deletes it, both or neither; returns what was removed. */
    async removeEvidence(assessmentId: string, evidenceId: string, answeredBy: string): Promise<EvidenceSummary> {
      return db.transaction('rw', answers(), evidence(), async () => {
        const stored = await evidence().get(evidenceId);
        if (!stored || stored.assessmentId !== assessmentId) throw new Error('This evidence file was already removed.');
        const answer = await answers().get(stored.answerId);
        if (answer) {
          const evidenceIds = answer.evidenceIds.filter((id) => id !== evidenceId);
          await writeAnswer(assessmentId, answer.requirementId, () => ({ evidenceIds }), answeredBy);
        }
        await evidence().delete(evidenceId);
        const { data: _bytes, ...summary } = stored;
        return summary;
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
      await db.transaction('rw', findings(), () => findings().bulkAdd(added));
      return added;
    },

    /** Changes some fields of a finding (its form, or just its status); returns it as stored. */
    updateFinding: (assessmentId: string, id: string, patch: Partial<FindingInput>): Promise<Finding> =>
      db.transaction('rw', findings(), async () => {
        const finding = parseOrThrow(findingSchema, { ...(await existingFinding(assessmentId, id)), ...patch, updatedAt: nowIso() });
        await findings().put(finding);
        return finding;
      }),

    /** `keepId` absorbs `absorbId` (see `mergeFindings`), which is deleted; both or neither. */
    mergeFindings: (assessmentId: string, keepId: string, absorbId: string): Promise<Finding> =>
      db.transaction('rw', findings(), async () => {
        if (keepId === absorbId) throw new Error('Choose two different findings to merge.');
        const keep = await existingFinding(assessmentId, keepId);
        const absorbed = await existingFinding(assessmentId, absorbId);
        const merged = parseOrThrow(findingSchema, { ...mergeFindings(keep, absorbed), updatedAt: nowIso() });
        await findings().put(merged);
        await findings().delete(absorbId);
        return merged;
      }),

    deleteFinding: (assessmentId: string, id: string): Promise<Finding> =>
      db.transaction('rw', findings(), async () => {
        const finding = await existingFinding(assessmentId, id);
        await findings().delete(id);
        return finding;
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
