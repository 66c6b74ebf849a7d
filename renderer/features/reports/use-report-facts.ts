import { useLiveQuery } from 'dexie-react-hooks';
import { assessments, questionnaire } from '../../db/instance';
import type { ReportFacts } from './report-facts';

/** What the report will draw on, for the form's notes; undefined while loading, null when the assessment is gone. */
export function useReportFacts(assessmentId: string): ReportFacts | null | undefined {
  return useLiveQuery(async () => {
    const [assessment, counts, answers] = await Promise.all([
      assessments.get(assessmentId),
      assessments.counts(assessmentId),
      questionnaire.listAnswers(assessmentId),
    ]);
    if (!assessment) return null;
    const count = (table: string) => counts[table] ?? 0;
    return {
      assessment,
      assetCount: count('assets'),
      answered: answers.filter((a) => a.status !== 'not-assessed').length,
      zones: count('zones'),
      findings: count('findings'),
      risks: count('risks'),
      actions: count('actions'),
    };
  }, [assessmentId]);
}
