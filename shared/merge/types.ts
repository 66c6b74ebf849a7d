import type { AuditedTable, Author } from '../audit/audit';

/** Who made the change that left a side's value as it is, when the trail says so. */
export interface ChangeMark {
  by: string;
  at: string;
}

/** One side of a conflict: the value it holds and the recorded changes behind it (empty when none explains it). */
export interface ConflictSide {
  value: unknown;
  changedBy: ChangeMark[];
}

interface ConflictBase {
  /** Stable across planning the same two bundles again: `table/recordId[/field]`. */
  id: string;
  table: AuditedTable;
  recordId: string;
  /** What the record is called (recordLabel). */
  label: string;
}

/** Both sides changed the same field to different values, neither knowing the other's change. */
export interface FieldConflict extends ConflictBase {
  kind: 'field';
  /** As diffRecord names it: `criticality`, `scope.boundaries`… */
  field: string;
  local: ConflictSide;
  incoming: ConflictSide;
}

/** One side deleted a record the other changed without knowing of the deletion. */
export interface DeleteConflict extends ConflictBase {
  kind: 'delete';
  deletedBy: 'local' | 'incoming';
  deletion: ChangeMark;
  /** The changes the other side made to the record. */
  edits: ChangeMark[];
}

export type MergeConflict = FieldConflict | DeleteConflict;

/**
 * How a conflict is settled: for a field, the side whose value stays; for a deletion, 'local' or 'incoming' means
 * that side's state (deleted or kept) wins.
 */
export type MergeChoice = 'local' | 'incoming';

export interface MergeCounts {
  added: number;
  updated: number;
  deleted: number;
}

export interface MergePlan {
  assessmentId: string;
  /** Records the incoming file adds, changes or deletes here once merged (conflicts aside), per table. */
  changes: Partial<Record<AuditedTable, MergeCounts>>;
  conflicts: MergeConflict[];
  /** Trail entries the incoming file brings that are not here yet. */
  newEntries: number;
  /** Who made those entries (profile names, sorted). */
  incomingAuthors: string[];
}

/** Who settles the merge, and as which replica and entry number (from this laptop's audit clock). */
export interface MergeStamp {
  replica: string;
  seq: number;
  at: string;
  by: Author;
  /** Entry id of the merge's own audit entry. */
  entryId: string;
  /** Shown in the trail: the merged file's name. */
  note: string;
}
