import type { CsmsDb } from '../../../renderer/db/db';

/** Makes every write to `tableName` fail the way IndexedDB does when the origin's quota is used up. */
export function fillStorage(db: CsmsDb, tableName: string): void {
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name !== tableName) return table;
        return { ...table, mutate: () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError')) };
      },
    }),
  });
}
