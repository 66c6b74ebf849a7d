import { CATALOGUE } from '../../../../shared/catalogue/catalogue';
import { FINDING_SEVERITIES, type Finding } from '../../../../shared/questionnaire/finding-drafts';

const catalogueOrder = new Map(CATALOGUE.requirements.map((r, i) => [r.id, i]));
const firstRequirement = (f: Finding) => Math.min(...f.requirementIds.map((id) => catalogueOrder.get(id) ?? Infinity));

/** Open findings before dismissed ones, the most severe first, then in catalogue order. */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      Number(a.status === 'dismissed') - Number(b.status === 'dismissed') ||
      FINDING_SEVERITIES.indexOf(b.severity) - FINDING_SEVERITIES.indexOf(a.severity) ||
      firstRequirement(a) - firstRequirement(b) ||
      a.createdAt.localeCompare(b.createdAt),
  );
}
