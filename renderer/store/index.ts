import { api } from '../api';
import { assessments, audit, inventory, profile, questionnaire, risks, scope, settings, snapshots } from '../db/instance';
import { createAppStore } from './store';

export const useAppStore = createAppStore({ assessments, settings, inventory, scope, questionnaire, risks, snapshots, profile, audit, api });
