import type { AssetContent } from '../assets/asset';
import { mergeAttributes } from '../assets/attributes';

const isEmpty = (v: unknown) => v === null || v === '' || (Array.isArray(v) && v.length === 0);

/**
 * A duplicate merged: the file's non-empty values win (it is the newer inventory), lists are united, extra attributes
 * merged label by label, notes that differ are kept both, and the source points at the row that last touched the asset.
 */
export function mergeAssetContent(existing: AssetContent, incoming: AssetContent): AssetContent {
  const merged: Record<string, unknown> = { ...existing };
  for (const [key, value] of Object.entries(incoming) as [keyof AssetContent, unknown][]) {
    const current = existing[key];
    if (isEmpty(value)) continue;
    if (key === 'attributes') merged[key] = mergeAttributes(existing.attributes, incoming.attributes);
    else if (Array.isArray(value) && Array.isArray(current)) merged[key] = [...new Set([...current, ...value])];
    else if (key === 'notes' && typeof current === 'string' && current && current !== value) merged[key] = `${current}\n${value}`;
    else merged[key] = value;
  }
  return merged as AssetContent;
}
