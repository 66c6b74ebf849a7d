import { CsmsDb } from './db';
import { assessmentsRepo } from './repos/assessments.repo';
import { assetsRepo } from './repos/assets.repo';
import { auditRepo } from './repos/audit.repo';
import { profileRepo } from './repos/profile.repo';
import { questionnaireRepo } from './repos/questionnaire.repo';
import { risksRepo } from './repos/risks.repo';
import { scopeRepo } from './repos/scope.repo';
import { settingsRepo } from './repos/settings.repo';
import { snapshotsRepo } from './repos/snapshots.repo';
import { inWorker } from './snapshot-jobs';
import { version } from '../../package.json';

/** The app's database and repositories; tests build their own over fake-indexeddb. */
export const db = new CsmsDb();
export const assessments = assessmentsRepo(db);
export const settings = settingsRepo(db);
export const inventory = assetsRepo(db);
export const scope = scopeRepo(db);
export const questionnaire = questionnaireRepo(db);
export const risks = risksRepo(db);
/** Loaded at start (main.tsx): it sets `db.author`, whom the audit trail names for every change made here. */
export const profile = profileRepo(db);
export const audit = auditRepo(db);
export const snapshots = inWorker(snapshotsRepo(db, { appVersion: version }), version, () =>
  new Worker(new URL('./snapshot.worker.ts', import.meta.url), { type: 'module', name: 'snapshots' }),
  db,
);
