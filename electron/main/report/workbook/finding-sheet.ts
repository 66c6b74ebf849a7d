import type ExcelJS from 'exceljs';
import { FINDING_SEVERITIES, FINDING_STATUS_LABELS, SEVERITY_LABELS } from '../../../../shared/questionnaire/finding-drafts';
import type { FindingRow, ReportModel } from '../../../../shared/report/model';
import { joined } from './cells';
import { scaleHighlights } from './styles';
import { writeTable, type Column } from './table';

export const SEVERITY_HIGHLIGHTS = scaleHighlights(FINDING_SEVERITIES.map((s) => SEVERITY_LABELS[s]));

const FINDING_COLUMNS: Column<FindingRow>[] = [
  { header: 'Finding', width: 10, value: (f) => f.number },
  { header: 'Title', width: 40, value: (f) => f.title, wrap: true },
  { header: 'Severity', width: 10, value: (f) => SEVERITY_LABELS[f.severity], highlight: SEVERITY_HIGHLIGHTS },
  { header: 'Status', width: 10, value: (f) => FINDING_STATUS_LABELS[f.status] },
  { header: 'Observation', width: 60, value: (f) => f.observation, wrap: true },
  { header: 'Recommendation', width: 60, value: (f) => f.recommendation, wrap: true },
  { header: 'References', width: 18, value: (f) => joined(f.references), wrap: true },
  { header: 'Requirements', width: 16, value: (f) => joined(f.requirementIds), wrap: true },
  { header: 'Zones', width: 24, value: (f) => joined(f.zones), wrap: true },
  { header: 'Assets', width: 30, value: (f) => joined(f.assets), wrap: true },
];

/** The reported findings (dismissed drafts are not), most severe first, numbered as in the PDF. */
export function writeFindingSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Findings', model.options.marking, FINDING_COLUMNS, model.findings, { frozenColumns: 1 });
}
