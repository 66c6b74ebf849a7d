import { ASSET_FIELD_LABELS, ASSET_FIELDS, type AssetContent, type AssetField, emptyAssetContent } from '../assets/asset';
import { ASSET_TYPES, CRITICALITIES, LIFECYCLE_LABELS, PURDUE_LEVELS } from '../assets/taxonomy';
import { cellToText, excelSerialToDate, isBlankCell, isoDate, numberToText } from './cell-text';
import { inferAssetType, type TypeSource } from './infer-type';
import { cleanText, isPlaceholder } from './normalize-text';
import { columnDisplayName, dataRowIndexes, headerTexts, isBlankHeader } from './sheet-layout';
import type { Cell, ColumnMapping, ImportedRow, ImportIssue, SheetGrid } from './types';
import { assetTypeTable } from './values/asset-type';
import { criticalityTable } from './values/criticality';
import { parseIpList } from './values/ip';
import { lifecycleTable } from './values/lifecycle';
import { parseMacList } from './values/mac';
import { type Parsed, type ValueNote, info, warn } from './values/parsed';
import { parsePorts, portFromNumber } from './values/ports';
import { mergeNames, parseProtocols } from './values/protocols';
import { purdueFromText } from './values/purdue';
import { remoteAccessFromText } from './values/remote-access';
import { identifierFromCell } from './values/serial';

/** Length limits of the asset schema (shared/assets/asset.ts). */
const MAX_NAME = 300;
const MAX_TEXT = 2000;
const MAX_NOTES = 20000;

/** Identifiers get Excel's long-number damage undone. */
const IDENTIFIER_FIELDS = new Set<AssetField>(['name', 'model', 'serialNumber']);
/** Free text; in a column of mostly dates, a number is an Excel date serial. */
const TEXT_FIELDS = new Set<AssetField>(['vendor', 'firmware', 'os', 'hostname', 'zone', 'location', 'owner', 'notes']);
/** Fields where a date is a sign that Excel converted a version or code ("1.2" → 1 Feb). */
const DATE_SUSPECT_FIELDS = new Set<AssetField>(['name', 'model', 'serialNumber', 'firmware']);

/** A leading = + - @ makes a spreadsheet run the text as a formula (CSV injection); a signed number is harmless. */
const FORMULA_START = /^[=+\-@]/;
const SIGNED_NUMBER = /^[+-]\s*\d[\d\s.,]*%?$/;

const label = (field: AssetField) => ASSET_FIELD_LABELS[field];

interface Column {
  index: number;
  field: AssetField;
  name: string;
  /** Mostly Date cells: a number in it is an Excel date serial. */
  holdsDates: boolean;
}

function mappedColumns(grid: SheetGrid, headerRowIndex: number, mapping: ColumnMapping, dataRows: readonly number[]): Column[] {
  const headers = headerTexts(grid.rows, headerRowIndex);
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || !field || !ASSET_FIELDS.includes(field)) continue;
    let dates = 0;
    let filled = 0;
    if (TEXT_FIELDS.has(field)) {
      for (const r of dataRows) {
        const cell = grid.rows[r]?.[index];
        if (isBlankCell(cell)) continue;
        filled += 1;
        if (cell instanceof Date) dates += 1;
      }
    }
    columns.push({ index, field, name: columnDisplayName(headers[index], index), holdsDates: filled > 0 && dates * 2 >= filled });
  }
  return columns.sort((a, b) => a.index - b.index);
}

/** The text of a free-text cell, and what to say about how it was read. */
function readText(cell: Exclude<Cell, null>, column: Column): Parsed<string> {
  const { field } = column;
  if (IDENTIFIER_FIELDS.has(field) && (typeof cell === 'string' || typeof cell === 'number')) {
    return identifierFromCell(cell, label(field));
  }
  const notes: ValueNote[] = [];
  let text: string;
  if (cell instanceof Date) {
    text = isoDate(cell);
    if (DATE_SUSPECT_FIELDS.has(field)) {
      notes.push(warn(`${label(field)} arrived as the date ${text}: Excel may have turned a version or code into a date. Check it.`));
    }
  } else if (typeof cell === 'number' && column.holdsDates) {
    const date = excelSerialToDate(cell);
    text = date ? isoDate(date) : numberToText(cell);
  } else {
    text = cleanText(cellToText(cell), field === 'notes');
  }
  return { value: text, notes };
}

/** Turns one mapped cell into content, with notes on anything odd. */
function readCell(asset: AssetContent, cell: Exclude<Cell, null>, column: Column, services: string[]): ValueNote[] {
  const { field } = column;
  const notes: ValueNote[] = [];
  if (typeof cell === 'string') {
    const raw = cell.trim();
    if (raw.length > 1 && FORMULA_START.test(raw) && !SIGNED_NUMBER.test(raw)) {
      notes.push(
        warn(`"${raw}" starts with "${raw[0]}" and could run as a formula if this data is opened in a spreadsheet; it was kept as plain text.`),
      );
    }
  }
  const text = typeof cell === 'string' ? cleanText(cell, field === 'notes') : cellToText(cell);
  if (isPlaceholder(text) && typeof cell !== 'number') return notes;
  const unknown = (what: string) => notes.push(warn(`${label(field)} "${text}" ${what}; left empty.`));

  switch (field) {
    case 'ipAddresses':
    case 'macAddresses': {
      const parsed = field === 'ipAddresses' ? parseIpList(text) : parseMacList(text);
      asset[field] = mergeNames(asset[field], parsed.value);
      return [...notes, ...parsed.notes];
    }
    case 'protocols':
      asset.protocols = mergeNames(asset.protocols, parseProtocols(text));
      return notes;
    case 'ports': {
      const parsed = typeof cell === 'number' ? portFromNumber(cell) : parsePorts(text);
      services.push(...parsed.value.services);
      for (const port of parsed.value.ports) if (!asset.ports.includes(port)) asset.ports.push(port);
      return [...notes, ...parsed.notes];
    }
    case 'criticality': {
      const value = criticalityTable.lookup(text);
      if (value) asset.criticality = value;
      else unknown(`is not on the scale (${CRITICALITIES.join(', ')})`);
      return notes;
    }
    case 'lifecycle': {
      const value = lifecycleTable.lookup(text);
      if (value) asset.lifecycle = value;
      else unknown(`is not a known status (${Object.values(LIFECYCLE_LABELS).join(', ')})`);
      return notes;
    }
    case 'purdueLevel': {
      const value = purdueFromText(text);
      if (value) asset.purdueLevel = value;
      else unknown(`is not a Purdue level (${PURDUE_LEVELS.join(', ')})`);
      return notes;
    }
    case 'remoteAccess': {
      const value = typeof cell === 'boolean' ? cell : remoteAccessFromText(text);
      if (value !== null) asset.remoteAccess = value;
      else unknown('is not yes or no');
      return notes;
    }
    case 'assetType': {
      const value = assetTypeTable.lookup(text);
      if (value) asset.assetType = value;
      else notes.push(warn(`Type "${text}" is not a known asset type.`));
      return notes;
    }
    default: {
      const parsed = readText(cell, column);
      if (parsed.value) asset[field] = field === 'notes' && asset.notes ? `${asset.notes}\n${parsed.value}` : parsed.value;
      return [...notes, ...parsed.notes];
    }
  }
}

/** Scalar fields already filled by an earlier column mapped to the same field. */
function isFilled(asset: AssetContent, field: AssetField): boolean {
  const value = asset[field];
  return Array.isArray(value) || field === 'notes' ? false : value !== null && value !== '';
}

const LENGTH_LIMITS = new Map<AssetField, number>([
  ...[...TEXT_FIELDS, 'model', 'serialNumber'].map((f): [AssetField, number] => [f as AssetField, MAX_TEXT]),
  ['name', MAX_NAME],
  ['notes', MAX_NOTES],
]);

function truncate(asset: AssetContent, note: (field: AssetField, n: ValueNote) => void) {
  for (const [field, max] of LENGTH_LIMITS) {
    const value = asset[field];
    if (typeof value === 'string' && value.length > max) {
      (asset as Record<AssetField, unknown>)[field] = value.slice(0, max);
      note(field, warn(`${label(field)} is ${value.length} characters long; it was cut to ${max}.`));
    }
  }
}

function importRow(grid: SheetGrid, r: number, columns: readonly Column[], file: string): ImportedRow {
  const row = r + 1;
  const cells = grid.rows[r] ?? [];
  const asset = emptyAssetContent('');
  asset.source = { file, sheet: grid.name, row };
  const issues: ImportIssue[] = [];
  const at = (column: Column | undefined, n: ValueNote) =>
    issues.push(
      column
        ? { row, column: column.index + 1, columnName: column.name, severity: n.severity, message: n.message }
        : { row, column: null, severity: n.severity, message: n.message },
    );
  const columnOf = (field: AssetField) => columns.find((c) => c.field === field);
  const services: string[] = [];

  for (const column of columns) {
    const cell = cells[column.index] ?? null;
    if (cell === null || isBlankCell(cell)) continue;
    if (isFilled(asset, column.field)) {
      at(column, warn(`${label(column.field)} was already read from another column; "${cellToText(cell).trim()}" was not used.`));
      continue;
    }
    for (const n of readCell(asset, cell, column, services)) at(column, n);
  }

  // Service names written after ports fill an empty protocol list ("443/tcp(HTTPS)").
  if (asset.protocols.length === 0) asset.protocols = mergeNames([], services);

  const nameColumn = columnOf('name');
  if (!nameColumn) {
    // A scan export may have no name column: the hostname or first IP still tells the asset apart.
    const [field, value, what] = asset.hostname
      ? (['hostname', asset.hostname, 'hostname'] as const)
      : (['ipAddresses', asset.ipAddresses[0] ?? '', 'first IP address'] as const);
    if (value) {
      asset.name = value;
      at(columnOf(field), info(`No column is mapped to Name: the asset is named after its ${what} "${value}".`));
    }
  }

  if (asset.assetType === null) {
    const sources: TypeSource[] = (['model', 'name', 'hostname', 'vendor'] as const).map((f) => ({ label: f, text: asset[f] }));
    const inferred = inferAssetType(sources);
    if (inferred) {
      asset.assetType = inferred.type;
      const field = inferred.from.label as AssetField;
      at(columnOf(field), info(`Type set to "${ASSET_TYPES[inferred.type]}", inferred from ${field} "${inferred.from.text}". Check it.`));
    }
  }

  truncate(asset, (field, n) => at(columnOf(field), n));

  if (!asset.name) {
    at(
      nameColumn,
      nameColumn
        ? { severity: 'error', message: `${nameColumn.name} is empty: a row needs a name, so it was not imported.` }
        : { severity: 'error', message: 'No column is mapped to Name and the row has no hostname or IP address to name it by, so it was not imported.' },
    );
  }
  return { row, asset, issues, rejected: issues.some((i) => i.severity === 'error') };
}

/**
 * Turns the data rows under the header into asset content with per-cell issues. Data rows are rows
 * with a value in a named or mapped column; `range` pages over them (offset and limit count data rows,
 * `total` counts them all). Never throws on odd cells: whatever cannot be read is reported.
 */
export function importRows(
  grid: SheetGrid,
  headerRowIndex: number,
  mapping: ColumnMapping,
  source: { file: string },
  range?: { offset: number; limit: number },
): { rows: ImportedRow[]; total: number } {
  const headers = headerTexts(grid.rows, headerRowIndex);
  const named = headers.flatMap((h, i) => (isBlankHeader(h) ? [] : [i]));
  const mappedIndexes = Object.keys(mapping).map(Number).filter((i) => Number.isInteger(i) && i >= 0);
  const dataRows = dataRowIndexes(grid.rows, headerRowIndex, [...new Set([...named, ...mappedIndexes])]);
  const columns = mappedColumns(grid, headerRowIndex, mapping, dataRows);
  const offset = Math.max(0, Math.floor(range?.offset ?? 0)) || 0;
  const limit = range ? Math.max(0, Math.floor(range.limit)) || 0 : dataRows.length;
  const page = dataRows.slice(offset, offset + limit);
  return { rows: page.map((r) => importRow(grid, r, columns, source.file)), total: dataRows.length };
}
