import { ASSET_TYPES, PURDUE_LEVELS, type AssetType } from './taxonomy';
import type { Asset, AssetField } from './asset';
import { attributeValue } from './attributes';

export interface InventoryFilter {
  /** Words that must all appear somewhere in the asset (name, vendor, model, IPs, MACs, serial, extra attributes, …). */
  search: string;
  assetType: AssetType | 'none' | '';
  zone: string;
  criticality: string;
}

export const NO_FILTER: InventoryFilter = { search: '', assetType: '', zone: '', criticality: '' };

/** An inventory column: an asset field, or an extra attribute from the file by its label. */
export type InventoryColumnKey = AssetField | `attr:${string}`;
export const attributeColumnKey = (label: string): InventoryColumnKey => `attr:${label}`;
/** The attribute label of a column key, or null for a field. */
export const attributeOfKey = (key: InventoryColumnKey): string | null => (key.startsWith('attr:') ? key.slice(5) : null);

export type SortDirection = 'asc' | 'desc';
export interface InventorySort {
  field: InventoryColumnKey;
  direction: SortDirection;
}

const searchTexts = new WeakMap<Asset, string>();

/** The text a search looks through, built once per asset object (a re-read brings new objects). */
export function searchText(a: Asset): string {
  const cached = searchTexts.get(a);
  if (cached !== undefined) return cached;
  const text = [a.name, a.vendor, a.model, a.firmware, a.os, a.serialNumber, a.hostname, a.zone, a.location, a.owner, a.notes,
    a.assetType ? ASSET_TYPES[a.assetType] : '', ...a.ipAddresses, ...a.macAddresses, ...a.protocols,
    ...(a.attributes ?? []).map((x) => `${x.label} ${x.value}`)]
    .join('\u0000')
    .toLowerCase();
  searchTexts.set(a, text);
  return text;
}

export function filterAssets(assets: readonly Asset[], filter: InventoryFilter): Asset[] {
  const words = filter.search.toLowerCase().split(/\s+/).filter(Boolean);
  return assets.filter(
    (a) =>
      (filter.assetType === '' || (filter.assetType === 'none' ? a.assetType === null : a.assetType === filter.assetType)) &&
      (filter.zone === '' || a.zone === filter.zone) &&
      (filter.criticality === '' || (a.criticality ?? 'none') === filter.criticality) &&
      (words.length === 0 || words.every((w) => searchText(a).includes(w))),
  );
}

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** A sortable text for any field; lists sort by their first value and empty values go last. */
function sortKey(a: Asset, key: InventoryColumnKey): string {
  const attribute = attributeOfKey(key);
  if (attribute !== null) return attributeValue(a, attribute);
  const field = key as AssetField;
  const v = a[field];
  if (Array.isArray(v)) return v.length ? String(v[0]) : '';
  if (field === 'purdueLevel') return v === null ? '' : String(PURDUE_LEVELS.indexOf(v as (typeof PURDUE_LEVELS)[number]));
  return v === null || v === undefined ? '' : String(v);
}

export function sortAssets(assets: readonly Asset[], sort: InventorySort): Asset[] {
  const keyed = assets.map((a) => ({ a, k: sortKey(a, sort.field) }));
  const sign = sort.direction === 'asc' ? 1 : -1;
  keyed.sort((x, y) => (x.k === '' ? (y.k === '' ? 0 : 1) : y.k === '' ? -1 : sign * collator.compare(x.k, y.k)));
  return keyed.map((x) => x.a);
}

/** Counts per value of one field ('' counted as "(none)"), largest first. */
export function countBy(assets: readonly Asset[], field: 'assetType' | 'zone' | 'criticality' | 'purdueLevel'): [string, number][] {
  const counts = new Map<string, number>();
  for (const a of assets) {
    const key = a[field] === null || a[field] === '' ? '(none)' : String(a[field]);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].sort((x, y) => y[1] - x[1] || collator.compare(x[0], y[0]));
}
