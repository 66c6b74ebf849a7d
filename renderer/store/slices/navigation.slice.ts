import type { StateCreator } from 'zustand';
import type { AppState } from '../store';

export const SCREENS = ['assessments', 'scope', 'assets', 'questionnaire', 'risks', 'reports'] as const;
export type Screen = (typeof SCREENS)[number];

export interface NavigationSlice {
  screen: Screen;
  openAssessmentId: string | null;
  go: (screen: Screen) => void;
  setOpenAssessment: (id: string | null) => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: 'assessments',
  openAssessmentId: null,
  go: (screen) => set({ screen }),
  setOpenAssessment: (openAssessmentId) => set({ openAssessmentId }),
});
