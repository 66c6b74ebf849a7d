import type ExcelJS from 'exceljs';
import { ASSET_FIELDS, ASSET_FIELD_LABELS, type Asset, type AssetField } from '../../../../shared/assets/asset';
import { attributeKey, attributeLabels } from '../../../../shared/assets/attributes';
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

const FIXED_COLUMNS: Column<Asset>[] = [
  ...ASSET_FIELDS.map((field) => ({ header: ASSET_FIELD_LABELS[field], ...FIELD_COLUMNS[field] })),
  { header: 'Source file', width: 24, value: (a) => a.source?.file ?? null },
  { header: 'Source sheet', width: 14, value: (a) => a.source?.sheet ?? null },
  { header: 'Source row', width: 10, value: (a) => a.source?.row ?? null },
];

/** Extra attributes given a column each; past this many labels (files of very different shapes) the rest share one. */
const MAX_ATTRIBUTE_COLUMNS = 200;

/**
 * The fixed columns, then one per extra attribute the plant's files brought, under its own header (marked when it
 * repeats a fixed header); labels past MAX_ATTRIBUTE_COLUMNS are written "label: value" in one last column.
 */
export function assetColumns(assets: readonly Asset[]): Column<Asset>[] {
  const labels = attributeLabels(assets);
  // Each asset's attributes by key, built once per asset rather than searched once per column (100k × 200).
  const byKey = new WeakMap<Asset, Map<string, string>>();
  const valueOf = (a: Asset, key: string) => {
    let map = byKey.get(a);
    if (!map) byKey.set(a, (map = new Map((a.attributes ?? []).map((x) => [attributeKey(x.label), x.value]))));
    return map.get(key) || null;
  };
  const fixed = new Set(FIXED_COLUMNS.map((c) => attributeKey(c.header)));
  const own = labels.slice(0, MAX_ATTRIBUTE_COLUMNS).map((label): Column<Asset> => {
    const key = attributeKey(label);
    return {
      header: fixed.has(key) ? `${label} (from the file)` : label,
      width: Math.min(30, Math.max(12, label.length + 2)),
      value: (a) => valueOf(a, key),
      wrap: true,
    };
  });
  const rest = new Set(labels.slice(MAX_ATTRIBUTE_COLUMNS).map(attributeKey));
  const others: Column<Asset>[] = rest.size
    ? [
        {
          header: 'Other attributes',
          width: 40,
          wrap: true,
          value: (a) => (a.attributes ?? []).filter((x) => rest.has(attributeKey(x.label))).map((x) => `${x.label}: ${x.value}`).join('\n') || null,
        },
      ]
    : [];
  return [...FIXED_COLUMNS, ...own, ...others];
}

/** Every asset, one row each, the name column frozen beside the header. */
export function writeAssetSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Assets', model.options.marking, assetColumns(model.assets), model.assets, { frozenColumns: 1 });
}
