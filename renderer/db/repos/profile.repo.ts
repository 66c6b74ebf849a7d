import { authorSchema, type Author } from '../../../shared/audit/audit';
import { newId } from '../../../shared/domain/record';
import type { CsmsDb } from '../db';

/** The settings key of this laptop's assessor profile (not part of any assessment file). */
export const PROFILE_KEY = 'profile';
const MAX_NAME = 120;

/** The assessor profile of this laptop: the name and id the audit trail records for every change made here. */
export function profileRepo(db: CsmsDb) {
  return {
    /** The stored profile, created (new id, no name yet) on first use; it becomes the author of changes. */
    async load(): Promise<Author> {
      const author = await db.transaction('rw', db.settings, async () => {
        const stored = authorSchema.safeParse((await db.settings.get(PROFILE_KEY))?.value);
        if (stored.success) return stored.data;
        const created: Author = { id: newId(), name: '' };
        await db.settings.put({ key: PROFILE_KEY, value: created });
        return created;
      });
      db.author = author;
      return author;
    },

    /** Sets the name changes are recorded under from now on; entries already made keep the name they had. */
    async rename(name: string): Promise<Author> {
      const trimmed = name.trim();
      if (!trimmed) throw new Error('Enter your name: the audit trail records it with every change.');
      if (trimmed.length > MAX_NAME) throw new Error(`The name is too long: at most ${MAX_NAME} characters.`);
      const author = await db.transaction('rw', db.settings, async () => {
        const current = authorSchema.safeParse((await db.settings.get(PROFILE_KEY))?.value);
        const renamed = authorSchema.parse({ id: current.success ? current.data.id : newId(), name: trimmed });
        await db.settings.put({ key: PROFILE_KEY, value: renamed });
        return renamed;
      });
      db.author = author;
      return author;
    },
  };
}

export type ProfileRepo = ReturnType<typeof profileRepo>;
