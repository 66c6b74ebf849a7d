import type { CsmsDb } from '../db';

/** Small per-laptop preferences (not part of any assessment file). */
export function settingsRepo(db: CsmsDb) {
  return {
    async get<T>(key: string): Promise<T | undefined> {
      return (await db.settings.get(key))?.value as T | undefined;
    },
    async set(key: string, value: unknown): Promise<void> {
      await db.settings.put({ key, value });
    },
    async remove(key: string): Promise<void> {
      await db.settings.delete(key);
    },
  };
}

export const SETTING_LAST_OPEN_ASSESSMENT = 'lastOpenAssessmentId';

/** The report options last used for an assessment; deleted with the assessment. */
export const reportOptionsKey = (assessmentId: string) => `reportOptions:${assessmentId}`;
