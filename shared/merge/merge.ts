import { joinVectors, vectorOf, type AuditEntry, type AuditedTable, type FieldChange } from '../audit/audit';
import { flattenFields, sameValue, withFieldValue } from '../audit/diff';
import { RECORD_TABLES, type AssessmentBundle } from '../bundle/bundle';
import type { Assessment } from '../domain/assessment';
import { mergedAnswerIds, withMergedAnswerIds } from './answer-ids';
import { auditedRecords } from './audited-records';
import { contentOf, mergeBoth, presenceOf, withEvidenceBytes, type Loose, type Presence } from './merge-record';
import { indexTrail, type Side, type Trail } from './trail';
import type { FieldConflict, MergeChoice, MergeConflict, MergeCounts, MergePlan, MergeStamp } from './types';

/**
 * Merging two copies of one assessment (this laptop's and a colleague's file): record by record and field by
 * field, the audit trails of both tell a later edit (made knowing the other) from a concurrent one. Concurrent
 * edits to different values, and deletions of records edited meanwhile, are conflicts someone settles; the
 * settlement is recorded in the merge's own trail entry, which has seen everything, so it never comes back.
 */

/** One record of either side, paired by id (answers by requirement, see answer-ids.ts). */
interface Pair {
  local?: Loose;
  incoming?: Loose;
  /** Both hold it, with the same content: nothing to look up. */
  same: boolean;
}

/** A record as merged before the conflicts are settled: local's values stand where it is in conflict. */
type DraftRecord = { record: Loose; refiled: boolean } & (
  | { kind: 'same' }
  | { kind: 'merged'; local: Loose; incoming: Loose; conflicts: FieldConflict[] }
  | { kind: 'one-side'; holder: Side; presence: Presence }
);

interface Draft {
  trail: Trail;
  tables: [AuditedTable, DraftRecord[]][];
  conflicts: MergeConflict[];
}

type TableCounts = Partial<Record<AuditedTable, MergeCounts>>;

/** What merging `incoming` into `local` would do: records it adds, changes, deletes (conflicts aside), the conflicts. */
export function planMerge(local: AssessmentBundle, incoming: AssessmentBundle): MergePlan {
  const draft = draftMerge(local, incoming);
  const newEntries = draft.trail.newEntries;
  return {
    assessmentId: local.assessment.id,
    changes: settle(draft, () => 'local').changes,
    conflicts: draft.conflicts,
    newEntries: newEntries.length,
    incomingAuthors: [...new Set(newEntries.map((e) => e.by.name))].sort(),
  };
}

/**
 * The merged bundle, trail included: both trails plus the merge's own entry, whose changes settle the conflicts
 * (an update to the chosen value, or for a deletion a 'create' if kept, a 'delete' if deleted). Throws when a
 * conflict has no choice, or when the bundles are different assessments.
 */
export function applyMerge(
  local: AssessmentBundle,
  incoming: AssessmentBundle,
  choices: Readonly<Record<string, MergeChoice>>,
  stamp: MergeStamp,
): AssessmentBundle {
  return mergeBundles(local, incoming, choices, stamp).bundle;
}

/** applyMerge, with the records it added, changed and deleted here per table (for a summary). */
export function mergeBundles(
  local: AssessmentBundle,
  incoming: AssessmentBundle,
  choices: Readonly<Record<string, MergeChoice>>,
  stamp: MergeStamp,
): { bundle: AssessmentBundle; changes: TableCounts } {
  const draft = draftMerge(local, incoming);
  const unsettled = draft.conflicts.find((c) => !Object.hasOwn(choices, c.id));
  if (unsettled) throw new Error(`The merge has no choice for the conflict over ${describeConflict(unsettled)}.`);
  const { tables, resolutions, changes } = settle(draft, (c) => choices[c.id]!);
  const entry: AuditEntry = {
    id: stamp.entryId,
    assessmentId: local.assessment.id,
    replica: stamp.replica,
    seq: stamp.seq,
    known: { ...joinVectors(vectorOf(local.audit), vectorOf(incoming.audit)), [stamp.replica]: stamp.seq },
    at: stamp.at,
    by: { ...stamp.by },
    action: 'merge',
    note: stamp.note.slice(0, 500),
    changes: resolutions,
  };
  return { bundle: assemble(local, tables, [...draft.trail.entries, entry]), changes };
}

function describeConflict(c: MergeConflict): string {
  return c.kind === 'field' ? `${c.field} of “${c.label}” (${c.table})` : `the deletion of “${c.label}” (${c.table})`;
}

function draftMerge(local: AssessmentBundle, incoming: AssessmentBundle): Draft {
  if (local.assessment.id !== incoming.assessment.id)
    throw new Error(
      `The file to merge holds assessment “${incoming.assessment.name}”, not “${local.assessment.name}”: ` +
        'only copies of one assessment merge.',
    );
  const byRequirement = mergedAnswerIds(local, incoming);
  const sides = { local: withMergedAnswerIds(local, byRequirement), incoming: withMergedAnswerIds(incoming, byRequirement) };
  const incomingTables = new Map(auditedRecords(sides.incoming.bundle));
  const pairs = auditedRecords(sides.local.bundle).map(([table, records]): [AuditedTable, Pair[]] => [
    table,
    pairRecords(table, records, incomingTables.get(table) ?? []),
  ]);

  const wanted = new Map(pairs.map(([table, list]) => [table, new Set(list.filter((p) => !p.same).map((p) => String((p.local ?? p.incoming)!.id)))]));
  const trail = indexTrail(local.audit, incoming.audit, (c) => {
    const id = c.table === 'answers' ? (byRequirement.get(c.label) ?? c.recordId) : c.recordId;
    return wanted.get(c.table)?.has(id) ? id : null;
  });

  const refiled = sides.local.refiled;
  const tables = pairs.map(([table, list]): [AuditedTable, DraftRecord[]] => [table, list.map((p) => draftRecord(trail, table, p, refiled))]);
  const conflicts = tables.flatMap(([, drafts]) =>
    drafts.flatMap((d): MergeConflict[] =>
      d.kind === 'merged' ? d.conflicts : d.kind === 'one-side' && d.presence.kind === 'conflict' ? [d.presence.conflict] : [],
    ),
  );
  return { trail, tables, conflicts };
}

function pairRecords(table: AuditedTable, local: readonly Loose[], incoming: readonly Loose[]): Pair[] {
  const incomingById = new Map(incoming.map((r) => [String(r.id), r]));
  const pairs = local.map((l): Pair => {
    const i = incomingById.get(String(l.id));
    return { local: l, incoming: i, same: i !== undefined && sameValue(contentOf(table, l), contentOf(table, i)) };
  });
  const localIds = new Set(local.map((r) => String(r.id)));
  for (const r of incoming) if (!localIds.has(String(r.id))) pairs.push({ incoming: r, same: false });
  return pairs;
}

function draftRecord(trail: Trail, table: AuditedTable, pair: Pair, refiledHere: ReadonlySet<Loose>): DraftRecord {
  const refiled = pair.local !== undefined && refiledHere.has(pair.local);
  if (pair.local && pair.incoming) {
    if (pair.same) return { kind: 'same', record: pair.local, refiled };
    const merged = mergeBoth(trail, table, pair.local, pair.incoming);
    return { kind: 'merged', record: merged.record, refiled, local: pair.local, incoming: pair.incoming, conflicts: merged.conflicts };
  }
  const holder: Side = pair.local ? 'local' : 'incoming';
  const record = (pair.local ?? pair.incoming)!;
  return { kind: 'one-side', record, refiled, holder, presence: presenceOf(trail, table, record, holder) };
}

/**
 * Applies a choice to every conflict: the records as settled, the changes that record the settlement, and what
 * changed here (records added, changed in content, deleted) per table.
 */
function settle(
  draft: Draft,
  choose: (c: MergeConflict) => MergeChoice,
): { tables: [AuditedTable, Loose[]][]; resolutions: FieldChange[]; changes: TableCounts } {
  const resolutions: FieldChange[] = [];
  const changes: TableCounts = {};
  const tables = draft.tables.map(([table, drafts]): [AuditedTable, Loose[]] => {
    const records: Loose[] = [];
    const tally: MergeCounts = { added: 0, updated: 0, deleted: 0 };
    for (const d of drafts) {
      if (d.kind === 'one-side') {
        if (!keeps(d.presence, choose, resolutions, table)) {
          if (d.holder === 'local') tally.deleted++;
          continue;
        }
        records.push(d.record);
        if (d.holder === 'incoming') tally.added++;
        else if (d.refiled) tally.updated++;
        continue;
      }
      let record = d.record;
      if (d.kind === 'merged') {
        for (const c of d.conflicts) {
          const value = choose(c) === 'local' ? c.local.value : c.incoming.value;
          resolutions.push({ op: 'update', table, recordId: c.recordId, label: c.label, field: c.field, old: c.local.value, new: value });
          record = withFieldValue(record, c.field, value);
        }
        if (table === 'evidence') record = withEvidenceBytes(record, d.incoming);
      }
      records.push(record);
      if (d.refiled || (d.kind === 'merged' && contentChanged(table, d.local, record))) tally.updated++;
    }
    if (tally.added + tally.updated + tally.deleted > 0) changes[table] = tally;
    return [table, records];
  });
  return { tables, resolutions, changes };
}

/** Whether a record one side lacks stays; a deletion in conflict is settled and the settlement recorded. */
function keeps(presence: Presence, choose: (c: MergeConflict) => MergeChoice, resolutions: FieldChange[], table: AuditedTable): boolean {
  if (presence.kind !== 'conflict') return presence.kind === 'kept';
  const { recordId, label, deletedBy } = presence.conflict;
  const deleted = choose(presence.conflict) === deletedBy;
  resolutions.push({ op: deleted ? 'delete' : 'create', table, recordId, label });
  return !deleted;
}

/** Bookkeeping (when updated, who answered) aside: a record merged from an identical one is not a change. */
function contentChanged(table: AuditedTable, before: Loose, after: Loose): boolean {
  const content = (r: Loose) => Object.fromEntries(flattenFields(table, contentOf(table, r)));
  return !sameValue(content(before), content(after));
}

function assemble(local: AssessmentBundle, tables: readonly [AuditedTable, Loose[]][], audit: AuditEntry[]): AssessmentBundle {
  const byTable = new Map(tables);
  const records = (table: AuditedTable) => byTable.get(table) ?? [];
  return {
    assessment: (records('assessments')[0] ?? local.assessment) as Assessment,
    tables: Object.fromEntries(RECORD_TABLES.map((t) => [t, records(t)])) as AssessmentBundle['tables'],
    evidence: records('evidence') as AssessmentBundle['evidence'],
    audit,
  };
}
