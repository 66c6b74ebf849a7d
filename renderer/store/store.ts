import { create } from 'zustand';
import type { RendererApi } from '../../shared/ipc/contract';
import type { AssessmentsRepo } from '../db/repos/assessments.repo';
import type { AssetsRepo } from '../db/repos/assets.repo';
import type { AuditRepo } from '../db/repos/audit.repo';
import type { ProfileRepo } from '../db/repos/profile.repo';
import type { QuestionnaireRepo } from '../db/repos/questionnaire.repo';
import type { RisksRepo } from '../db/repos/risks.repo';
import type { ScopeRepo } from '../db/repos/scope.repo';
import type { settingsRepo } from '../db/repos/settings.repo';
import type { SnapshotsRepo } from '../db/repos/snapshots.repo';
import { createNavigationSlice, type NavigationSlice } from './slices/navigation.slice';
import { createNoticesSlice, type NoticesSlice } from './slices/notices.slice';
import { createAssessmentsSlice, type AssessmentsSlice } from './slices/assessments.slice';
import { createAuditSlice, type AuditSlice } from './slices/audit.slice';
import { createInventorySlice, type InventorySlice } from './slices/inventory.slice';
import { createQuestionnaireSlice, type QuestionnaireSlice } from './slices/questionnaire.slice';
import { createReportsSlice, type ReportsSlice } from './slices/reports.slice';
import { createRisksSlice, type RisksSlice } from './slices/risks.slice';
import { createScopeSlice, type ScopeSlice } from './slices/scope.slice';
import { createSnapshotsSlice, type SnapshotsSlice } from './slices/snapshots.slice';

export type AppState = NavigationSlice & NoticesSlice & AssessmentsSlice & InventorySlice & ScopeSlice & QuestionnaireSlice & RisksSlice & ReportsSlice & SnapshotsSlice & AuditSlice;

export interface StoreDeps {
  assessments: AssessmentsRepo;
  settings: ReturnType<typeof settingsRepo>;
  inventory: AssetsRepo;
  scope: ScopeRepo;
  questionnaire: QuestionnaireRepo;
  risks: RisksRepo;
  snapshots: SnapshotsRepo;
  profile: ProfileRepo;
  audit: AuditRepo;
  api: () => RendererApi;
}

/** One store from its slices; dependencies are injected so unit tests run it over fake-indexeddb. */
export function createAppStore(deps: StoreDeps) {
  return create<AppState>()((...a) => ({
    ...createNavigationSlice(...a),
    ...createNoticesSlice(...a),
    ...createAssessmentsSlice(deps)(...a),
    ...createInventorySlice(deps)(...a),
    ...createScopeSlice(deps)(...a),
    ...createQuestionnaireSlice(deps)(...a),
    ...createRisksSlice(deps)(...a),
    ...createReportsSlice(deps)(...a),
    ...createSnapshotsSlice(deps)(...a),
    ...createAuditSlice(deps)(...a),
  }));
}
