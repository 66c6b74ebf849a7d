import type { Screen } from '../store/slices/navigation.slice';

export const NAV_ITEMS: readonly { screen: Screen; label: string; hint: string }[] = [
  { screen: 'assessments', label: 'Assessments', hint: 'Create, open and share assessments' },
  { screen: 'scope', label: 'Scope', hint: 'Site, boundaries, zones and conduits' },
  { screen: 'assets', label: 'Assets', hint: 'Asset inventory' },
  { screen: 'questionnaire', label: 'Assessment', hint: 'IEC 62443-2-1 requirements' },
  { screen: 'risks', label: 'Risks', hint: 'Risk analysis and remediation' },
  { screen: 'reports', label: 'Reports', hint: 'Workbook and signed PDF' },
];
