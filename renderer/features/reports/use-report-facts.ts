import { useLiveQuery } from 'dexie-react-hooks';
import { isAnswered } from '../../../shared/questionnaire/scoring';
import { scopeIsFilled } from '../../../shared/report/model';
import { assessments, questionnaire } from '../../db/instance';
import { useInventory } from '../../store/use-inventory';
import type { ReportFacts } from './report-facts';

/** What the report will draw on, for the form's notes; undefined while loading, null when the assessment is gone. */
export function useReportFacts(assessmentId: string): ReportFacts | null | undefined {
  // The inventory is held in the store: counting it from IndexedDB would read every asset again on each change.
  const inventory = useInventory(assessmentId);
  const facts = useLiveQuery(async () => {
    const [assessment, counts, answers, findings] = await Promise.all([
      assessments.get(assessmentId),
      assessments.counts(assessmentId, ['zones', 'risks', 'actions']),
      questionnaire.listAnswers(assessmentId),
      questionnaire.listFindings(assessmentId),
    ]);
    if (!assessment) return null;
    const count = (table: string) => counts[table] ?? 0;
    return {
      assessment,
      coverage: {
        scope: scopeIsFilled(assessment.scope),
        zones: count('zones'),
        answers: answers.filter((a) => isAnswered(a.status)).length,
        findings: findings.filter((f) => f.status !== 'dismissed').length,
        risks: count('risks'),
        actions: count('actions'),
      },
    };
  }, [assessmentId]);
  if (!facts || !inventory) return facts === null ? null : undefined;
  return { ...facts, coverage: { ...facts.coverage, assets: inventory.length } };
}
