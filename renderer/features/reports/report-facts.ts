import type { Assessment } from '../../../shared/domain/assessment';
import { missingParts, type ReportCoverage } from '../../../shared/report/model';

export interface ReportFacts {
  assessment: Assessment;
  coverage: ReportCoverage;
}

const PART_NAMES: Record<keyof ReturnType<typeof missingParts>, string> = {
  scope: 'the scope',
  answers: 'answers',
  zones: 'zones',
  assets: 'assets',
  findings: 'findings',
  risks: 'risk scenarios',
  actions: 'remediation actions',
};

/** The parts with nothing recorded yet, whose report sections will say "not assessed" (the report's own rule). */
export function emptyParts(facts: ReportFacts): string[] {
  const missing = missingParts(facts.coverage);
  return (Object.keys(PART_NAMES) as (keyof typeof PART_NAMES)[]).filter((part) => missing[part]).map((part) => PART_NAMES[part]);
}
