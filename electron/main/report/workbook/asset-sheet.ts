import type ExcelJS from 'exceljs';
import { ASSET_FIELDS, ASSET_FIELD_LABELS, type Asset, type AssetField } from '../../../../shared/assets/asset';
import { ASSET_TYPES, CRITICALITIES, CRITICALITY_LABELS, LIFECYCLE_LABELS, PURDUE_LABELS } from '../../../../shared/assets/taxonomy';
import type { ReportModel } from '../../../../shared/report/model';
import { joined } from './cells';
import { scaleHighlights } from './styles';
import { writeTable, type Column } from './table';

/** The inventory's criticality scale keys are low … critical; shown capitalised as in the Assets screen. */

type FieldColumn = Omit<Column<Asset>, 'header'>;

/** One column per asset field (a Record, so a new field cannot be left out), in the inventory's order. */
const FIELD_COLUMNS: Record<AssetField, FieldColumn> = {
  name: { width: 28, value: (a) => a.name },
  assetType: { width: 24, value: (a) => (a.assetType ? ASSET_TYPES[a.assetType] : null) },
  vendor: { width: 18, value: (a) => a.vendor },
  model: { width: 22, value: (a) => a.model },
  firmware: { width: 14, value: (a) => a.firmware },
  os: { width: 20, value: (a) => a.os },
  serialNumber: { width: 18, value: (a) => a.serialNumber },
  ipAddresses: { width: 18, value: (a) => joined(a.ipAddresses) },
  macAddresses: { width: 20, value: (a) => joined(a.macAddresses) },
  hostname: { width: 18, value: (a) => a.hostname },
  protocols: { width: 20, value: (a) => joined(a.protocols) },
  ports: { width: 14, value: (a) => joined(a.ports) },
  purdueLevel: { width: 20, value: (a) => (a.purdueLevel ? PURDUE_LABELS[a.purdueLevel] : null) },
  zone: { width: 20, value: (a) => a.zone },
  location: { width: 20, value: (a) => a.location },
  criticality: {
    width: 12,
    value: (a) => (a.criticality ? CRITICALITY_LABELS[a.criticality] : null),
    highlight: scaleHighlights(CRITICALITIES.map((c) => CRITICALITY_LABELS[c])),
  },
  owner: { width: 18, value: (a) => a.owner },
  lifecycle: {
    width: 16,
    value: (a) => (a.lifecycle ? LIFECYCLE_LABELS[a.lifecycle] : null),
    highlight: [
      { equals: LIFECYCLE_LABELS['end-of-support'], tone: 'poor' },
      { equals: LIFECYCLE_LABELS['end-of-life'], tone: 'bad' },
    ],
  },
  remoteAccess: { width: 10, value: (a) => a.remoteAccess },
  notes: { width: 40, value: (a) => a.notes },
};

export const ASSET_COLUMNS: Column<Asset>[] = [
  ...ASSET_FIELDS.map((field) => ({ header: ASSET_FIELD_LABELS[field], ...FIELD_COLUMNS[field] })),
  { header: 'Source file', width: 24, value: (a) => a.source?.file ?? null },
  { header: 'Source sheet', width: 14, value: (a) => a.source?.sheet ?? null },
  { header: 'Source row', width: 10, value: (a) => a.source?.row ?? null },
];

/** Every asset, one row each, the name column frozen beside the header. */
export function writeAssetSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Assets', model.options.marking, ASSET_COLUMNS, model.assets, { frozenColumns: 1 });
}
