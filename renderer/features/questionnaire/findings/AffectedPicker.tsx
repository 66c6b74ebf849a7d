import type { Zone } from '../../../../shared/scope/zones';
import { AssetPicker } from '../../../ui/AssetPicker';

interface Props {
  assessmentId: string;
  zones: readonly Zone[];
  zoneIds: readonly string[];
  assetIds: readonly string[];
  onChange: (change: { zoneIds?: string[]; assetIds?: string[] }) => void;
}

/** The zones (tick boxes) and assets (search and add, from an inventory of any size) a finding concerns. */
export function AffectedPicker({ assessmentId, zones, zoneIds, assetIds, onChange }: Props) {
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
      <AssetPicker assessmentId={assessmentId} label="Affected assets" assetIds={assetIds} onChange={(ids) => onChange({ assetIds: ids })} />
    </>
  );
}
