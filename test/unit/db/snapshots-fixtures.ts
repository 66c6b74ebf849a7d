import type { CsmsDb } from '../../../renderer/db/db';
import { failWrites } from './test-db';

/** Makes every write to `tableName` fail the way IndexedDB does when the origin's quota is used up. */
export function fillStorage(db: CsmsDb, tableName: string): void {
  failWrites(db, { on: true, table: tableName }, () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
}
