import { api } from '../api';
import { assessments, settings } from '../db/instance';
import { createAppStore } from './store';

export const useAppStore = createAppStore({ assessments, settings, api });
