import type { Assessment } from '../../../shared/domain/assessment';

export interface ReportFacts {
  assessment: Assessment;
  assetCount: number;
  /** Requirements with a status other than "not assessed". */
  answered: number;
  zones: number;
  findings: number;
  risks: number;
  actions: number;
}

/** The parts with nothing recorded yet, whose report sections will say "not assessed". */
export function emptyParts(facts: ReportFacts): string[] {
  const parts: [number, string][] = [
    [facts.answered, 'answers'],
    [facts.zones, 'zones'],
    [facts.assetCount, 'assets'],
    [facts.findings, 'findings'],
    [facts.risks, 'risk scenarios'],
    [facts.actions, 'remediation actions'],
  ];
  return parts.filter(([n]) => n === 0).map(([, part]) => part);
}
