import { api } from '../api';
import { assessments, inventory, questionnaire, scope, settings } from '../db/instance';
import { createAppStore } from './store';

export const useAppStore = createAppStore({ assessments, settings, inventory, scope, questionnaire, api });
