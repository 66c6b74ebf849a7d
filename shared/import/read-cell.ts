import { ASSET_FIELD_LABELS, type AssetContent, type AssetField } from '../assets/asset';
import { CRITICALITIES, LIFECYCLE_LABELS, PURDUE_LEVELS } from '../assets/taxonomy';
import { cellToText, excelSerialToDate, isoDate, numberToText } from './cell-text';
import { cleanText, isPlaceholder } from './normalize-text';
import type { Cell } from './types';
import { assetTypeTable } from './values/asset-type';
import { criticalityTable } from './values/criticality';
import { parseIpList } from './values/ip';
import { lifecycleTable } from './values/lifecycle';
import { parseMacList } from './values/mac';
import { type ValueNote, warn } from './values/parsed';
import { parsePorts, portFromNumber } from './values/ports';
import { addNames, parseProtocols } from './values/protocols';
import { purdueFromText } from './values/purdue';
import { remoteAccessFromText } from './values/remote-access';
import { identifierFromCell } from './values/serial';

/** A mapped column of the sheet being imported. */
export interface Column {
  index: number;
  field: AssetField;
  name: string;
  /** Mostly Date cells: a number in it is an Excel date serial. */
  holdsDates: boolean;
}

/** Identifiers get Excel's long-number damage undone. */
const IDENTIFIER_FIELDS = new Set<AssetField>(['name', 'model', 'serialNumber']);
/** Free text; in a column of mostly dates, a number is an Excel date serial. */
export const TEXT_FIELDS = new Set<AssetField>(['vendor', 'firmware', 'os', 'hostname', 'zone', 'location', 'owner', 'notes']);
/** Fields where a date is a sign that Excel converted a version or code ("1.2" → 1 Feb). */
const DATE_SUSPECT_FIELDS = new Set<AssetField>(['name', 'model', 'serialNumber', 'firmware']);

/** A leading = + - @ makes a spreadsheet run the text as a formula (CSV injection); a signed number is harmless. */
const FORMULA_START = /^[=+\-@]/;
const FORMULA_FIRST = new Set([...'=+-@'].map((c) => c.charCodeAt(0)));
const SIGNED_NUMBER = /^[+-]\s*\d[\d\s.,]*%?$/;

export const label = (field: AssetField) => ASSET_FIELD_LABELS[field];

/** Shared by every cell without a note: most cells have none, and a fresh array per cell adds up over 100k rows. */
const NO_NOTES: readonly ValueNote[] = [];

const withNote = (first: ValueNote | null, notes: readonly ValueNote[]): readonly ValueNote[] => (first ? [first, ...notes] : notes);

const unknownValue = (field: AssetField, text: string, what: string): readonly ValueNote[] => [warn(`${label(field)} "${text}" ${what}; left empty.`)];

/** Turns one mapped cell into content, with notes on anything odd. */
export function readCell(asset: AssetContent, cell: Exclude<Cell, null>, column: Column, services: string[]): readonly ValueNote[] {
  const { field } = column;
  const formula = typeof cell === 'string' ? formulaWarning(cell) : null;
  const text = typeof cell === 'string' ? cleanText(cell, field === 'notes') : cellToText(cell);
  if (isPlaceholder(text) && typeof cell !== 'number') return withNote(formula, NO_NOTES);

  switch (field) {
    case 'ipAddresses':
    case 'macAddresses': {
      const parsed = field === 'ipAddresses' ? parseIpList(text) : parseMacList(text);
      addNames(asset[field], parsed.value);
      return withNote(formula, parsed.notes);
    }
    case 'protocols':
      addNames(asset.protocols, parseProtocols(text));
      return withNote(formula, NO_NOTES);
    case 'ports': {
      const parsed = typeof cell === 'number' ? portFromNumber(cell) : parsePorts(text);
      services.push(...parsed.value.services);
      for (const port of parsed.value.ports) if (!asset.ports.includes(port)) asset.ports.push(port);
      return withNote(formula, parsed.notes);
    }
    case 'criticality': {
      const value = criticalityTable.lookup(text);
      if (value) asset.criticality = value;
      return withNote(formula, value ? NO_NOTES : unknownValue(field, text, `is not on the scale (${CRITICALITIES.join(', ')})`));
    }
    case 'lifecycle': {
      const value = lifecycleTable.lookup(text);
      if (value) asset.lifecycle = value;
      return withNote(formula, value ? NO_NOTES : unknownValue(field, text, `is not a known status (${Object.values(LIFECYCLE_LABELS).join(', ')})`));
    }
    case 'purdueLevel': {
      const value = purdueFromText(text);
      if (value) asset.purdueLevel = value;
      return withNote(formula, value ? NO_NOTES : unknownValue(field, text, `is not a Purdue level (${PURDUE_LEVELS.join(', ')})`));
    }
    case 'remoteAccess': {
      const value = typeof cell === 'boolean' ? cell : remoteAccessFromText(text);
      if (value !== null) asset.remoteAccess = value;
      return withNote(formula, value !== null ? NO_NOTES : unknownValue(field, text, 'is not yes or no'));
    }
    case 'assetType': {
      const value = assetTypeTable.lookup(text);
      if (value) asset.assetType = value;
      return withNote(formula, value ? NO_NOTES : [warn(`Type "${text}" is not a known asset type.`)]);
    }
    default: {
      const parsed = readText(cell, text, column);
      if (parsed.value) asset[field] = asset[field] ? joinLabelled(asset[field], parsed.value, column.name, field === 'notes') : parsed.value;
      return withNote(formula, parsed.notes);
    }
  }
}

/** A second column's value after the first's, labelled with its header ("Building: B3"); notes take a line each. */
const joinLabelled = (current: string, value: string, header: string, lines: boolean) => `${current}${lines ? '\n' : '; '}${header}: ${value}`;

/** Text that a spreadsheet would run as a formula; most cells start with another visible character and skip the trim. */
function formulaWarning(cell: string): ValueNote | null {
  const first = cell.charCodeAt(0);
  if (first > 32 && first < 127 && !FORMULA_FIRST.has(first)) return null;
  const raw = cell.trim();
  if (raw.length <= 1 || !FORMULA_START.test(raw) || SIGNED_NUMBER.test(raw)) return null;
  return warn(`"${raw}" starts with "${raw[0]}" and could run as a formula if this data is opened in a spreadsheet; it was kept as plain text.`);
}

/** The text of a free-text cell (`text` is a string cell already cleaned), and what to say about how it was read. */
function readText(cell: Exclude<Cell, null>, text: string, column: Column): { value: string; notes: readonly ValueNote[] } {
  const { field } = column;
  if (IDENTIFIER_FIELDS.has(field) && (typeof cell === 'string' || typeof cell === 'number')) {
    return identifierFromCell(cell, label(field));
  }
  if (typeof cell === 'string') return { value: text, notes: NO_NOTES };
  if (cell instanceof Date) {
    const date = isoDate(cell);
    const notes = DATE_SUSPECT_FIELDS.has(field)
      ? [warn(`${label(field)} arrived as the date ${date}: Excel may have turned a version or code into a date. Check it.`)]
      : NO_NOTES;
    return { value: date, notes };
  }
  if (typeof cell === 'number' && column.holdsDates) {
    const date = excelSerialToDate(cell);
    return { value: date ? isoDate(date) : numberToText(cell), notes: NO_NOTES };
  }
  return { value: cleanText(cellToText(cell), field === 'notes'), notes: NO_NOTES };
}
