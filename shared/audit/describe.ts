import { ASSET_FIELD_LABELS } from '../assets/asset';
import { ASSET_TYPES, CRITICALITY_LABELS, LIFECYCLE_LABELS, PURDUE_LABELS } from '../assets/taxonomy';
import { EDITION_LABELS, SECTOR_LABELS } from '../domain/assessment';
import { FINDING_STATUS_LABELS, SEVERITY_LABELS } from '../questionnaire/finding-drafts';
import { MATURITY_LABELS, STATUS_LABELS } from '../questionnaire/answer';
import { ACTION_STATUS_LABELS, EFFORT_LABELS, PRIORITY_LABELS } from '../risk/actions';
import { CONSEQUENCE_AREA_LABELS, RISK_LEVEL_LABELS, TREATMENT_LABELS } from '../risk/matrix';
import { SCOPE_STATUS_LABELS, SYSTEM_KIND_LABELS } from '../scope/scope';
import { CONDUIT_DIRECTION_LABELS } from '../scope/zones';
import type { AuditAction, AuditedTable, AuditEntry, Author, FieldChange } from './audit';
import { own } from '../domain/own';

/**
 * The audit trail in words, for people: what kind of record, what was done, which field, and values as text
 * ("yes", "Low", "3 items", "—"). Pure, so the history screens and a printed trail read the same.
 */

export const UNNAMED_ASSESSOR = 'Unnamed assessor';
/** A profile name as shown: an empty one as UNNAMED_ASSESSOR. */
export const assessorName = (name: string): string => name.trim() || UNNAMED_ASSESSOR;
export const authorName = (by: Author): string => assessorName(by.name);

export const TABLE_LABELS: Record<AuditedTable, { one: string; many: string }> = {
  assessments: { one: 'Assessment', many: 'Assessment, scope and risk settings' },
  zones: { one: 'Zone', many: 'Zones' },
  conduits: { one: 'Conduit', many: 'Conduits' },
  assets: { one: 'Asset', many: 'Assets' },
  answers: { one: 'Answer', many: 'Answers' },
  evidence: { one: 'Evidence file', many: 'Evidence files' },
  risks: { one: 'Risk scenario', many: 'Risk scenarios' },
  findings: { one: 'Finding', many: 'Findings' },
  actions: { one: 'Action', many: 'Actions' },
};

export const ACTION_LABELS: Record<AuditAction, string> = {
  create: 'Added',
  edit: 'Edited',
  delete: 'Deleted',
  'bulk-edit': 'Bulk edit',
  'import-assets': 'Imported assets',
  'undo-import': 'Undid an asset import',
  merge: 'Merged a colleague’s file',
  restore: 'Restored a snapshot',
  copy: 'Copied',
};

export const CHANGE_LABELS: Record<FieldChange['op'], string> = { create: 'added', update: 'changed', delete: 'deleted' };

/** "Merged a colleague’s file — ana.csms": the action, and the file or snapshot it concerned. */
export const entryTitle = (entry: Pick<AuditEntry, 'action' | 'note'>): string =>
  entry.note ? `${ACTION_LABELS[entry.action]} — ${entry.note}` : ACTION_LABELS[entry.action];

/** Field names that do not read well split into words; `table.field` first, then the bare field. */
const FIELD_LABELS: Record<string, string> = {
  ...Object.fromEntries(Object.entries(ASSET_FIELD_LABELS).map(([field, label]) => [`assets.${field}`, label])),
  'assets.attributes': 'Extra attributes',
  'assessments.scope': 'Scope',
  'assessments.risk': 'Risk settings',
  'answers.achieved': 'Achieved maturity',
  'answers.target': 'Target maturity',
  'answers.records': 'Interview and observation records',
  'risks.target': 'Zone or conduit',
  'risks.consequences': 'Consequences (inherent)',
  'risks.likelihood': 'Likelihood (inherent)',
  'risks.residualConsequences': 'Consequences (residual)',
  'risks.residualLikelihood': 'Likelihood (residual)',
  sucDescription: 'System under consideration',
  systemKinds: 'Kinds of system',
  naReason: 'Why it does not apply',
  evidenceIds: 'Evidence',
  ownThreats: 'Own threats',
  expectedResidual: 'Expected residual risk',
};

const ACRONYMS: Record<string, string> = { sl: 'SL', fr: 'FR', ip: 'IP', mac: 'MAC', os: 'OS', suc: 'SUC', id: 'ID' };

/** "existingCountermeasures" → "Existing countermeasures", "fromZoneId" → "From zone", "riskIds" → "Risks". */
function humanise(name: string): string {
  const base = name.replace(/Ids$/, 's').replace(/(.)Id$/, '$1');
  const words = base
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean)
    .map((w) => own(ACRONYMS, w.toLowerCase()) ?? w.toLowerCase());
  const text = words.join(' ').replace(/^SL (target|achieved)/, (_, k: string) => (k === 'target' ? 'SL-T' : 'SL-A'));
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const labelOf = (table: string, field: string) => own(FIELD_LABELS, `${table}.${field}`) ?? own(FIELD_LABELS, field) ?? humanise(field);

/** A field as the trail names it, in words: "criticality" → "Criticality", "scope.boundaries" → "Scope › Boundaries". */
export function fieldLabel(table: AuditedTable, field: string): string {
  const dot = field.indexOf('.');
  if (dot < 0) return labelOf(table, field);
  return `${labelOf(table, field.slice(0, dot))} › ${labelOf(table, field.slice(dot + 1))}`;
}

/** Stored keys (enum values) as the screens label them, per field; a field inside an object as `field.key`. */
const VALUE_LABELS: Record<string, Record<string, string>> = {
  'assets.assetType': ASSET_TYPES,
  'assets.criticality': CRITICALITY_LABELS,
  'assets.lifecycle': LIFECYCLE_LABELS,
  'assets.purdueLevel': PURDUE_LABELS,
  'assessments.sector': SECTOR_LABELS,
  'assessments.edition': EDITION_LABELS,
  'assessments.scope.systemKinds.kind': SYSTEM_KIND_LABELS,
  'assessments.scope.systemKinds.status': SCOPE_STATUS_LABELS,
  'answers.status': STATUS_LABELS,
  'answers.achieved': MATURITY_LABELS,
  'answers.target': MATURITY_LABELS,
  'conduits.direction': CONDUIT_DIRECTION_LABELS,
  'findings.severity': SEVERITY_LABELS,
  'findings.status': FINDING_STATUS_LABELS,
  'risks.treatment': TREATMENT_LABELS,
  'risks.consequences': CONSEQUENCE_AREA_LABELS,
  'risks.residualConsequences': CONSEQUENCE_AREA_LABELS,
  'actions.priority': PRIORITY_LABELS,
  'actions.effort': EFFORT_LABELS,
  'actions.status': ACTION_STATUS_LABELS,
  'actions.expectedResidual': RISK_LEVEL_LABELS,
};

/** A value as text: `text` fits a line; `full` is the whole of it when `text` is shortened or summarised. */
export interface ValueText {
  text: string;
  full?: string;
}

/** Names of the records ids point to (zones of a conduit, findings of a risk…), when known. */
export type NameOf = (id: string) => string | undefined;

export const EMPTY_VALUE = '—';
/** Longer text is cut to this many characters, with the whole of it in `full`. */
export const SHORT_TEXT = 120;
const MAX_JOINED_ITEMS = 6;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEmpty = (v: unknown) =>
  v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0);

function shorten(text: string): ValueText {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  if (oneLine.length <= SHORT_TEXT && oneLine === text) return { text };
  return { text: oneLine.length <= SHORT_TEXT ? oneLine : `${oneLine.slice(0, SHORT_TEXT - 1).trimEnd()}…`, full: text };
}

/** One plain value: a label for a stored key, a record's name for its id, yes/no, or the text itself. */
function scalarText(value: unknown, labels: Record<string, string> | undefined, key: string, nameOf: NameOf): string {
  if (isEmpty(value)) return EMPTY_VALUE;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  const raw = String(value);
  const label = own(labels, raw);
  if (label !== undefined) return typeof value === 'number' ? `${raw} · ${label}` : label;
  if (/Ids?$/.test(key)) return nameOf(raw) ?? raw;
  return raw;
}

/** An object's parts as one line: "Health and safety: 3, Production / business continuity: 2". */
function objectText(object: Record<string, unknown>, path: string, nameOf: NameOf): string {
  // A reference such as a risk's target, { kind: 'zone', zoneId }: "Zone: Control".
  const keys = Object.keys(object);
  const idKey = keys.find((k) => k.endsWith('Id'));
  if (typeof object.kind === 'string' && idKey && keys.length === 2) return `${humanise(object.kind)}: ${scalarText(object[idKey], undefined, idKey, nameOf)}`;
  // An asset's extra attribute from its file: "Rack: R01".
  if (typeof object.label === 'string' && typeof object.value === 'string' && keys.length === 2) return `${object.label}: ${object.value}`;
  return Object.entries(object)
    .filter(([key, v]) => key !== 'id' && !isEmpty(v))
    .map(([key, v]) => {
      const labels = own(VALUE_LABELS, `${path}.${key}`);
      const name = own(own(VALUE_LABELS, path), key) ?? humanise(key);
      if (Array.isArray(v) || isObject(v)) return `${name}: ${Array.isArray(v) ? `${v.length} items` : '…'}`;
      return key === 'kind' || key.endsWith('Id') || labels ? scalarText(v, labels, key, nameOf) : `${name}: ${scalarText(v, undefined, key, nameOf)}`;
    })
    .join(', ');
}

const count = (n: number) => `${n.toLocaleString('en-GB')} item${n === 1 ? '' : 's'}`;

/**
 * A field's value in words: empty as "—", yes/no, stored keys by their labels, ids by the names `nameOf` knows,
 * short lists comma-joined and longer ones counted, long text cut (the whole of it in `full`).
 */
export function describeValue(table: AuditedTable, field: string, value: unknown, nameOf: NameOf = () => undefined): ValueText {
  const path = `${table}.${field}`;
  const key = field.slice(field.lastIndexOf('.') + 1);
  if (isEmpty(value)) return { text: EMPTY_VALUE };
  if (Array.isArray(value)) {
    const items = value.map((item) => (isObject(item) ? objectText(item, path, nameOf) : scalarText(item, own(VALUE_LABELS, path), key, nameOf)));
    const joined = items.join(', ');
    const readable = value.every((item) => !isObject(item)) && !(/Ids$/.test(key) && items.some((text, i) => text === value[i]));
    if (readable && items.length <= MAX_JOINED_ITEMS && joined.length <= SHORT_TEXT) return { text: joined };
    return { text: count(items.length), full: items.join('\n') };
  }
  if (isObject(value)) return shorten(objectText(value, path, nameOf));
  if (typeof value === 'string' && !own(VALUE_LABELS, path) && !/Id$/.test(key)) return shorten(value);
  return { text: scalarText(value, own(VALUE_LABELS, path), key, nameOf) };
}
