import type { Screen } from '../../store/slices/navigation.slice';

/** What each workflow screen will do, shown honestly until the feature lands. */
export const PLANNED: Record<Exclude<Screen, 'assessments' | 'assets' | 'scope' | 'questionnaire'>, { title: string; lead: string; coming: string[] }> = {
  risks: {
    title: 'Risk analysis',
    lead: 'Turn findings into ranked risk scenarios per zone, set target security levels and plan remediation.',
    coming: [
      'A configurable risk matrix and a threat catalogue',
      'Scenarios with inherent and residual risk, treatment and SL-T per zone',
      'A remediation plan with owners, due dates and a roadmap',
    ],
  },
  reports: {
    title: 'Reports',
    lead: 'Produce the deliverables handed to site management.',
    coming: ['An Excel workbook of every table', 'A professional PDF report, digitally signed', 'A preview inside the app before saving'],
  },
};
