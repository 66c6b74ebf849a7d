import type ExcelJS from 'exceljs';
import { ACTION_STATUS_LABELS, EFFORT_LABELS, PRIORITY_LABELS } from '../../../../shared/risk/actions';
import { RISK_LEVEL_LABELS } from '../../../../shared/risk/matrix';
import { PRIORITIES } from '../../../../shared/risk/types';
import type { ActionRow, ReportModel } from '../../../../shared/report/model';
import { dateCell, joined } from './cells';
import { scaleHighlights } from './styles';
import { RISK_LEVEL_HIGHLIGHTS } from './risk-sheet';
import { writeTable, type Column } from './table';

const ACTION_COLUMNS: Column<ActionRow>[] = [
  { header: 'Action', width: 10, value: (a) => a.number },
  { header: 'Title', width: 40, value: (a) => a.title, wrap: true },
  { header: 'Description', width: 50, value: (a) => a.description, wrap: true },
  { header: 'Owner', width: 20, value: (a) => a.owner },
  { header: 'Due date', width: 12, value: (a) => dateCell(a.dueDate), date: 'date', highlight: [{ rowFlag: 'Overdue', tone: 'bad' }] },
  { header: 'Priority', width: 10, value: (a) => PRIORITY_LABELS[a.priority], highlight: scaleHighlights(PRIORITIES.map((p) => PRIORITY_LABELS[p])) },
  { header: 'Effort', width: 22, value: (a) => EFFORT_LABELS[a.effort] },
  {
    header: 'Status',
    width: 12,
    value: (a) => ACTION_STATUS_LABELS[a.status],
    highlight: [
      { equals: ACTION_STATUS_LABELS.done, tone: 'good' },
      { equals: ACTION_STATUS_LABELS.cancelled, tone: 'muted' },
    ],
  },
  { header: 'Overdue', width: 10, value: (a) => a.overdue },
  { header: 'Findings', width: 18, value: (a) => joined(a.findingNumbers), wrap: true },
  { header: 'Risks', width: 18, value: (a) => joined(a.riskNumbers), wrap: true },
  {
    header: 'Expected residual risk',
    width: 12,
    value: (a) => (a.expectedResidual ? RISK_LEVEL_LABELS[a.expectedResidual] : null),
    highlight: RISK_LEVEL_HIGHLIGHTS,
  },
];

/** The remediation plan in roadmap order, numbered as in the PDF. */
export function writeActionSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Actions', model.options.marking, ACTION_COLUMNS, model.actions, { frozenColumns: 1 });
}
