import { useDeferredValue, useMemo, useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { ASSET_TYPES } from '../../../shared/assets/taxonomy';
import { NO_FILTER, filterAssets } from '../../../shared/assets/inventory-view';
import type { Zone } from '../../../shared/scope/zones';
import { isInZone } from '../../db/repos/scope.repo';
import { Dialog } from '../../ui/Dialog';
import { firstByName } from './first-by-name';

/** Enough to pick from; more rows would only slow the dialog at 100k assets (the search narrows it down). */
const MAX_LISTED = 200;

interface Props {
  zone: Zone;
  assets: readonly Asset[];
  onCancel: () => void;
  onAssign: (assetIds: string[]) => Promise<boolean>;
}

const count = (n: number) => n.toLocaleString('en-GB');

function AssetOption({ asset, checked, onToggle }: { asset: Asset; checked: boolean; onToggle: (on: boolean) => void }) {
  const details = [asset.assetType && ASSET_TYPES[asset.assetType], asset.ipAddresses.join(', '), [asset.vendor, asset.model].filter(Boolean).join(' ')]
    .filter(Boolean)
    .join(' · ');
  return (
    <li>
      <label className="assign-option">
        <input type="checkbox" checked={checked} onChange={(e) => onToggle(e.target.checked)} />
        <span className="assign-name">{asset.name}</span>
        <span className="assign-details muted">{details}</span>
        <span className="assign-zone">{asset.zone ? `in ${asset.zone}` : <span className="muted">no zone</span>}</span>
      </label>
    </li>
  );
}

/** Picks inventory assets by search and puts them in the zone; the selection survives changing the search. */
export function AssignAssetsDialog({ zone, assets, onCancel, onAssign }: Props) {
  const [search, setSearch] = useState('');
  const [onlyWithoutZone, setOnlyWithoutZone] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [saving, setSaving] = useState(false);
  const deferredSearch = useDeferredValue(search);

  const candidates = useMemo(() => assets.filter((a) => !isInZone(a, zone.name)), [assets, zone.name]);
  const matches = useMemo(
    () => filterAssets(onlyWithoutZone ? candidates.filter((a) => !a.zone) : candidates, { ...NO_FILTER, search: deferredSearch }),
    [candidates, onlyWithoutZone, deferredSearch],
  );
  const listed = useMemo(() => firstByName(matches, MAX_LISTED), [matches]);
  const alreadyIn = assets.length - candidates.length;

  const select = (ids: readonly string[], on: boolean) =>
    setSelected((current) => {
      const next = new Set(current);
      for (const id of ids) if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  async function assign() {
    if (selected.size === 0) return;
    setSaving(true);
    const ok = await onAssign([...selected]);
    setSaving(false);
    if (ok) onCancel();
  }

  return (
    <Dialog
      title={`Assign assets to “${zone.name}”`}
      onClose={onCancel}
      onSubmit={() => void assign()}
      wide
      actions={
        <>
          <button type="button" className="button" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving || selected.size === 0}>
            {selected.size === 0 ? 'Assign' : `Assign ${count(selected.size)} asset${selected.size === 1 ? '' : 's'}`}
          </button>
        </>
      }
    >
      <div className="assign-filters">
        <input
          type="search"
          aria-label="Search assets"
          placeholder="Search name, IP, vendor, model, zone…"
          autoFocus
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          // Enter would submit the dialog and assign; here it only means "search".
          onKeyDown={(e) => e.key === 'Enter' && e.preventDefault()}
        />
        <label className="check">
          <input type="checkbox" checked={onlyWithoutZone} onChange={(e) => setOnlyWithoutZone(e.target.checked)} />
          Only assets without a zone
        </label>
      </div>
      <div className="assign-summary">
        <span role="status">
          {count(matches.length)} matching asset{matches.length === 1 ? '' : 's'}
          {matches.length > listed.length && `, the first ${count(listed.length)} listed`} · {count(selected.size)} selected
          {alreadyIn > 0 && <span className="muted"> · {count(alreadyIn)} already in this zone, not listed</span>}
        </span>
        <span className="assign-bulk">
          <button type="button" className="button button-small" disabled={matches.length === 0} onClick={() => select(matches.map((a) => a.id), true)}>
            Select all {count(matches.length)} matches
          </button>
          <button type="button" className="button button-small" disabled={selected.size === 0} onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </span>
      </div>
      {listed.length === 0 ? (
        <p className="assign-empty muted">{assets.length === 0 ? 'The inventory is empty: import or add assets on the Assets screen first.' : 'No asset matches.'}</p>
      ) : (
        <ul className="assign-list" aria-label="Matching assets">
          {listed.map((asset) => (
            <AssetOption key={asset.id} asset={asset} checked={selected.has(asset.id)} onToggle={(on) => select([asset.id], on)} />
          ))}
        </ul>
      )}
    </Dialog>
  );
}
