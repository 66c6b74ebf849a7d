import type { AuditedTable, AuditEntry, Author, FieldChange } from '../../../shared/audit/audit';
import { authorName, CHANGE_LABELS, describeValue, entryTitle, fieldLabel, TABLE_LABELS, type NameOf } from '../../../shared/audit/describe';

/** What the history dialog narrows the trail to. */
export interface HistoryFilter {
  /** An assessor's profile id, or '' for everyone. */
  authorId: string;
  table: AuditedTable | '';
  text: string;
}

export const NO_HISTORY_FILTER: HistoryFilter = { authorId: '', table: '', text: '' };

/** An entry as listed: with the changes that pass the filter. */
export interface HistoryRow {
  entry: AuditEntry;
  changes: readonly FieldChange[];
}

/** Changes in a row that concern one record, listed under one heading: its creation or edit, and the fields. */
export interface RecordChanges {
  change: FieldChange;
  fields: readonly Extract<FieldChange, { op: 'update' }>[];
}

/**
 * What a trail (newest first) knows beside its entries: the latest name of every record it mentions (so ids in
 * values read as names), its assessors, and each change as searchable text (computed once, then kept).
 */
export function historyIndex(entries: readonly AuditEntry[]) {
  const names = new Map<string, string>();
  const authors = new Map<string, Author>();
  for (const entry of entries) {
    if (!authors.has(entry.by.id) || !authors.get(entry.by.id)!.name) authors.set(entry.by.id, entry.by);
    for (const change of entry.changes) if (!names.has(change.recordId)) names.set(change.recordId, change.label);
  }
  const nameOf: NameOf = (id) => names.get(id);

  const changeTexts = new WeakMap<FieldChange, string>();
  const textOfChange = (c: FieldChange): string => {
    let text = changeTexts.get(c);
    if (text === undefined) {
      const parts = [TABLE_LABELS[c.table].one, c.label, CHANGE_LABELS[c.op]];
      if (c.op === 'update')
        for (const value of [describeValue(c.table, c.field, c.old, nameOf), describeValue(c.table, c.field, c.new, nameOf)])
          parts.push(value.full ?? value.text);
      if (c.op === 'update') parts.push(fieldLabel(c.table, c.field));
      text = parts.join('\n').toLowerCase();
      changeTexts.set(c, text);
    }
    return text;
  };
  const textOfEntry = (e: AuditEntry) => `${authorName(e.by)}\n${entryTitle(e)}`.toLowerCase();

  return {
    nameOf,
    /** Everyone who made an entry, by name (the latest name their profile had). */
    authors: [...authors.values()].sort((a, b) => authorName(a).localeCompare(authorName(b))),
    /** The kinds of record the trail has changes of. */
    tables: (Object.keys(TABLE_LABELS) as AuditedTable[]).filter((t) => entries.some((e) => e.changes.some((c) => c.table === t))),

    /**
     * The entries and changes that pass the filter (of one record, when `recordId` is given). Text matches any
     * word of the entry (who, action, file) or of a change (record, field, old or new value), case-insensitively.
     */
    filter(filter: HistoryFilter, recordId?: string): HistoryRow[] {
      const words = filter.text.toLowerCase().split(/\s+/).filter(Boolean);
      const rows: HistoryRow[] = [];
      for (const entry of entries) {
        if (filter.authorId && entry.by.id !== filter.authorId) continue;
        const entryText = words.length > 0 ? textOfEntry(entry) : '';
        const changes = entry.changes.filter((c) => {
          if (recordId && c.recordId !== recordId) return false;
          if (filter.table && c.table !== filter.table) return false;
          return words.every((w) => entryText.includes(w) || textOfChange(c).includes(w));
        });
        if (changes.length > 0) rows.push({ entry, changes });
      }
      return rows;
    },
  };
}

export type HistoryIndex = ReturnType<typeof historyIndex>;

/**
 * Consecutive changes to the same record under one heading: "Asset “PLC-01” changed" and its fields, or "Asset
 * “PLC-01” added" and the values it was created with.
 */
export function groupByRecord(changes: readonly FieldChange[]): RecordChanges[] {
  const groups: { change: FieldChange; fields: Extract<FieldChange, { op: 'update' }>[] }[] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (change.op === 'update' && last && last.change.op !== 'delete' && last.change.recordId === change.recordId) last.fields.push(change);
    else groups.push({ change, fields: change.op === 'update' ? [change] : [] });
  }
  return groups;
}
