import { ASSET_FIELD_LABELS, type AssetField } from '../../../shared/assets/asset';
import { MAX_SHEET_ROWS } from '../../../shared/import/limits';
import type { IgnoredIdentifier } from '../../../shared/import/duplicates';
import type { SkippedRow } from '../../../shared/import/footer-rows';
import type { SheetKind } from '../../../shared/import/sheet-kind';
import type { ImportIssue } from '../../../shared/import/types';
import { UserFacingError } from '../../../shared/ipc/result';
import type { OpenedSpreadsheet } from '../../main/isolation/jobs';
import { budgetOf, startIsolated } from '../../main/isolation/untrusted-files';
import { parseCommandArgs } from '../args';
import type { Command } from '../command';

/** Issues listed without --json; the JSON always has them all. */
const ISSUES_SHOWN = 20;

/** The --json output, a contract for scripts: header text as in the file → field key, unmapped columns left out. */
interface ImportCheck {
  sheet: string;
  /** 1-based, as the spreadsheet shows it. */
  headerRow: number;
  rows: number;
  accepted: number;
  rejected: number;
  /** Accepted rows that repeat another row of the file (each duplicate group's members beyond its first). */
  duplicates: number;
  /** Groups whose rows share an identifier but disagree on another (name, serial, MAC): kept apart unless chosen. */
  identityConflicts: number;
  /** Serials and MACs not used to match: placeholders, or one value on many rows. */
  ignoredIdentifiers: IgnoredIdentifier[];
  mapping: Record<string, AssetField>;
  /** Columns no field is mapped to, kept on each asset as extra attributes (header as in the file). */
  extraColumns: string[];
  /** Rows under the table left out as totals, notes or links, with the reason. */
  skippedRows: SkippedRow[];
  /** What the headers say the sheet is when it is not a list of devices; null for an asset list. */
  looksLike: SheetKind | null;
  issues: Pick<ImportIssue, 'row' | 'column' | 'severity' | 'message'>[];
}

export const importCheck: Command = {
  name: 'import-check',
  usage: 'FILE [--sheet NAME] [--json]',
  summary: 'Read an xlsx or CSV asset list as the import wizard would and report what it found (--json: one JSON object)',
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, { sheet: { type: 'string' }, json: { type: 'boolean' } }, ['FILE']);
    const file = positionals.FILE;
    // Loaded here rather than at the top, so the other commands start without the import pipeline.
    const [{ readSpreadsheetFileBytes }, { countDuplicateRows, inFileDuplicates, isSecretHeader, mappingByHeader }, { unpackRows }] = await Promise.all([
      import('../../main/import/read-spreadsheet'),
      import('../../../shared/import'),
      import('../../../shared/import/packed-rows'),
    ]);
    const { bytes, fileName } = await readSpreadsheetFileBytes(io.fs, file);
    // The same reader process, jobs and budget as the app's import wizard.
    const work = { subject: `“${fileName}”`, activity: 'reading it', budget: 'spreadsheet' } as const;
    const reader = startIsolated(io.isolation, work);
    const call = { timeMs: budgetOf(io.isolation, work).timeMs };
    try {
      const opened = await reader.call('openSpreadsheet', { bytes, fileName }, call);
      const sheet = values.sheet ?? opened.proposedSheet;
      if (!opened.sheets.some((s) => s.name === sheet))
        throw new UserFacingError(
          'invalid-request',
          `“${fileName}” has no sheet named “${sheet}”; its sheets are ${opened.sheets.map((s) => `“${s.name}”`).join(', ')}.`,
        );
      const analysis = await reader.call('analyseSheet', { sheet }, call);
      const mapping = Object.fromEntries(Object.entries(analysis.mapping).map(([column, field]) => [column, field as string]));
      const checked = await reader.call('importRows', { sheet, headerRowIndex: analysis.headerRowIndex, mapping, offset: 0, limit: MAX_SHEET_ROWS }, call);
      const rows = unpackRows(checked.rows);
      const total = checked.total;
      const rejected = rows.filter((r) => r.rejected).length;
      const { groups, ignored } = inFileDuplicates(rows);
      const result: ImportCheck = {
        sheet,
        headerRow: analysis.headerRowIndex + 1,
        rows: total,
        accepted: total - rejected,
        rejected,
        duplicates: countDuplicateRows(groups),
        identityConflicts: groups.filter((g) => g.conflicts.length > 0).length,
        ignoredIdentifiers: ignored,
        mapping: mappingByHeader(analysis.columns, analysis.mapping),
        extraColumns: analysis.columns.filter((c) => analysis.mapping[c.index] === undefined && c.header.trim() !== '' && !isSecretHeader(c.header)).map((c) => c.header),
        skippedRows: analysis.skippedRows,
        looksLike: analysis.looksLike,
        issues: rows.flatMap((r) => r.issues.map(({ row, column, severity, message }) => ({ row, column, severity, message }))),
      };
      io.out(values.json ? `${JSON.stringify(result)}\n` : summary(file, opened, result));
    } finally {
      reader.stop();
    }
  },
};

function summary(file: string, opened: OpenedSpreadsheet, result: ImportCheck): string {
  const format = opened.csv
    ? `CSV, ${opened.csv.encoding}, ${DELIMITER_NAMES[opened.csv.delimiter] ?? `“${opened.csv.delimiter}”`}-separated, ${opened.csv.lineEnding.toUpperCase()} line ends`
    : `xlsx, ${opened.sheets.length} ${opened.sheets.length === 1 ? 'sheet' : 'sheets'}`;
  const mapping = Object.entries(result.mapping).map(([header, field]) => `  ${header} → ${ASSET_FIELD_LABELS[field]}`);
  const issues = result.issues
    .slice(0, ISSUES_SHOWN)
    .map((i) => `  row ${i.row}${i.column === null ? '' : `, column ${i.column}`}: ${i.severity}: ${i.message}`);
  const more = result.issues.length - issues.length;
  return [
    `File        ${file} (${format})`,
    `Sheet       ${result.sheet}, header on row ${result.headerRow}`,
    `Rows        ${result.rows}: ${result.accepted} accepted, ${result.rejected} rejected, ${result.duplicates} duplicates within the file`,
    ...(result.looksLike ? [`Looks like  ${result.looksLike.label} (${result.looksLike.evidence.map((h) => `“${h}”`).join(', ')}), not a list of devices`] : []),
    ...result.skippedRows.map((r) => `Skipped     row ${r.row}: ${r.reason}`),
    ...identity(result),
    `Mapping     ${mapping.length} of the columns:`,
    ...mapping,
    ...(result.extraColumns.length ? [`Kept        ${result.extraColumns.length} more column(s) as extra attributes: ${result.extraColumns.join(', ')}`] : []),
    `Issues      ${result.issues.length}${result.issues.length ? ':' : ''}`,
    ...issues,
    ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
    '',
  ].join('\n');
}

/** Conflicting duplicate groups and identifiers left out of matching, when there are any. */
function identity(result: ImportCheck): string[] {
  const lines: string[] = [];
  if (result.identityConflicts > 0)
    lines.push(`Identity    ${result.identityConflicts} duplicate group(s) share an identifier but differ in another: kept apart unless chosen`);
  for (const i of result.ignoredIdentifiers.slice(0, 5))
    lines.push(`Ignored     ${i.field === 'macAddresses' ? 'MAC' : 'serial'} “${i.value}” on ${i.count} rows (${i.why}): not used to match`);
  return lines;
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
