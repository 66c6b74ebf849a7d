import { useLiveQuery } from 'dexie-react-hooks';
import type { Assessment } from '../../../shared/domain/assessment';
import type { Answer } from '../../../shared/questionnaire/answer';
import type { Finding } from '../../../shared/questionnaire/finding-drafts';
import type { Zone } from '../../../shared/scope/zones';
import { assessments, questionnaire } from '../../db/instance';

export interface QuestionnaireData {
  assessment: Assessment;
  answers: Answer[];
  findings: Finding[];
  zones: Zone[];
}

/**
 * Everything the screen shows, kept current by live queries; undefined while loading, null when the assessment
 * is gone. Read as one query so the tabs never see answers and findings from different moments.
 */
export function useQuestionnaireData(assessmentId: string): QuestionnaireData | null | undefined {
  return useLiveQuery(async () => {
    const [assessment, answers, findings, zones] = await Promise.all([
      assessments.get(assessmentId),
      questionnaire.listAnswers(assessmentId),
      questionnaire.listFindings(assessmentId),
      questionnaire.listZones(assessmentId),
    ]);
    return assessment ? { assessment, answers, findings, zones } : null;
  }, [assessmentId]);
}
