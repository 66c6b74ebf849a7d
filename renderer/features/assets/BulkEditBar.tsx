import type { ReactNode } from 'react';
import type { AssetContent } from '../../../shared/assets/asset';
import { CRITICALITY_OPTIONS, TYPE_OPTIONS } from './columns';
import { Options } from '../../ui/Options';

interface Props {
  count: number;
  zones: string[];
  onApply: (patch: Partial<AssetContent>) => void;
  onDelete: () => void;
  onClear: () => void;
  /** What applies to one selected asset only (its history). */
  children?: ReactNode;
}

/** Changes type, zone or criticality of every selected asset at once, or deletes them. */
export function BulkEditBar({ count, zones, onApply, onDelete, onClear, children }: Props) {
  return (
    <div className="bulk-bar" role="region" aria-label="Bulk edit">
      <strong>{count.toLocaleString('en-GB')} selected</strong>
      <label>
        Type
        <select value="" onChange={(e) => e.target.value && onApply({ assetType: e.target.value as AssetContent['assetType'] })}>
          <option value="">Set type…</option>
          <Options options={TYPE_OPTIONS} />
        </select>
      </label>
      <label>
        Zone
        <input
          list="zone-names"
          placeholder="Set zone, Enter"
          onKeyDown={(e) => {
            if (e.key === 'Enter') onApply({ zone: e.currentTarget.value.trim() });
          }}
        />
        <datalist id="zone-names">
          {zones.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </label>
      <label>
        Criticality
        <select value="" onChange={(e) => e.target.value && onApply({ criticality: e.target.value as AssetContent['criticality'] })}>
          <option value="">Set criticality…</option>
          <Options options={CRITICALITY_OPTIONS} />
        </select>
      </label>
      {children}
      <button className="button button-small button-danger-quiet" onClick={onDelete}>
        Delete selected
      </button>
      <button className="button button-small" onClick={onClear}>
        Clear selection
      </button>
    </div>
  );
}
