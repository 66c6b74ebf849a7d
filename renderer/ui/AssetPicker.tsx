import { useId, useMemo, useState } from 'react';
import type { Asset } from '../../shared/assets/asset';
import { useInventory } from '../store/use-inventory';

const MAX_MATCHES = 8;

interface Props {
  assessmentId: string;
  /** The chosen assets' heading, e.g. "Affected assets". */
  label: string;
  assetIds: readonly string[];
  onChange: (assetIds: string[]) => void;
}

/** Assets chosen by search and add, from an inventory of any size (the store's, loaded on first use). */
export function AssetPicker({ assessmentId, label, assetIds, onChange }: Props) {
  const inventory = useInventory(assessmentId);
  const [search, setSearch] = useState('');
  const labelId = useId();

  const byId = useMemo(() => new Map((inventory ?? []).map((a) => [a.id, a])), [inventory]);
  const matches = useMemo(() => {
    const words = search.toLowerCase().split(/\s+/).filter(Boolean);
    if (!inventory || words.length === 0) return [];
    const found: Asset[] = [];
    for (const a of inventory) {
      if (assetIds.includes(a.id)) continue;
      const text = `${a.name} ${a.ipAddresses.join(' ')} ${a.zone}`.toLowerCase();
      if (words.every((w) => text.includes(w)) && found.push(a) >= MAX_MATCHES) break;
    }
    return found;
  }, [inventory, search, assetIds]);

  return (
    <div className="field field-wide asset-picker">
      <span className="field-label" id={labelId}>
        {label}
      </span>
      <ul className="asset-picker-chosen" aria-labelledby={labelId}>
        {assetIds.map((id) => (
          <li key={id}>
            {byId.get(id)?.name ?? 'Deleted asset'}
            <button type="button" className="button button-small" aria-label={`Remove ${byId.get(id)?.name ?? 'asset'}`} onClick={() => onChange(assetIds.filter((x) => x !== id))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <input type="search" aria-label="Find an asset to add" placeholder="Find an asset by name, IP or zone…" value={search} onChange={(e) => setSearch(e.target.value)} />
      {matches.length > 0 && (
        <ul className="asset-picker-matches" aria-label="Matching assets">
          {matches.map((a) => (
            <li key={a.id}>
              <button type="button" className="button button-small" onClick={() => onChange([...assetIds, a.id])}>
                Add {a.name}
              </button>
              <span className="muted small">{[a.ipAddresses[0], a.zone].filter(Boolean).join(' · ')}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
