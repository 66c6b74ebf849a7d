import { ASSET_FIELDS, type AssetContent, type AssetField, emptyAssetContent } from '../assets/asset';
import { ASSET_TYPES } from '../assets/taxonomy';
import { cellToText, isBlankCell } from './cell-text';
import { clipText, MAX_ISSUE_CHARS } from './limits';
import { inferAssetType, type TypeSource } from './infer-type';
import { type Column, label, readCell, TEXT_FIELDS } from './read-cell';
import { columnDisplayName, dataRowIndexes, headerTexts, isBlankHeader, tableColumns } from './sheet-layout';
import { splitFooter } from './footer-rows';
import { attributesFull, extraColumns, keepExtra, keptAs, keepUnread, notKept, type ExtraColumn } from './extra-columns';
import type { ColumnMapping, ImportedRow, ImportIssue, SheetGrid } from './types';
import { info, type ValueNote, warn } from './values/parsed';
import { addNames } from './values/protocols';

/** Length limits of the asset schema (shared/assets/asset.ts). */
const MAX_NAME = 300;
const MAX_TEXT = 2000;
const MAX_NOTES = 20000;

/** By field in schema order (through a Map, so the notes entry replaces the text limit); an array, as it is read per row. */
const LENGTH_LIMITS: readonly (readonly [AssetField, number])[] = [
  ...new Map<AssetField, number>([
    ...[...TEXT_FIELDS, 'model', 'serialNumber'].map((f): [AssetField, number] => [f as AssetField, MAX_TEXT]),
    ['name', MAX_NAME],
    ['notes', MAX_NOTES],
  ]),
];

/** What importRows works out once per sheet, header row and mapping. */
interface SheetPlan {
  key: string;
  dataRows: number[];
  /** Mapped columns, left to right. */
  columns: Column[];
  /** The first column mapped to each field: messages about the field point at it. */
  columnOf: Map<AssetField, Column>;
  /** The table's other columns, kept on each asset as extra attributes. */
  extras: ExtraColumn[];
}

/**
 * The app asks for a sheet's rows in chunks (offset, limit), with the same grid and mapping each time: keeping the
 * plan per grid makes a chunk cost its own rows rather than a rescan of the sheet. Grids are not changed once read.
 */
const plans = new WeakMap<SheetGrid, SheetPlan>();

function planOf(grid: SheetGrid, headerRowIndex: number, mapping: ColumnMapping): SheetPlan {
  const key = `${grid.rows.length}|${headerRowIndex}|${Object.entries(mapping).join(';')}`;
  const known = plans.get(grid);
  if (known?.key === key) return known;
  const headers = headerTexts(grid.rows, headerRowIndex);
  const named = headers.flatMap((h, i) => (isBlankHeader(h) ? [] : [i]));
  const mappedIndexes = Object.keys(mapping).map(Number).filter((i) => Number.isInteger(i) && i >= 0);
  const { dataRows } = splitFooter(grid.rows, dataRowIndexes(grid.rows, headerRowIndex, [...new Set([...named, ...mappedIndexes])]));
  const columns = mappedColumns(grid, headers, mapping, dataRows);
  const columnOf = new Map<AssetField, Column>();
  for (const column of columns) if (!columnOf.has(column.field)) columnOf.set(column.field, column);
  const extras = extraColumns(tableColumns(grid.rows, headerRowIndex).indexes, headers, new Set(mappedIndexes));
  const plan = { key, dataRows, columns, columnOf, extras };
  plans.set(grid, plan);
  return plan;
}

function mappedColumns(grid: SheetGrid, headers: readonly string[], mapping: ColumnMapping, dataRows: readonly number[]): Column[] {
  const columns: Column[] = [];
  for (const [key, field] of Object.entries(mapping)) {
    const index = Number(key);
    if (!Number.isInteger(index) || index < 0 || !field || !ASSET_FIELDS.includes(field)) continue;
    const holdsDates = TEXT_FIELDS.has(field) && mostlyDates(grid, index, dataRows);
    columns.push({ index, field, name: columnDisplayName(headers[index], index), holdsDates });
  }
  return columns.sort((a, b) => a.index - b.index);
}

/** At least half of the column's filled cells are dates; only xlsx has Date cells, so a CSV column takes one pass. */
function mostlyDates(grid: SheetGrid, index: number, dataRows: readonly number[]): boolean {
  let dates = 0;
  for (const r of dataRows) if (grid.rows[r]?.[index] instanceof Date) dates += 1;
  if (dates === 0) return false;
  let filled = 0;
  for (const r of dataRows) if (!isBlankCell(grid.rows[r]?.[index])) filled += 1;
  return dates * 2 >= filled;
}

/** Scalar fields already filled by an earlier column mapped to the same field. */
function isFilled(asset: AssetContent, field: AssetField): boolean {
  const value = asset[field];
  return Array.isArray(value) || field === 'notes' ? false : value !== null && value !== '';
}

/** Free-text fields several columns may feed: each later value is added with its header as a label. */
const JOINED_FIELDS = new Set<AssetField>(['firmware', 'os', 'location', 'owner', 'notes']);

/** How much a field holds (list length, text length, set or not): unchanged after a cell means the cell was not used. */
function fieldSize(asset: AssetContent, field: AssetField): number {
  const value = asset[field];
  if (Array.isArray(value)) return value.length;
  if (typeof value === 'string') return value.length;
  return value === null ? 0 : 1;
}

const isWarning = (n: ValueNote) => n.severity === 'warning';

const isError = (issue: ImportIssue) => issue.severity === 'error';

function issueAt(row: number, column: Pick<Column, 'index' | 'name'> | undefined, n: ValueNote): ImportIssue {
  const message = clipText(n.message, MAX_ISSUE_CHARS);
  return column
    ? { row, column: column.index + 1, columnName: column.name, severity: n.severity, message }
    : { row, column: null, severity: n.severity, message };
}

/** Characters of a cell read for a field: twice what the field keeps, so cleaning still leaves enough to fill it. */
const READ_LIMITS = new Map<AssetField, number>(LENGTH_LIMITS.map(([field, max]) => [field, 2 * max]));
const readLimitOf = (field: AssetField) => READ_LIMITS.get(field) ?? 2 * MAX_TEXT;

/** `lengths` holds the length a cell had before reading was cut short, so the message gives the file's figure. */
function truncate(asset: AssetContent, row: number, plan: SheetPlan, issues: ImportIssue[], lengths: ReadonlyMap<AssetField, number>) {
  for (const [field, max] of LENGTH_LIMITS) {
    const value = asset[field];
    if (typeof value === 'string' && value.length > max) {
      (asset as Record<AssetField, unknown>)[field] = value.slice(0, max);
      const length = lengths.get(field) ?? value.length;
      issues.push(issueAt(row, plan.columnOf.get(field), warn(`${label(field)} is ${length} characters long; it was cut to ${max}.`)));
    }
  }
}

function importRow(grid: SheetGrid, r: number, plan: SheetPlan, file: string): ImportedRow {
  const row = r + 1;
  const cells = grid.rows[r] ?? [];
  const asset = emptyAssetContent('');
  asset.source = { file, sheet: grid.name, row };
  const issues: ImportIssue[] = [];
  const { columnOf } = plan;
  const services: string[] = [];
  const lengths = new Map<AssetField, number>();

  for (const column of plan.columns) {
    let cell = cells[column.index] ?? null;
    if (cell === null || isBlankCell(cell)) continue;
    // Text far longer than the field keeps is cut before it is cleaned and parsed, which costs by the character.
    if (typeof cell === 'string' && cell.length > readLimitOf(column.field)) {
      lengths.set(column.field, cell.length);
      cell = cell.slice(0, readLimitOf(column.field));
    }
    if (isFilled(asset, column.field) && !JOINED_FIELDS.has(column.field)) {
      const text = cellToText(cell).trim();
      const note = keepUnread(asset, cell, column.name) ?? info(`${label(column.field)} was already read from another column; "${text}" is ${keptAs(column.name)}.`);
      issues.push(issueAt(row, column, note));
      continue;
    }
    const before = fieldSize(asset, column.field);
    let notes = readCell(asset, cell, column, services);
    // A value no field could take ("PDU" as a type, "very high" as a criticality) is kept under its header.
    if (fieldSize(asset, column.field) === before && notes.some(isWarning)) {
      const cut = keepUnread(asset, cell, column.name);
      notes = cut ? [...notes, cut] : notes.map((n) => (isWarning(n) ? { ...n, message: `${n.message} The cell is ${keptAs(column.name)}.` } : n));
    }
    for (const n of notes) issues.push(issueAt(row, column, n));
  }
  for (let e = 0; e < plan.extras.length; e++) {
    const extra = plan.extras[e] as ExtraColumn;
    const cell = cells[extra.index];
    if (cell === undefined || cell === null || isBlankCell(cell)) continue;
    // A table wider than an asset's attributes gets one note a row, not one a column.
    if (attributesFull(asset)) {
      const filled = plan.extras.slice(e).filter((x) => !isBlankCell(cells[x.index] ?? null)).length;
      issues.push(issueAt(row, { index: extra.index, name: extra.label }, notKept(extra.label, filled)));
      break;
    }
    const note = keepExtra(asset, cell, extra);
    if (note) issues.push(issueAt(row, { index: extra.index, name: extra.label }, note));
  }

  // Service names written after ports fill an empty protocol list ("443/tcp(HTTPS)").
  if (asset.protocols.length === 0) addNames(asset.protocols, services);

  const nameColumn = columnOf.get('name');
  if (!nameColumn) {
    // A scan export may have no name column: the hostname or first IP still tells the asset apart.
    const [field, value, what] = asset.hostname
      ? (['hostname', asset.hostname, 'hostname'] as const)
      : (['ipAddresses', asset.ipAddresses[0] ?? '', 'first IP address'] as const);
    if (value) {
      asset.name = value;
      issues.push(issueAt(row, columnOf.get(field), info(`No column is mapped to Name: the asset is named after its ${what} "${value}".`)));
    }
  }

  if (asset.assetType === null) {
    const sources: TypeSource[] = (['model', 'name', 'hostname', 'vendor'] as const).map((f) => ({ label: f, text: asset[f] }));
    const inferred = inferAssetType(sources);
    if (inferred) {
      asset.assetType = inferred.type;
      const field = inferred.from.label as AssetField;
      const message = `Type set to "${ASSET_TYPES[inferred.type]}", inferred from ${field} "${inferred.from.text}". Check it.`;
      issues.push(issueAt(row, columnOf.get(field), info(message)));
    }
  }

  truncate(asset, row, plan, issues, lengths);

  if (!asset.name) {
    const message = nameColumn
      ? `${nameColumn.name} is empty: a row needs a name, so it was not imported.`
      : 'No column is mapped to Name and the row has no hostname or IP address to name it by, so it was not imported.';
    issues.push(issueAt(row, nameColumn, { severity: 'error', message }));
  }
  return { row, asset, issues, rejected: issues.some(isError) };
}

/** Fields that can name a row, best first: the name, else the hostname, else the first IP address (importRow). */
export const NAMING_FIELDS = ['name', 'hostname', 'ipAddresses'] as const satisfies readonly AssetField[];

/** Whether a mapping gives each row a way to be named. */
export const mappingNamesRows = (mapping: ColumnMapping) => Object.values(mapping).some((f) => (NAMING_FIELDS as readonly (AssetField | undefined)[]).includes(f));

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
  const plan = planOf(grid, headerRowIndex, mapping);
  const { dataRows } = plan;
  const offset = Math.max(0, Math.floor(range?.offset ?? 0)) || 0;
  const limit = range ? Math.max(0, Math.floor(range.limit)) || 0 : dataRows.length;
  const end = Math.min(dataRows.length, offset + limit);
  const rows: ImportedRow[] = [];
  for (let i = offset; i < end; i++) rows.push(importRow(grid, dataRows[i] as number, plan, source.file));
  return { rows, total: dataRows.length };
}
