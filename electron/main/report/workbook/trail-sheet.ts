import type ExcelJS from 'exceljs';
import { byEntryTime, type AuditEntry, type FieldChange } from '../../../../shared/audit/audit';
import { ACTION_LABELS, CHANGE_LABELS, TABLE_LABELS, authorName, describeValue, fieldLabel, type NameOf } from '../../../../shared/audit/describe';
import type { ReportModel } from '../../../../shared/report/model';
import { dateTimeCell } from './cells';
import { writeTable, type Column } from './table';

/** One row per recorded change; an entry with no field changes (an import that only added assets) is one row too. */
interface TrailRow {
  entry: AuditEntry;
  change: FieldChange | null;
}

const valueText = (change: FieldChange | null, side: 'old' | 'new', nameOf: NameOf): string => {
  if (change?.op !== 'update') return '';
  const value = describeValue(change.table, change.field, change[side], nameOf);
  return value.full ?? value.text;
};

const trailColumns = (nameOf: NameOf): Column<TrailRow>[] => [
  { header: 'When', width: 17, value: (r) => dateTimeCell(r.entry.at), date: 'dateTime' },
  { header: 'Assessor', width: 20, value: (r) => authorName(r.entry.by) },
  { header: 'Action', width: 22, value: (r) => ACTION_LABELS[r.entry.action] },
  { header: 'Note', width: 30, value: (r) => r.entry.note ?? '', wrap: true },
  { header: 'Kind of record', width: 16, value: (r) => (r.change ? TABLE_LABELS[r.change.table].one : '') },
  { header: 'Record', width: 30, value: (r) => r.change?.label ?? '', wrap: true },
  { header: 'Change', width: 10, value: (r) => (r.change ? CHANGE_LABELS[r.change.op] : '') },
  { header: 'Field', width: 24, value: (r) => (r.change?.op === 'update' ? fieldLabel(r.change.table, r.change.field) : '') },
  { header: 'Old value', width: 40, value: (r) => valueText(r.change, 'old', nameOf), wrap: true },
  { header: 'New value', width: 40, value: (r) => valueText(r.change, 'new', nameOf), wrap: true },
];

function* trailRows(trail: readonly AuditEntry[]): Generator<TrailRow> {
  const newestFirst = [...trail].sort(byEntryTime).reverse();
  for (const entry of newestFirst) {
    if (entry.changes.length === 0) yield { entry, change: null };
    for (const change of entry.changes) yield { entry, change };
  }
}

/** The audit trail, newest first, a row per field change: who recorded what, and when. */
export function writeTrailSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  const names = new Map<string, string>([
    ...model.assets.map((a) => [a.id, a.name] as const),
    ...model.zones.map((z) => [z.id, z.name] as const),
    ...model.conduits.map((c) => [c.id, c.name] as const),
    ...model.findings.map((f) => [f.id, `${f.number} ${f.title}`] as const),
    ...model.risks.map((r) => [r.id, `${r.number} ${r.title}`] as const),
  ]);
  writeTable(workbook, 'Audit trail', model.options.marking, trailColumns((id) => names.get(id)), trailRows(model.trail), { frozenColumns: 1 });
}
