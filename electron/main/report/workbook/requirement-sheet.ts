import type ExcelJS from 'exceljs';
import { STATUS_LABELS } from '../../../../shared/questionnaire/answer';
import type { ReportModel, RequirementRow } from '../../../../shared/report/model';
import { dateTimeCell, joined } from './cells';
import { writeTable, type Column } from './table';

const REQUIREMENT_COLUMNS: Column<RequirementRow>[] = [
  { header: 'Requirement', width: 11, value: (r) => r.id },
  { header: 'Step', width: 6, value: (r) => r.step },
  { header: 'Step title', width: 24, value: (r) => r.stepTitle },
  { header: 'Title', width: 40, value: (r) => r.title, wrap: true },
  { header: 'References', width: 18, value: (r) => joined(r.references) },
  {
    header: 'Status',
    width: 20,
    value: (r) => STATUS_LABELS[r.status],
    highlight: [
      { equals: STATUS_LABELS.implemented, tone: 'good' },
      { equals: STATUS_LABELS.partial, tone: 'fair' },
      { equals: STATUS_LABELS['not-implemented'], tone: 'bad' },
      { equals: STATUS_LABELS['not-applicable'], tone: 'muted' },
    ],
  },
  { header: 'Achieved maturity', width: 10, value: (r) => r.achieved },
  { header: 'Target maturity', width: 10, value: (r) => r.target },
  { header: 'Maturity gap', width: 10, value: (r) => r.gap, highlight: [{ above: 0, tone: 'poor' }] },
  { header: 'Notes', width: 50, value: (r) => r.notes, wrap: true },
  { header: 'Reason not applicable', width: 30, value: (r) => r.naReason, wrap: true },
  { header: 'Evidence files', width: 30, value: (r) => joined(r.evidenceFiles), wrap: true },
  { header: 'Interviews and observations', width: 14, value: (r) => r.records },
  { header: 'Answered by', width: 18, value: (r) => r.answeredBy },
  { header: 'Answered at', width: 17, value: (r) => dateTimeCell(r.answeredAt), date: 'dateTime' },
];

/** Every catalogue requirement, answered or not, in catalogue order. */
export function writeRequirementSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Requirements', model.options.marking, REQUIREMENT_COLUMNS, model.requirements, { frozenColumns: 1 });
}
