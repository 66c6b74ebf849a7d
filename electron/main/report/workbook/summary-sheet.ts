import type ExcelJS from 'exceljs';
import { FINDING_SEVERITIES, SEVERITY_LABELS } from '../../../../shared/questionnaire/finding-drafts';
import type { ReportModel } from '../../../../shared/report/model';
import { dateCell, dateTimeCell, putCell, type CellValue } from './cells';
import { SEVERITY_HIGHLIGHTS } from './finding-sheet';
import { RISK_LEVEL_HIGHLIGHTS, riskLevelText, riskTargetText } from './risk-sheet';
import { LABEL, MARKING, NOTE, SECTION, TITLE, cellStyles, conditionalRule, textStyles, type CellStyles, type Highlight, type NumberFormat } from './styles';
import { HEADER_CELLS, addSheet, columnLetter } from './table';

const NOT_ASSESSED = 'Not assessed';
const LABEL_CELL = textStyles(LABEL);
const SECTION_CELL = textStyles(SECTION);
const NOTE_CELL = textStyles(NOTE);
const MARKING_CELL = textStyles(MARKING);
const TITLE_CELL = textStyles(TITLE);
const VALUE = cellStyles({ wrap: true });
const VALUE_STYLES: Record<NumberFormat | 'date' | 'dateTime' | 'plain', CellStyles> = {
  plain: VALUE,
  percent: cellStyles({ number: 'percent' }),
  decimal: cellStyles({ number: 'decimal' }),
  date: cellStyles({ date: 'date' }),
  dateTime: cellStyles({ date: 'dateTime' }),
};

/** Writes the Summary top to bottom: label/value pairs, then small tables, each section with a heading. */
const noRowFlags = (header: string): never => {
  throw new Error(`the summary's tables have no flag column “${header}”`);
};

class SummaryWriter {
  private rowNumber = 0;

  constructor(private readonly sheet: ExcelJS.Worksheet) {}

  line(cells: readonly [CellValue, CellStyles][]): number {
    this.rowNumber += 1;
    const row = this.sheet.getRow(this.rowNumber);
    cells.forEach(([value, styles], i) => putCell(row, i + 1, value, styles));
    row.commit();
    return this.rowNumber;
  }

  gap(): void {
    this.rowNumber += 1;
  }

  section(title: string): void {
    this.gap();
    this.line([[title, SECTION_CELL]]);
  }

  pair(label: string, value: CellValue, format: keyof typeof VALUE_STYLES = 'plain'): void {
    this.line([
      [label, LABEL_CELL],
      [value, VALUE_STYLES[format]],
    ]);
  }

  note(text: string): void {
    this.line([[text, NOTE_CELL]]);
  }

  /** A header row and data rows; `highlights` colour one column of the data rows (by value: no row flags here). */
  table(headers: readonly string[], rows: readonly CellValue[][], formats: readonly (keyof typeof VALUE_STYLES)[], highlights?: { column: number; rules: Highlight[] }): void {
    this.line(headers.map((h) => [h, HEADER_CELLS]));
    const first = this.rowNumber + 1;
    for (const row of rows) this.line(row.map((value, i) => [value, VALUE_STYLES[formats[i] ?? 'plain']]));
    if (highlights && rows.length) {
      const letter = columnLetter(highlights.column);
      this.sheet.addConditionalFormatting({ ref: `${letter}${first}:${letter}${this.rowNumber}`, rules: highlights.rules.map((h) => conditionalRule(h, noRowFlags)) });
    }
  }
}

/** Site, scope, dates, overall figures, scores per step, top risks and findings by severity. */
export function writeSummarySheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  const { options, assessment: a, executive: ex, missing } = model;
  const sheet = addSheet(workbook, 'Summary', options.marking, []);
  sheet.columns = [30, 50, 22, 14, 13, 13, 13, 13, 13, 13].map((width) => ({ width }));
  const out = new SummaryWriter(sheet);

  if (options.marking) out.line([[options.marking, MARKING_CELL]]);
  out.line([[options.title, TITLE_CELL]]);

  out.section('Assessment');
  out.pair('Site', a.name);
  out.pair('Organisation', a.organisation);
  out.pair('Location', a.location);
  out.pair('Sector', a.sector);
  out.pair('Standard edition', a.editionLabel);
  out.pair('Assessors', a.assessors.join(', '));
  out.pair('Start date', dateCell(a.startDate), 'date');
  out.pair('End date', dateCell(a.endDate), 'date');

  out.section('Report');
  out.pair('Title', options.title);
  out.pair('Version', options.documentVersion);
  out.pair('Report date', dateCell(options.reportDate), 'date');
  out.pair('Generated', dateTimeCell(model.generatedAt), 'dateTime');
  out.pair('Application version', model.appVersion);
  out.pair('Requirement catalogue version', model.catalogueVersion);
  if (model.skipped.length) out.pair('Records left out (failed validation)', model.skipped.join(', '));

  out.section('Scope');
  if (missing.scope) out.note(NOT_ASSESSED);
  else {
    out.pair('System under consideration', model.scope.sucDescription);
    out.pair('Scope statement', model.scope.statement);
    out.pair('Boundaries', model.scope.boundaries);
  }

  const overall = model.score.overall;
  out.section('Overall results');
  if (missing.answers) out.note(NOT_ASSESSED);
  else {
    out.pair('Requirements', overall.total);
    out.pair('Applicable', overall.applicable);
    out.pair('Answered', overall.answered);
    out.pair('Coverage', ex.coverage, 'percent');
    out.pair('Compliance', ex.compliance, 'percent');
    out.pair('Average maturity', ex.averageMaturity, 'decimal');
    out.pair('Average target maturity', ex.averageTarget, 'decimal');
    out.pair('Gaps', overall.gaps);
  }

  out.section('Scores per step');
  if (missing.answers) out.note(NOT_ASSESSED);
  else {
    out.table(
      ['Step', 'Title', 'Applicable', 'Answered', 'Implemented', 'Partially implemented', 'Not implemented', 'Compliance', 'Average maturity', 'Gaps'],
      model.score.steps.map(({ step, title, score: s }) => [step, title, s.applicable, s.answered, s.implemented, s.partial, s.notImplemented, s.compliance, s.averageAchieved, s.gaps]),
      ['plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'plain', 'percent', 'decimal'],
    );
  }

  out.section('Top risks');
  if (missing.risks) out.note(NOT_ASSESSED);
  else {
    out.table(
      ['Risk', 'Title', 'Target', 'Residual risk level'],
      ex.topRisks.map((r) => [r.number, r.title, riskTargetText(r), riskLevelText(r.residual)]),
      [],
      { column: 4, rules: RISK_LEVEL_HIGHLIGHTS },
    );
  }

  out.section('Findings by severity');
  if (missing.findings) out.note(NOT_ASSESSED);
  else {
    out.table(
      ['Severity', 'Findings'],
      [...FINDING_SEVERITIES].reverse().map((s) => [SEVERITY_LABELS[s], ex.findingsBySeverity[s]]),
      [],
      { column: 1, rules: SEVERITY_HIGHLIGHTS },
    );
  }

  out.section('Risks and actions');
  out.pair('Risk scenarios', missing.risks ? NOT_ASSESSED : model.risks.length);
  if (!missing.risks) out.pair('Not tolerable', ex.intolerableRisks);
  out.pair('Actions', missing.actions ? NOT_ASSESSED : model.actions.length);
  if (!missing.actions) {
    out.pair('Open', ex.openActions);
    out.pair('Overdue', ex.overdueActions);
  }
  sheet.commit();
}
