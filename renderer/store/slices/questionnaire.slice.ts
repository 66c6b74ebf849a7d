import type { StateCreator } from 'zustand';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';
import { formatByteSize } from '../../../shared/format/byte-size';
import { FINDING_STATUS_LABELS, proposeFindings, type FindingInput, type FindingStatus } from '../../../shared/questionnaire/finding-drafts';
import { unwrap } from '../../api';
import type { AnswerChange, AnswerRecordInput } from '../../db/repos/questionnaire.repo';
import type { AppState, StoreDeps } from '../store';
import { attempt as attemptAction } from './attempt';

/**
 * Questionnaire actions on the open assessment. Answers, evidence and findings are read by the screen with live
 * queries (a hundred-odd records), so the actions only write and report.
 */
export interface QuestionnaireSlice {
  /** Autosave of one requirement's answer; failures become an error notice, success is shown by the editor. */
  saveAnswer: (requirementId: string, change: AnswerChange) => Promise<boolean>;
  /** Asks main for a file and stores it as evidence of the requirement's answer. */
  attachEvidence: (requirementId: string) => Promise<void>;
  removeEvidence: (evidenceId: string) => Promise<void>;
  addAnswerRecord: (requirementId: string, input: AnswerRecordInput) => Promise<boolean>;
  removeAnswerRecord: (requirementId: string, recordId: string) => Promise<void>;
  /** Adds a draft finding for every gap no finding covers yet. */
  proposeFindingsFromGaps: () => Promise<void>;
  saveFinding: (id: string, input: FindingInput) => Promise<boolean>;
  setFindingStatus: (id: string, status: FindingStatus) => Promise<void>;
  mergeFindings: (keepId: string, absorbId: string) => Promise<void>;
  deleteFinding: (id: string) => Promise<void>;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export const createQuestionnaireSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], QuestionnaireSlice> =>
  (_set, get) => {
    const repo = deps.questionnaire;

    async function openAssessment() {
      const id = get().openAssessmentId;
      const assessment = id ? await deps.assessments.get(id) : undefined;
      if (!assessment) throw new Error('Open an assessment first.');
      return assessment;
    }

    /** The open assessment's id and who answers: this laptop's assessor, else the assessment's first one, if named. */
    async function answering() {
      const assessment = await openAssessment();
      return { id: assessment.id, by: get().profile?.name || (assessment.assessors[0] ?? '') };
    }

    const attempt = (work: () => Promise<string | null>) => attemptAction(get().notify, work);

    return {
      saveAnswer: (requirementId, change) =>
        attempt(async () => {
          const { id, by } = await answering();
          await repo.saveAnswer(id, requirementId, change, by);
          return null;
        }),

      attachEvidence: async (requirementId) => {
        await attempt(async () => {
          const { id, by } = await answering();
          const file = unwrap(await deps.api().evidenceOpenFile({}));
          if (file.status === 'cancelled') return null;
          const { status: _status, ...content } = file;
          const stored = await repo.attachEvidence(id, requirementId, content, by);
          return `Attached “${stored.fileName}” (${formatByteSize(stored.size)}) to ${requirementId}.`;
        });
      },

      removeEvidence: async (evidenceId) => {
        await attempt(async () => {
          const { id, by } = await answering();
          const removed = await repo.removeEvidence(id, evidenceId, by);
          return `Removed “${removed.fileName}”.`;
        });
      },

      addAnswerRecord: (requirementId, input) =>
        attempt(async () => {
          const { id, by } = await answering();
          await repo.addAnswerRecord(id, requirementId, input, by);
          return `Added the ${input.kind} to ${requirementId}.`;
        }),

      removeAnswerRecord: async (requirementId, recordId) => {
        await attempt(async () => {
          const { id, by } = await answering();
          await repo.removeAnswerRecord(id, requirementId, recordId, by);
          return `Removed the record from ${requirementId}.`;
        });
      },

      proposeFindingsFromGaps: async () => {
        await attempt(async () => {
          const assessment = await openAssessment();
          const [answers, existing] = await Promise.all([repo.listAnswers(assessment.id), repo.listFindings(assessment.id)]);
          const drafts = proposeFindings(CATALOGUE, answers, existing, assessment.edition);
          if (!drafts.length) return 'Every gap already has a finding; nothing new to propose.';
          await repo.addFindings(assessment.id, drafts);
          return `Proposed ${plural(drafts.length, 'draft finding')} from gaps.`;
        });
      },

      saveFinding: (id, input) =>
        attempt(async () => {
          const saved = await repo.updateFinding((await openAssessment()).id, id, input);
          return `Saved “${saved.title}”.`;
        }),

      setFindingStatus: async (id, status) => {
        await attempt(async () => {
          const saved = await repo.updateFinding((await openAssessment()).id, id, { status });
          return `“${saved.title}” is now ${FINDING_STATUS_LABELS[status].toLowerCase()}.`;
        });
      },

      mergeFindings: async (keepId, absorbId) => {
        await attempt(async () => {
          const merged = await repo.mergeFindings((await openAssessment()).id, keepId, absorbId);
          return `Merged into “${merged.title}”.`;
        });
      },

      deleteFinding: async (id) => {
        await attempt(async () => {
          const deleted = await repo.deleteFinding((await openAssessment()).id, id);
          return `Deleted “${deleted.title}”.`;
        });
      },
    };
  };
