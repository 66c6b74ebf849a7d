import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { PROFILE_KEY, profileRepo } from '../../../renderer/db/repos/profile.repo';
import { CsmsDb } from '../../../renderer/db/db';
import { assessmentsRepo } from '../../../renderer/db/repos/assessments.repo';
import { auditRepo } from '../../../renderer/db/repos/audit.repo';
import { sampleInput, testDb } from './test-db';

/** A database with no profile loaded, as the app starts. */
function freshDb(): CsmsDb {
  const db = testDb();
  db.author = null;
  return db;
}

describe('assessor profile', () => {
  it('is created on first load with a new id and no name, kept in settings, and becomes the author of changes', async () => {
    const db = freshDb();
    await expect(assessmentsRepo(db).create(sampleInput)).rejects.toThrow(/profile is not loaded/);
    expect(await db.assessments.count()).toBe(0);

    const profile = await profileRepo(db).load();
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(profile.name).toBe('');
    expect(db.author).toEqual(profile);
    expect(await db.settings.get(PROFILE_KEY)).toEqual({ key: PROFILE_KEY, value: profile });
    // Loading again (the next start) finds the same profile.
    expect(await profileRepo(db).load()).toEqual(profile);
  });

  it('is renamed (trimmed) under the same id, persists, and names the changes made after', async () => {
    const db = freshDb();
    const repo = profileRepo(db);
    const { id } = await repo.load();
    const renamed = await repo.rename('  Jürgen Weiß  ');
    expect(renamed).toEqual({ id, name: 'Jürgen Weiß' });
    expect(db.author).toEqual(renamed);

    const other = new CsmsDb(db.name, indexedDB, IDBKeyRange);
    expect(await profileRepo(other).load()).toEqual(renamed);
    other.close();

    const a = await assessmentsRepo(db).create(sampleInput);
    expect((await auditRepo(db).list(a.id))[0]?.by).toEqual({ id, name: 'Jürgen Weiß' });
  });

  it('refuses an empty or over-long name and keeps the one it had', async () => {
    const db = freshDb();
    const repo = profileRepo(db);
    await repo.load();
    const named = await repo.rename('Ana Ruiz');
    await expect(repo.rename('   ')).rejects.toThrow('Enter your name: the audit trail records it with every change.');
    await expect(repo.rename('x'.repeat(121))).rejects.toThrow('The name is too long: at most 120 characters.');
    expect(await repo.rename('y'.repeat(120))).toMatchObject({ name: 'y'.repeat(120) });
    await repo.rename(named.name);
    expect(db.author).toEqual(named);
    expect((await db.settings.get(PROFILE_KEY))?.value).toEqual(named);
  });

  it('replaces a damaged stored profile with a new one', async () => {
    const db = freshDb();
    await db.settings.put({ key: PROFILE_KEY, value: { id: 'not-a-uuid', name: 3 } });
    const profile = await profileRepo(db).load();
    expect(profile.id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await db.settings.get(PROFILE_KEY))?.value).toEqual(profile);
  });
});
