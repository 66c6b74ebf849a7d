import type { Screen } from '../../store/slices/navigation.slice';

/** What each workflow screen will do, shown honestly until the feature lands. */
export const PLANNED: Record<Exclude<Screen, 'assessments' | 'assets' | 'scope' | 'questionnaire' | 'risks'>, { title: string; lead: string; coming: string[] }> = {
  reports: {
    title: 'Reports',
    lead: 'Produce the deliverables handed to site management.',
    coming: ['An Excel workbook of every table', 'A professional PDF report, digitally signed', 'A preview inside the app before saving'],
  },
};
