import type { Table } from 'dexie';
import {
  auditEntrySchema,
  byEntryTime,
  joinVectors,
  vectorOf,
  type AuditAction,
  type AuditEntry,
  type Author,
  type FieldChange,
  type VersionVector,
} from '../../shared/audit/audit';
import { newId, nowIso } from '../../shared/domain/record';
import type { CsmsDb } from './db';

/** An entry as stored: indexed by the records it created or changed (deletions need no history: the record is gone). */
type StoredEntry = AuditEntry & { recordIds: string[] };

/** This laptop's place in an assessment's trail: the replica it writes as, its last entry number, what it has seen. */
interface AuditClock {
  assessmentId: string;
  replica: string;
  seq: number;
  known: VersionVector;
}

const entries = (db: CsmsDb) => db.table<StoredEntry, string>('audit');
const clocks = (db: CsmsDb) => db.table<AuditClock, string>('auditClocks');

/** The tables every audited write transaction must include, beside the ones it changes. */
export const auditTables = (db: CsmsDb): Table[] => [entries(db), clocks(db)];

function currentAuthor(db: CsmsDb): Author {
  if (!db.author) throw new Error('The assessor profile is not loaded yet; nothing was changed.');
  return db.author;
}

const stored = (entry: AuditEntry): StoredEntry => ({
  ...entry,
  recordIds: [...new Set(entry.changes.filter((c) => c.op !== 'delete').map((c) => c.recordId))],
});

const unstored = ({ recordIds: _ids, ...entry }: StoredEntry): AuditEntry => entry;

async function clockOf(db: CsmsDb, assessmentId: string): Promise<AuditClock> {
  const clock = await clocks(db).get(assessmentId);
  if (clock) return clock;
  // An assessment from before the trail, or one whose clock went with a restore: start a replica of our own.
  const known = vectorOf(await entries(db).where('assessmentId').equals(assessmentId).toArray());
  return { assessmentId, replica: newId(), seq: 0, known };
}

/**
 * Appends one entry for these changes, made now by the profile's assessor (nothing when there are none and no
 * note). Joins
 * the caller's read-write transaction, which must include auditTables(db), so the change and its record of it are
 * written together or not at all.
 */
export async function recordChanges(
  db: CsmsDb,
  assessmentId: string,
  action: AuditAction,
  changes: readonly FieldChange[],
  note?: string,
): Promise<AuditEntry | null> {
  // A note alone is worth an entry: an import that only added assets lists no field changes.
  if (changes.length === 0 && !note) return null;
  const by = currentAuthor(db);
  const clock = await clockOf(db, assessmentId);
  const seq = clock.seq + 1;
  const known = { ...clock.known, [clock.replica]: seq };
  const entry = auditEntrySchema.parse({
    id: newId(),
    assessmentId,
    replica: clock.replica,
    seq,
    known,
    at: nowIso(),
    by: { ...by },
    action,
    ...(note ? { note: note.slice(0, 500) } : {}),
    changes,
  });
  await entries(db).add(stored(entry));
  await clocks(db).put({ ...clock, seq, known });
  return entry;
}

/**
 * Stores entries that arrived in a file (an import or a merge), skipping those already here, and takes what they
 * have seen into this laptop's clock. Joins the caller's transaction (auditTables(db)).
 */
export async function adoptEntries(db: CsmsDb, assessmentId: string, arrived: readonly AuditEntry[]): Promise<void> {
  const have = new Set(await entries(db).where('assessmentId').equals(assessmentId).primaryKeys());
  await entries(db).bulkAdd(arrived.filter((e) => !have.has(e.id)).map(stored));
  const clock = await clockOf(db, assessmentId);
  // Entries of this laptop's own replica among them (a merge's, numbered with nextStamp) move its count on.
  const seq = arrived.reduce((n, e) => (e.replica === clock.replica ? Math.max(n, e.seq) : n), clock.seq);
  await clocks(db).put({ ...clock, seq, known: joinVectors(clock.known, vectorOf(arrived)) });
}

/** Who makes an entry on this laptop now, and as which replica and entry number. */
export interface EntryStamp {
  replica: string;
  seq: number;
  at: string;
  by: Author;
}

/**
 * The stamp of the next entry this laptop writes on the assessment, for an entry made elsewhere (the merge
 * engine's); store that entry with adoptEntries, which moves the count past it. Joins the caller's transaction
 * (auditTables(db)); throws if no profile is loaded.
 */
export async function nextStamp(db: CsmsDb, assessmentId: string): Promise<EntryStamp> {
  const by = currentAuthor(db);
  const clock = await clockOf(db, assessmentId);
  // A replica started just now must be the one adoptEntries finds.
  await clocks(db).put(clock);
  return { replica: clock.replica, seq: clock.seq + 1, at: nowIso(), by: { ...by } };
}

/** The assessment's whole trail, oldest first (as the .csms file carries it). */
export async function readAudit(db: CsmsDb, assessmentId: string): Promise<AuditEntry[]> {
  const all = await entries(db).where('assessmentId').equals(assessmentId).toArray();
  return all.map(unstored).sort(byEntryTime);
}

/** The entries that created or changed one record, oldest first. */
export async function auditOfRecord(db: CsmsDb, assessmentId: string, recordId: string): Promise<AuditEntry[]> {
  const all = await entries(db).where('recordIds').equals(recordId).toArray();
  return all
    .filter((e) => e.assessmentId === assessmentId)
    .map(unstored)
    .sort(byEntryTime);
}

/** Deletes an assessment's trail and clock; joins the caller's transaction (auditTables(db)). */
export async function deleteAuditOf(db: CsmsDb, assessmentId: string): Promise<void> {
  await entries(db).where('assessmentId').equals(assessmentId).delete();
  await clocks(db).delete(assessmentId);
}
