import { api } from '../api';
import { assessments, inventory, settings } from '../db/instance';
import { createAppStore } from './store';

export const useAppStore = createAppStore({ assessments, settings, inventory, api });
