import { useEffect, useMemo, useState } from 'react';
import type { Asset } from '../../../../shared/assets/asset';
import type { Zone } from '../../../../shared/scope/zones';
import { useAppStore } from '../../../store';

const MAX_MATCHES = 8;

interface Props {
  assessmentId: string;
  zones: readonly Zone[];
  zoneIds: readonly string[];
  assetIds: readonly string[];
  onChange: (change: { zoneIds?: string[]; assetIds?: string[] }) => void;
}

/** The zones (tick boxes) and assets (search and add, from an inventory of any size) a finding concerns. */
export function AffectedPicker({ assessmentId, zones, zoneIds, assetIds, onChange }: Props) {
  const inventory = useAppStore((s) => (s.inventory?.assessmentId === assessmentId ? s.inventory.assets : null));
  const loadInventory = useAppStore((s) => s.loadInventory);
  const [search, setSearch] = useState('');
  useEffect(() => {
    void loadInventory(assessmentId);
  }, [assessmentId, loadInventory]);

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
    <>
      <fieldset className="field-wide affected">
        <legend className="field-label">Affected zones</legend>
        {zones.length === 0 ? (
          <p className="muted small">No zones yet: define them on the Scope screen.</p>
        ) : (
          <div className="affected-zones">
            {zones.map((z) => (
              <label key={z.id} className="check">
                <input
                  type="checkbox"
                  checked={zoneIds.includes(z.id)}
                  onChange={(e) => onChange({ zoneIds: e.target.checked ? [...zoneIds, z.id] : zoneIds.filter((id) => id !== z.id) })}
                />
                {z.name}
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className="field field-wide affected">
        <span className="field-label" id="affected-assets-label">
          Affected assets
        </span>
        <ul className="affected-chosen" aria-labelledby="affected-assets-label">
          {assetIds.map((id) => (
            <li key={id}>
              {byId.get(id)?.name ?? 'Deleted asset'}
              <button type="button" className="button button-small" aria-label={`Remove ${byId.get(id)?.name ?? 'asset'}`} onClick={() => onChange({ assetIds: assetIds.filter((x) => x !== id) })}>
                ×
              </button>
            </li>
          ))}
        </ul>
        <input type="search" aria-label="Find an asset to add" placeholder="Find an asset by name, IP or zone…" value={search} onChange={(e) => setSearch(e.target.value)} />
        {matches.length > 0 && (
          <ul className="affected-matches" aria-label="Matching assets">
            {matches.map((a) => (
              <li key={a.id}>
                <button type="button" className="button button-small" onClick={() => onChange({ assetIds: [...assetIds, a.id] })}>
                  Add {a.name}
                </button>
                <span className="muted small">{[a.ipAddresses[0], a.zone].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
