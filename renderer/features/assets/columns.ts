import { ASSET_FIELD_LABELS, type Asset, type AssetContent, type AssetField } from '../../../shared/assets/asset';
import { attributeValue, withAttribute } from '../../../shared/assets/attributes';
import { attributeColumnKey, type InventoryColumnKey } from '../../../shared/assets/inventory-view';
import {
  ASSET_TYPES,
  ASSET_TYPE_KEYS,
  CRITICALITIES,
  CRITICALITY_LABELS,
  LIFECYCLES,
  LIFECYCLE_LABELS,
  PURDUE_LABELS,
  PURDUE_LEVELS,
} from '../../../shared/assets/taxonomy';

export type Editor = { kind: 'text' } | { kind: 'list' } | { kind: 'choice'; options: readonly { value: string; label: string }[] };

export interface InventoryColumn {
  key: InventoryColumnKey;
  /** The asset field shown, or null for an extra attribute from the file. */
  field: AssetField | null;
  /** The extra attribute's label, for columns that show one. */
  attribute: string | null;
  label: string;
  width: number;
  editor: Editor;
}

const choice = (options: { value: string; label: string }[]): Editor => ({ kind: 'choice', options: [{ value: '', label: '—' }, ...options] });
const text: Editor = { kind: 'text' };
const list: Editor = { kind: 'list' };

export const TYPE_OPTIONS = ASSET_TYPE_KEYS.map((k) => ({ value: k, label: ASSET_TYPES[k] }));
export const CRITICALITY_OPTIONS = CRITICALITIES.map((c) => ({ value: c, label: CRITICALITY_LABELS[c] }));

const EDITORS: Record<AssetField, Editor> = {
  name: text,
  assetType: choice(TYPE_OPTIONS),
  vendor: text,
  model: text,
  firmware: text,
  os: text,
  serialNumber: text,
  ipAddresses: list,
  macAddresses: list,
  hostname: text,
  protocols: list,
  ports: list,
  purdueLevel: choice(PURDUE_LEVELS.map((p) => ({ value: p, label: PURDUE_LABELS[p] }))),
  zone: text,
  location: text,
  criticality: choice(CRITICALITY_OPTIONS),
  owner: text,
  lifecycle: choice(LIFECYCLES.map((l) => ({ value: l, label: LIFECYCLE_LABELS[l] }))),
  remoteAccess: choice([
    { value: 'true', label: 'Yes' },
    { value: 'false', label: 'No' },
  ]),
  notes: text,
};

const WIDTHS: Partial<Record<AssetField, number>> = { name: 200, assetType: 150, ipAddresses: 150, macAddresses: 160, notes: 260, purdueLevel: 150 };

export const INVENTORY_COLUMNS: InventoryColumn[] = (Object.keys(EDITORS) as AssetField[]).map((field) => ({
  key: field,
  field,
  attribute: null,
  label: ASSET_FIELD_LABELS[field],
  width: WIDTHS[field] ?? 130,
  editor: EDITORS[field],
}));

/** A column for an extra attribute the plant's file brought (rack, backup, last service), edited as text. */
export const attributeColumn = (label: string): InventoryColumn => ({ key: attributeColumnKey(label), field: null, attribute: label, label, width: 140, editor: text });

export const DEFAULT_VISIBLE: InventoryColumnKey[] = ['name', 'assetType', 'vendor', 'model', 'firmware', 'ipAddresses', 'zone', 'purdueLevel', 'criticality'];

/** A cell as the table shows it. */
export function displayValue(asset: Asset, column: Pick<InventoryColumn, 'field' | 'attribute'>): string {
  if (column.field === null) return attributeValue(asset, column.attribute ?? '');
  const field = column.field;
  const v = asset[field];
  if (v === null || v === undefined) return '';
  if (Array.isArray(v)) return v.join(', ');
  if (field === 'assetType') return ASSET_TYPES[v as keyof typeof ASSET_TYPES] ?? String(v);
  if (field === 'purdueLevel') return PURDUE_LABELS[v as keyof typeof PURDUE_LABELS] ?? String(v);
  if (field === 'lifecycle') return LIFECYCLE_LABELS[v as keyof typeof LIFECYCLE_LABELS] ?? String(v);
  if (field === 'criticality') return CRITICALITY_OPTIONS.find((o) => o.value === v)?.label ?? String(v);
  if (field === 'remoteAccess') return v ? 'Yes' : 'No';
  return String(v);
}

/** The value an editor starts from (the inverse of parseEdit). */
export function editValue(asset: Asset, column: Pick<InventoryColumn, 'field' | 'attribute'>): string {
  if (column.field === null) return attributeValue(asset, column.attribute ?? '');
  const v = asset[column.field];
  if (v === null || v === undefined) return '';
  return Array.isArray(v) ? v.join(', ') : String(v);
}

/** The change an edit of one cell makes: the field's new value, or the attribute list with the label set. */
export function patchOf(asset: Asset, column: Pick<InventoryColumn, 'field' | 'attribute'>, raw: string): Partial<AssetContent> {
  if (column.field === null) return { attributes: withAttribute(asset.attributes, column.attribute ?? '', raw.trim()) };
  return { [column.field]: parseEdit(column.field, raw) };
}

/** Turns what the assessor typed or picked back into the field's value. */
export function parseEdit(field: AssetField, raw: string): Asset[AssetField] {
  const editor = EDITORS[field];
  if (editor.kind === 'list') {
    const items = raw.split(/[,;\s]+/).map((s) => s.trim()).filter(Boolean);
    return field === 'ports' ? items.map(Number).filter((n) => Number.isInteger(n) && n >= 0 && n <= 65535) : items;
  }
  if (editor.kind === 'choice') {
    if (raw === '') return null;
    return field === 'remoteAccess' ? raw === 'true' : raw;
  }
  return raw.trim();
}
