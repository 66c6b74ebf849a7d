import Dexie, { type Table } from 'dexie';
import type { Assessment } from '../../shared/domain/assessment';
import type { EvidenceRecord, LooseChildRecord } from '../../shared/domain/tables';
import type { RecordTable } from '../../shared/bundle/bundle';
import type { Author } from '../../shared/audit/audit';
import { SCHEMA_VERSIONS } from './schema';

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'csms-assessor';

/** Tables whose writes are laptop bookkeeping, not the assessor's work: they do not count as changes. */
const UNTRACKED_TABLES = new Set(['settings', 'imports', 'snapshots', 'snapshotData', 'audit', 'auditClocks']);

/** The one IndexedDB database: the record of truth for everything the assessor enters. */
export class CsmsDb extends Dexie {
  assessments!: Table<Assessment, string>;
  evidence!: Table<EvidenceRecord, string>;
  settings!: Table<Setting, string>;
  /**
   * Write requests to the assessor's data since this connection opened, whichever screen made them: a cheap "has
   * anything changed" signal for automatic snapshots (a write that later aborts still counts, which only costs one
   * snapshot too many).
   */
  changeCount = 0;
  /** Who the audit trail names for changes made through this connection: the laptop's assessor profile, once loaded. */
  author: Author | null = null;

  constructor(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange) {
    super(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
    this.use({
      stack: 'dbcore',
      name: 'change-count',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (UNTRACKED_TABLES.has(name)) return table;
          return {
            ...table,
            mutate: (req) => {
              this.changeCount++;
              return table.mutate(req);
            },
          };
        },
      }),
    });
  }

  /** Per-assessment record tables, typed loosely until each feature defines its schema. */
  recordTable(name: RecordTable): Table<LooseChildRecord, string> {
    return this.table(name);
  }
}
