import type { Screen } from '../../store/slices/navigation.slice';

/** What each workflow screen will do, shown honestly until the feature lands. */
export const PLANNED: Record<Exclude<Screen, 'assessments' | 'assets'>, { title: string; lead: string; coming: string[] }> = {
  scope: {
    title: 'Scope',
    lead: 'Describe the site and the system under consideration, then split it into zones and conduits.',
    coming: [
      'Scope statement, boundaries, systems in scope and exclusions with reasons',
      'Stakeholders and interviewees',
      'Zones with Purdue levels and target security levels, conduits between them',
      'A generated zone-and-conduit diagram',
    ],
  },
  questionnaire: {
    title: 'CSMS assessment',
    lead: 'Work through the IEC 62443-2-1 requirements step by step, with evidence and maturity levels.',
    coming: [
      'The requirement catalogue across the 11 implementation steps, cited by clause and SPE',
      'Status, achieved and target maturity per requirement, with evidence attached',
      'Scores per step and finding drafts for every gap',
    ],
  },
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
