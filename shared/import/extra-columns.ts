import { ATTRIBUTE_LIMITS, type AssetAttribute, type AssetContent } from '../assets/asset';
import { attributeKey } from '../assets/attributes';
import { cellToText, isoDate } from './cell-text';
import { cleanText, foldText } from './normalize-text';
import { columnLetter } from './normalize-header';
import { columnDisplayName } from './sheet-layout';
import type { Cell } from './types';
import { type ValueNote, warn } from './values/parsed';

/** A column of the table that no field is mapped to: its cells are kept on each asset under `label`. */
export interface ExtraColumn {
  index: number;
  label: string;
  /** attributeKey(label), worked out once per sheet rather than per cell. */
  key: string;
}

/**
 * Headers of columns that hold credentials (a plant's list sometimes carries the device passwords): never copied
 * into the assessment, its file or its report. Folded like every header (case, accents); data, extend freely.
 */
const SECRET_WORDS = [
  'password', 'passwort', 'kennwort', 'mot de passe', 'contrasena', 'senha', 'wachtwoord', 'haslo', 'losenord', 'heslo',
  'parola d ordine', 'pwd', 'passwd', 'passphrase', 'secret', 'pin code', 'community string', 'snmp community', 'credential',
  '密码', '口令', 'パスワード', '비밀번호', '암호',
];
const SECRET = new RegExp(`(?:^|[^a-z])(?:${SECRET_WORDS.map((w) => w.replace(/ /g, '[^a-z0-9]*')).join('|')})(?:$|[^a-z])`);

/** Whether a header names a column of secrets (passwords, PINs, SNMP communities). */
export const isSecretHeader = (header: string) =>
  header.trim() !== '' && (SECRET.test(foldText(header)) || SECRET.test(header.normalize('NFKC').toLowerCase())); // folding drops kana's marks

/**
 * The table's columns that are not mapped, each with a label unique within the row (a header written twice gets its
 * column letter), except columns of secrets. `indexes` are the table's columns (tableColumns).
 */
export function extraColumns(indexes: readonly number[], headers: readonly string[], mapped: ReadonlySet<number>): ExtraColumn[] {
  const out: ExtraColumn[] = [];
  const used = new Set<string>();
  for (const index of indexes) {
    const header = headers[index];
    if (mapped.has(index) || (header && isSecretHeader(header))) continue;
    let label = labelOf(columnDisplayName(header, index));
    if (used.has(attributeKey(label))) label = `${label.slice(0, ATTRIBUTE_LIMITS.labelChars - SUFFIX_ROOM)} (column ${columnLetter(index)})`;
    const key = attributeKey(label);
    used.add(key);
    out.push({ index, label, key });
  }
  return out;
}

/** Room for " (column XFD)" after a label cut to fit. */
const SUFFIX_ROOM = 16;
/** A header as an attribute's label: headers may be longer than a label (MAX_HEADER_CHARS). */
const labelOf = (header: string) => header.trim().slice(0, ATTRIBUTE_LIMITS.labelChars);

/** A cell as an attribute's text: dates as ISO dates, lines kept, invisible characters dropped. */
function attributeText(cell: Exclude<Cell, null>): string {
  if (cell instanceof Date) return isoDate(cell);
  return typeof cell === 'string' ? cleanText(cell, true) : cellToText(cell);
}

/**
 * Each asset's attributes by key while its row is read: a row of 300 extra columns would otherwise search its list
 * once per column (45,000 comparisons a row). Assets are made one row at a time, so a WeakMap frees them with it.
 */
const indexes = new WeakMap<AssetContent, Map<string, AssetAttribute>>();

function indexOf(asset: AssetContent): Map<string, AssetAttribute> {
  let index = indexes.get(asset);
  if (!index) indexes.set(asset, (index = new Map((asset.attributes ?? []).map((a) => [attributeKey(a.label), a]))));
  return index;
}

/** Adds `value` under `label` (a label as labelOf makes, with its key), after what is already there under it. Returns a
 * note when a limit cut it. */
function addAttribute(asset: AssetContent, label: string, key: string, value: string): ValueNote | null {
  const list = (asset.attributes ??= []);
  const index = indexOf(asset);
  const existing = index.get(key);
  const joined = existing ? `${existing.value}; ${value}` : value;
  const cut = joined.length > ATTRIBUTE_LIMITS.valueChars;
  const text = cut ? joined.slice(0, ATTRIBUTE_LIMITS.valueChars) : joined;
  if (existing) existing.value = text;
  else if (list.length < ATTRIBUTE_LIMITS.perAsset) {
    const attribute = { label, value: text };
    list.push(attribute);
    index.set(key, attribute);
  } else return full(label);
  return cut ? warn(`“${label}” is ${joined.length} characters long; it was cut to ${ATTRIBUTE_LIMITS.valueChars}.`) : null;
}

const full = (label: string) => warn(`“${label}” was not kept: an asset keeps at most ${ATTRIBUTE_LIMITS.perAsset} extra attributes.`);

/** Whether the asset holds as many extra attributes as it may. */
export const attributesFull = (asset: AssetContent) => (asset.attributes?.length ?? 0) >= ATTRIBUTE_LIMITS.perAsset;

/** The one note for a row whose further columns were not kept: the first of them, and how many there were. */
export const notKept = (first: string, count: number) =>
  warn(`${full(first).message}${count > 1 ? ` ${count - 1} more column${count === 2 ? ' was' : 's were'} not kept either.` : ''}`);

/** Keeps an unmapped column's cell on the asset; a note only when a limit cut it. */
export function keepExtra(asset: AssetContent, cell: Exclude<Cell, null>, column: ExtraColumn): ValueNote | null {
  const text = attributeText(cell);
  return text ? addAttribute(asset, column.label, column.key, text) : null;
}

/**
 * Keeps a mapped cell whose value no field took (the field was filled from another column, or the value is not one
 * the field holds) under its column's header. Returns a note only when a limit cut it; callers say the rest.
 */
export function keepUnread(asset: AssetContent, cell: Exclude<Cell, null>, columnName: string): ValueNote | null {
  const label = labelOf(columnName);
  return addAttribute(asset, label, attributeKey(label), attributeText(cell));
}

export const keptAs = (columnName: string) => `kept as the extra attribute “${columnName}”`;
