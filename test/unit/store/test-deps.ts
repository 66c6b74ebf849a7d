import type { CsmsDb } from '../../../renderer/db/db';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { assetsRepo } from '../../../renderer/db/repos/assets.repo';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import { profileRepo } from '../../../renderer/db/repos/profile.repo';
import { questionnaireRepo } from '../../../renderer/db/repos/questionnaire.repo';
import { risksRepo } from '../../../renderer/db/repos/risks.repo';
import { scopeRepo } from '../../../renderer/db/repos/scope.repo';
import { settingsRepo } from '../../../renderer/db/repos/settings.repo';
import { snapshotsRepo } from '../../../renderer/db/repos/snapshots.repo';
import type { StoreDeps } from '../../../renderer/store/store';
import type { RendererApi } from '../../../shared/ipc/contract';

/** The store's real repositories over a (fake-indexeddb) database; only the IPC bridge to main is scripted. */
export function testStoreDeps(db: CsmsDb, api: Partial<RendererApi> = {}): StoreDeps {
  return {
    assessments: assessmentsRepo(db),
    settings: settingsRepo(db),
    inventory: assetsRepo(db),
    scope: scopeRepo(db),
    questionnaire: questionnaireRepo(db),
    risks: risksRepo(db),
    snapshots: snapshotsRepo(db, { appVersion: '0.1.0-test' }),
    profile: profileRepo(db),
    audit: auditRepo(db),
    api: () => api as RendererApi,
  };
}
