import { useMemo } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { countBy } from '../../../shared/assets/inventory-view';
import { ASSET_TYPES, PURDUE_LABELS } from '../../../shared/assets/taxonomy';

const GROUPS = [
  { field: 'assetType', title: 'By type', label: (k: string) => ASSET_TYPES[k as keyof typeof ASSET_TYPES] ?? k },
  { field: 'zone', title: 'By zone', label: (k: string) => k },
  { field: 'criticality', title: 'By criticality', label: (k: string) => k[0]!.toUpperCase() + k.slice(1) },
  { field: 'purdueLevel', title: 'By Purdue level', label: (k: string) => PURDUE_LABELS[k as keyof typeof PURDUE_LABELS] ?? k },
] as const;

/** Counts by type, zone, criticality and Purdue level: the first question an assessor asks of an inventory. */
export function InventoryStats({ assets }: { assets: readonly Asset[] }) {
  // Four passes over up to 100k assets: only when the list changes, not on every selection or keystroke.
  const countsByGroup = useMemo(() => GROUPS.map((g) => countBy(assets, g.field)), [assets]);
  return (
    <div className="stats" aria-label="Inventory counts">
      {GROUPS.map((g, i) => {
        const counts = countsByGroup[i]!;
        return (
          <section key={g.field} className="stat-card" aria-label={g.title}>
            <h3>{g.title}</h3>
            <ol>
              {counts.slice(0, 5).map(([key, n]) => (
                <li key={key}>
                  <span>{key === '(none)' ? 'Not set' : g.label(key)}</span>
                  <span className="stat-count">{n.toLocaleString('en-GB')}</span>
                </li>
              ))}
              {counts.length > 5 && <li className="muted">+{counts.length - 5} more</li>}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
