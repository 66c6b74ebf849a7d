import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS } from '../../../renderer/db/schema';
import { testDb } from './test-db';

/**
 * The live schema must equal the committed snapshot. Changing the schema means adding a version block with an
 * upgrade and updating the snapshot in the same commit, never editing a shipped version.
 */
describe('database schema guard', () => {
  it('matches the committed snapshot', async () => {
    const db = testDb();
    await db.open();
    const live = {
      version: db.verno,
      tables: Object.fromEntries(
        [...db.tables]
          .sort((a, b) => a.name.localeCompare(b.name))
          .map((t) => [t.name, { primKey: t.schema.primKey.src, indexes: t.schema.indexes.map((i) => i.src).sort() }]),
      ),
    };
    const snapshot = JSON.parse(readFileSync(new URL('./schema-snapshot.json', import.meta.url), 'utf8'));
    expect(live).toEqual(snapshot);
    db.close();
  });

  it('lists versions in ascending order, the newest being the one opened', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });
});
