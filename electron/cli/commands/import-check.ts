import { ASSET_FIELD_LABELS, type AssetField } from '../../../shared/assets/asset';
import type { ImportIssue, WorkbookGrid } from '../../../shared/import/types';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../../main/bundle-file';
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
  duplicates: number;
  mapping: Record<string, AssetField>;
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
    const [{ readSpreadsheetFile }, { analyseSheet, countInFileDuplicates, importRows, mappingByHeader, proposeSheet }] = await Promise.all([
      import('../../main/import/read-spreadsheet'),
      import('../../../shared/import'),
    ]);
    const { workbook } = await readSpreadsheetFile(io.fs, file);
    const grid = workbook.sheets.find((s) => s.name === (values.sheet ?? proposeSheet(workbook).sheet));
    if (!grid)
      throw new UserFacingError(
        'invalid-request',
        `“${fileNameOf(file)}” has no sheet named “${values.sheet}”; its sheets are ${workbook.sheets.map((s) => `“${s.name}”`).join(', ')}.`,
      );
    const analysis = analyseSheet(grid);
    const { rows, total } = importRows(grid, analysis.headerRowIndex, analysis.mapping, { file: fileNameOf(file) });
    const rejected = rows.filter((r) => r.rejected).length;
    const result: ImportCheck = {
      sheet: grid.name,
      headerRow: analysis.headerRowIndex + 1,
      rows: total,
      accepted: total - rejected,
      rejected,
      duplicates: countInFileDuplicates(rows),
      mapping: mappingByHeader(analysis.columns, analysis.mapping),
      issues: rows.flatMap((r) => r.issues.map(({ row, column, severity, message }) => ({ row, column, severity, message }))),
    };
    io.out(values.json ? `${JSON.stringify(result)}\n` : summary(file, workbook, result));
  },
};

function summary(file: string, workbook: WorkbookGrid, result: ImportCheck): string {
  const format = workbook.csv
    ? `CSV, ${workbook.csv.encoding}, ${DELIMITER_NAMES[workbook.csv.delimiter] ?? `“${workbook.csv.delimiter}”`}-separated, ${workbook.csv.lineEnding.toUpperCase()} line ends`
    : `xlsx, ${workbook.sheets.length} ${workbook.sheets.length === 1 ? 'sheet' : 'sheets'}`;
  const mapping = Object.entries(result.mapping).map(([header, field]) => `  ${header} → ${ASSET_FIELD_LABELS[field]}`);
  const issues = result.issues
    .slice(0, ISSUES_SHOWN)
    .map((i) => `  row ${i.row}${i.column === null ? '' : `, column ${i.column}`}: ${i.severity}: ${i.message}`);
  const more = result.issues.length - issues.length;
  return [
    `File        ${file} (${format})`,
    `Sheet       ${result.sheet}, header on row ${result.headerRow}`,
    `Rows        ${result.rows}: ${result.accepted} accepted, ${result.rejected} rejected, ${result.duplicates} duplicates within the file`,
    `Mapping     ${mapping.length} of the columns:`,
    ...mapping,
    `Issues      ${result.issues.length}${result.issues.length ? ':' : ''}`,
    ...issues,
    ...(more > 0 ? [`  … and ${more} more (--json lists them all)`] : []),
    '',
  ].join('\n');
}

const DELIMITER_NAMES: Record<string, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab', '|': 'pipe' };
