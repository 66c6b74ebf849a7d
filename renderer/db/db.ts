import Dexie, { type Table } from 'dexie';
import type { Assessment } from '../../shared/domain/assessment';
import type { EvidenceRecord, LooseChildRecord } from '../../shared/domain/tables';
import type { RecordTable } from '../../shared/bundle/bundle';
import { SCHEMA_VERSIONS } from './schema';

export interface Setting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'csms-assessor';

/** The one IndexedDB database: the record of truth for everything the assessor enters. */
export class CsmsDb extends Dexie {
  assessments!: Table<Assessment, string>;
  evidence!: Table<EvidenceRecord, string>;
  settings!: Table<Setting, string>;

  constructor(name = DB_NAME, indexedDB?: IDBFactory, keyRange?: typeof IDBKeyRange) {
    super(name, indexedDB && keyRange ? { indexedDB, IDBKeyRange: keyRange } : undefined);
    for (const v of SCHEMA_VERSIONS) {
      const version = this.version(v.version).stores(v.stores);
      if (v.upgrade) version.upgrade(v.upgrade);
    }
  }

  /** Per-assessment record tables, typed loosely until each feature defines its schema. */
  recordTable(name: RecordTable): Table<LooseChildRecord, string> {
    return this.table(name);
  }
}
