import { useState } from 'react';
import type { Asset } from '../../../shared/assets/asset';
import { targetsAnyOf, type RiskScenario } from '../../../shared/risk/scenario';
import type { Conduit, Zone } from '../../../shared/scope/zones';
import { useAppStore } from '../../store';
import { AssignAssetsDialog } from './AssignAssetsDialog';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ZoneFormDialog } from './ZoneFormDialog';
import { purdueText, slVector } from './zone-format';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

type Open = { kind: 'add' } | { kind: 'edit' | 'assign' | 'delete'; zone: Zone } | null;

interface Props {
  assessmentId: string;
  zones: readonly Zone[];
  conduits: readonly Conduit[];
  /** The risk scenarios, which go with the zone or conduit they are about. */
  scenarios: readonly RiskScenario[];
  /** The inventory, once loaded. */
  assets: readonly Asset[] | undefined;
  /** Assets per zone id. */
  assetCounts: ReadonlyMap<string, number>;
}

function SecurityLevelCell({ level, vector }: { level: number | null; vector: string | null }) {
  return (
    <td className="sl-cell">
      {level === null ? <span className="muted">—</span> : level}
      {vector && <div className="muted small" title="Per foundational requirement, FR1 to FR7">{vector}</div>}
    </td>
  );
}

const count = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;

/** The zones of the system under consideration: list with asset counts, add, edit, assign assets, delete. */
export function ZonesSection({ assessmentId, zones, conduits, scenarios, assets, assetCounts }: Props) {
  const addZone = useAppStore((s) => s.addZone);
  const updateZone = useAppStore((s) => s.updateZone);
  const deleteZone = useAppStore((s) => s.deleteZone);
  const assignAssetsToZone = useAppStore((s) => s.assignAssetsToZone);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const countOf = (zone: Zone) => assetCounts.get(zone.id) ?? 0;
  const zoned = [...assetCounts.values()].reduce((a, b) => a + b, 0);
  const attached = (zone: Zone) => conduits.filter((c) => c.fromZoneId === zone.id || c.toZoneId === zone.id);
  const scenarioCount = (zone: Zone) => {
    const conduitIds = attached(zone).map((c) => c.id);
    return scenarios.filter((s) => targetsAnyOf(s.target, [zone.id], conduitIds)).length;
  };

  return (
    <section className="scope-section" aria-labelledby="zones-heading">
      <div className="section-header">
        <div>
          <h2 id="zones-heading">Zones</h2>
          <p className="section-lead">
            Groups of assets that share security requirements. An asset is in a zone when its Zone column holds the zone’s name.
            {assets && assets.length > 0 && ` ${zoned.toLocaleString('en-GB')} of ${count(assets.length, 'asset')} are in a zone.`}
          </p>
        </div>
        <button className="button button-primary" onClick={() => setOpen({ kind: 'add' })}>
          Add zone…
        </button>
      </div>
      {zones.length === 0 ? (
        <p className="muted">No zones yet. Start with the control network, the DMZ and the enterprise network, or the cells of the plant.</p>
      ) : (
        <table className="table" aria-label="Zones">
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Purdue levels</th>
              <th scope="col">Safety</th>
              <th scope="col">SL-T</th>
              <th scope="col">SL-A</th>
              <th scope="col" className="numeric">
                Assets
              </th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {zones.map((zone) => (
              <tr key={zone.id} data-zone-id={zone.id}>
                <td>
                  <strong>{zone.name}</strong>
                  {zone.owner && <div className="muted small">Owner: {zone.owner}</div>}
                  {zone.description && <div className="muted small clamp">{zone.description}</div>}
                </td>
                <td>{purdueText(zone.purdueLevels)}</td>
                <td>{zone.safety ? <span className="badge badge-safety">Safety</span> : <span className="muted">—</span>}</td>
                <SecurityLevelCell level={zone.slTarget} vector={slVector(zone.slTarget, zone.slTargetPerFr)} />
                <SecurityLevelCell level={zone.slAchieved} vector={slVector(zone.slAchieved, zone.slAchievedPerFr)} />
                <td className="numeric" data-testid="zone-asset-count">
                  {assets ? countOf(zone).toLocaleString('en-GB') : '…'}
                </td>
                <td className="row-actions">
                  <button className="button button-small" aria-label={`Assign assets to ${zone.name}`} onClick={() => setOpen({ kind: 'assign', zone })} disabled={!assets}>
                    Assign assets…
                  </button>
                  <EditDeleteButtons name={`zone ${zone.name}`} onEdit={() => setOpen({ kind: 'edit', zone })} onDelete={() => setOpen({ kind: 'delete', zone })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {open?.kind === 'add' && <ZoneFormDialog zones={zones} assetCount={0} onCancel={close} onSubmit={(input) => addZone(assessmentId, input)} />}
      {open?.kind === 'edit' && (
        <ZoneFormDialog
          existing={open.zone}
          zones={zones}
          assetCount={countOf(open.zone)}
          onCancel={close}
          onSubmit={(input) => updateZone(assessmentId, open.zone.id, input)}
        />
      )}
      {open?.kind === 'assign' && assets && (
        <AssignAssetsDialog zone={open.zone} assets={assets} onCancel={close} onAssign={(ids) => assignAssetsToZone(assessmentId, ids, open.zone.name)} />
      )}
      {open?.kind === 'delete' && (
        <DeleteZoneDialog
          zone={open.zone}
          conduits={attached(open.zone)}
          scenarioCount={scenarioCount(open.zone)}
          assetCount={countOf(open.zone)}
          onCancel={close}
          onDelete={() => {
            close();
            void deleteZone(assessmentId, open.zone.id);
          }}
        />
      )}
    </section>
  );
}

interface DeleteZoneProps {
  zone: Zone;
  conduits: readonly Conduit[];
  scenarioCount: number;
  assetCount: number;
  onCancel: () => void;
  onDelete: () => void;
}

function DeleteZoneDialog(props: DeleteZoneProps) {
  const { zone, conduits, scenarioCount, assetCount } = props;
  const also = [conduits.length > 0 && count(conduits.length, 'conduit'), scenarioCount > 0 && count(scenarioCount, 'risk scenario')].filter(Boolean);
  return (
    <ConfirmDialog
      title="Delete zone?"
      confirm={also.length ? `Delete zone and ${also.join(' and ')}` : 'Delete zone'} cancel="Keep it" danger
      onCancel={props.onCancel}
      onConfirm={props.onDelete}
    >
      <p>
        Zone “<strong>{zone.name}</strong>” will be removed from this assessment.
      </p>
      {conduits.length > 0 && (
        <>
          <p>These conduits connect it and will be deleted with it:</p>
          <ul>
            {conduits.map((c) => (
              <li key={c.id}>{c.name}</li>
            ))}
          </ul>
        </>
      )}
      {scenarioCount > 0 && (
        <p>
          {count(scenarioCount, 'risk scenario')} about this zone or these conduits will be deleted too, and taken off the actions that name
          them.
        </p>
      )}
      {assetCount > 0 && (
        <p className="muted">
          Its {count(assetCount, 'asset')} stay in the inventory with “{zone.name}” as their zone; a zone created again under that name
          takes them back.
        </p>
      )}
    </ConfirmDialog>
  );
}
