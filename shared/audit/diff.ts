import equal from 'fast-deep-equal';
import { own } from '../domain/own';
import { META_FIELDS, type AuditedTable, type FieldChange } from './audit';

/**
 * Fields stamped from the change itself (who answered, when): the trail already says who and when, and a merge
 * takes them from the record changed last, so two assessors editing different fields of one answer do not clash.
 */
const STAMP_FIELDS: Partial<Record<AuditedTable, ReadonlySet<string>>> = {
  answers: new Set(['answeredBy', 'answeredAt']),
};

/** Fields that are not values to compare or record: an evidence file's bytes (its sha256 stands for them). */
const CONTENT_FIELDS: Partial<Record<AuditedTable, ReadonlySet<string>>> = {
  evidence: new Set(['data']),
};

/** Parts of the assessment record edited as forms of their own: changes are recorded field by field inside them. */
const NESTED_FIELDS: Partial<Record<AuditedTable, ReadonlySet<string>>> = {
  assessments: new Set(['scope', 'risk']),
};

type Loose = Record<string, unknown>;

/** Whether changes to this field are recorded and merged (content), or bookkeeping. */
export function isTrackedField(table: AuditedTable, field: string): boolean {
  return !META_FIELDS.has(field) && !STAMP_FIELDS[table]?.has(field) && !CONTENT_FIELDS[table]?.has(field);
}

export function isStampField(table: AuditedTable, field: string): boolean {
  return STAMP_FIELDS[table]?.has(field) ?? false;
}

const isPlainObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The content fields of a record, with the assessment's scope and risk settings opened up as `scope.<field>`. */
export function flattenFields(table: AuditedTable, record: Loose): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  for (const [key, value] of Object.entries(record)) {
    if (!isTrackedField(table, key)) continue;
    if (NESTED_FIELDS[table]?.has(key) && isPlainObject(value)) {
      for (const [inner, innerValue] of Object.entries(value)) fields.set(`${key}.${inner}`, innerValue);
    } else fields.set(key, value);
  }
  return fields;
}

/** Reads a field as flattenFields names it. */
export function fieldValue(record: Loose, field: string): unknown {
  const dot = field.indexOf('.');
  if (dot < 0) return own(record, field);
  const outer = own(record, field.slice(0, dot));
  return isPlainObject(outer) ? own(outer, field.slice(dot + 1)) : undefined;
}

/** A copy of the record with one field (as flattenFields names it) set; `undefined` removes it. */
export function withFieldValue<T extends Loose>(record: T, field: string, value: unknown): T {
  const dot = field.indexOf('.');
  const set = (target: Loose, key: string): Loose => {
    const copy = { ...target };
    if (value === undefined) delete copy[key];
    else copy[key] = value;
    return copy;
  };
  if (dot < 0) return set(record, field) as T;
  const outerKey = field.slice(0, dot);
  const outer = own(record, outerKey);
  return { ...record, [outerKey]: set(isPlainObject(outer) ? outer : {}, field.slice(dot + 1)) };
}

const isBlank = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

export const sameValue = (a: unknown, b: unknown): boolean => equal(a, b);

/** What a record is called in the trail: its name or title, the requirement an answer is for, the file's name. */
export function recordLabel(table: AuditedTable, record: Loose): string {
  const pick = (...keys: string[]) => keys.map((k) => record[k]).find((v): v is string => typeof v === 'string' && v.trim() !== '');
  const label = table === 'answers' ? pick('requirementId') : table === 'evidence' ? pick('fileName') : pick('name', 'title', 'ip');
  return (label ?? String(record.id ?? '')).slice(0, 300);
}

/**
 * The changes that turn `before` into `after` (either may be absent: a creation or a deletion), field by field.
 * A creation also lists the fields it set, so the record's history shows them and two laptops that each create
 * the same answer clash with names attached. Values are compared deeply; bookkeeping and stamp fields are left out.
 */
export function diffRecord(table: AuditedTable, before: Loose | undefined, after: Loose | undefined): FieldChange[] {
  if (!before && !after) return [];
  const record = (after ?? before)!;
  const recordId = String(record.id);
  const label = recordLabel(table, record);
  if (!after) return [{ op: 'delete', table, recordId, label }];
  const created: FieldChange[] = before ? [] : [{ op: 'create', table, recordId, label }];
  const old = before ? flattenFields(table, before) : new Map<string, unknown>();
  const now = flattenFields(table, after);
  const changes: FieldChange[] = created;
  for (const field of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(field);
    const b = now.get(field);
    // Absent and empty are the same to the assessor; a new record's empty fields also leave room for another's value.
    if (isBlank(a) && isBlank(b)) continue;
    if (!sameValue(a, b)) changes.push({ op: 'update', table, recordId, label, field, old: a, new: b });
  }
  return changes;
}
