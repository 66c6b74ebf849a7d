import { ATTRIBUTE_LIMITS, type AssetAttribute, type AssetContent } from './asset';

/** Keys of the labels met so far: an inventory has a few dozen labels, met on every one of its 100k assets. */
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

/** Matching labels ignores case and spacing, as people retype headers ("Last service" and "last  service"). */
export function attributeKey(label: string): string {
  let key = keys.get(label);
  if (key === undefined) {
    key = label.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
    if (keys.size < MAX_KEYS) keys.set(label, key);
  }
  return key;
}

/** The value under `label`, or '' when the asset has none. */
export function attributeValue(asset: Pick<AssetContent, 'attributes'>, label: string): string {
  const key = attributeKey(label);
  return asset.attributes?.find((a) => attributeKey(a.label) === key)?.value ?? '';
}

/** The list with `label` set to `value` (in place of an existing one, or added last); an empty value removes it. */
export function withAttribute(attributes: readonly AssetAttribute[] | undefined, label: string, value: string): AssetAttribute[] {
  const key = attributeKey(label);
  const list = attributes ?? [];
  const at = list.findIndex((a) => attributeKey(a.label) === key);
  if (value === '') return list.filter((_, i) => i !== at);
  if (at < 0) return [...list, { label: label.trim(), value }];
  return list.map((a, i) => (i === at ? { label: a.label, value } : a));
}

/** Both lists, label by label: where both hold a label, `incoming`'s value wins (it is the newer inventory). Labels past
 * an asset's limit are left out: two registers of 300 different columns each are not a real inventory. */
export function mergeAttributes(existing: readonly AssetAttribute[] | undefined, incoming: readonly AssetAttribute[] | undefined): AssetAttribute[] {
  let merged = [...(existing ?? [])];
  for (const a of incoming ?? []) merged = withAttribute(merged, a.label, a.value);
  return merged.slice(0, ATTRIBUTE_LIMITS.perAsset);
}

/** Every label the assets use, in the order first met, each once (as first written). */
export function attributeLabels(assets: Iterable<Pick<AssetContent, 'attributes'>>): string[] {
  const labels = new Map<string, string>();
  for (const asset of assets) {
    if (!asset.attributes) continue;
    for (const a of asset.attributes) {
      const key = attributeKey(a.label);
      if (!labels.has(key)) labels.set(key, a.label);
    }
  }
  return [...labels.values()];
}
