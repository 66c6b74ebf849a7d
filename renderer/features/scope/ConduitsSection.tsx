import { useState } from 'react';
import { targetsAnyOf, type RiskScenario } from '../../../shared/risk/scenario';
import { CONDUIT_DIRECTION_LABELS, type Conduit, type Zone } from '../../../shared/scope/zones';
import { useAppStore } from '../../store';
import { ConduitFormDialog } from './ConduitFormDialog';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { EditDeleteButtons } from '../../ui/EditDeleteButtons';

type Open = { kind: 'add' } | { kind: 'edit' | 'delete'; conduit: Conduit } | null;

interface Props {
  assessmentId: string;
  zones: readonly Zone[];
  conduits: readonly Conduit[];
  /** The risk scenarios, which go with the conduit they are about. */
  scenarios: readonly RiskScenario[];
}

/** The conduits between zones: list, add, edit and delete. */
export function ConduitsSection({ assessmentId, zones, conduits, scenarios }: Props) {
  const addConduit = useAppStore((s) => s.addConduit);
  const updateConduit = useAppStore((s) => s.updateConduit);
  const deleteConduit = useAppStore((s) => s.deleteConduit);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const zoneName = (id: string) => zones.find((z) => z.id === id)?.name ?? '(deleted zone)';
  const canAdd = zones.length >= 2;
  const scenarioCount = (c: Conduit) => scenarios.filter((s) => targetsAnyOf(s.target, [], [c.id])).length;
  const scenarioText = (n: number) => `${n} risk scenario${n === 1 ? '' : 's'}`;

  return (
    <section className="scope-section" aria-labelledby="conduits-heading">
      <div className="section-header">
        <div>
          <h2 id="conduits-heading">Conduits</h2>
          <p className="section-lead">The communication paths between zones, and how each is protected.</p>
        </div>
        <button className="button button-primary" disabled={!canAdd} onClick={() => setOpen({ kind: 'add' })}>
          Add conduit…
        </button>
      </div>
      {conduits.length === 0 ? (
        <p className="muted">{canAdd ? 'No conduits yet.' : 'Add at least two zones to connect them with a conduit.'}</p>
      ) : (
        <table className="table" aria-label="Conduits">
          <thead>
            <tr>
              <th scope="col">Conduit</th>
              <th scope="col">From → to</th>
              <th scope="col">Direction</th>
              <th scope="col">Protocols</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {conduits.map((c) => (
              <tr key={c.id}>
                <td>
                  <strong>{c.name}</strong>
                  {c.securityMeasures && <div className="muted small clamp">{c.securityMeasures}</div>}
                </td>
                <td>
                  {zoneName(c.fromZoneId)} {c.direction === 'one-way' ? '→' : '↔'} {zoneName(c.toZoneId)}
                </td>
                <td>{CONDUIT_DIRECTION_LABELS[c.direction]}</td>
                <td>{c.protocols.join(', ') || <span className="muted">—</span>}</td>
                <td className="row-actions">
                  <EditDeleteButtons name={`conduit ${c.name}`} onEdit={() => setOpen({ kind: 'edit', conduit: c })} onDelete={() => setOpen({ kind: 'delete', conduit: c })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open?.kind === 'add' && <ConduitFormDialog zones={zones} onCancel={close} onSubmit={(input) => addConduit(assessmentId, input)} />}
      {open?.kind === 'edit' && (
        <ConduitFormDialog
          existing={open.conduit}
          zones={zones}
          onCancel={close}
          onSubmit={(input) => updateConduit(assessmentId, open.conduit.id, input)}
        />
      )}
      {open?.kind === 'delete' && (
        <ConfirmDialog
          title="Delete conduit?"
          confirm={scenarioCount(open.conduit) ? `Delete conduit and ${scenarioText(scenarioCount(open.conduit))}` : 'Delete conduit'}
          cancel="Keep it"
          danger
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteConduit(assessmentId, open.conduit.id);
          }}
        >
          <p>
            “<strong>{open.conduit.name}</strong>” between {zoneName(open.conduit.fromZoneId)} and {zoneName(open.conduit.toZoneId)} will be
            removed. The zones stay.
          </p>
          {scenarioCount(open.conduit) > 0 && (
            <p>
              {scenarioText(scenarioCount(open.conduit))} about this conduit will be deleted too, and taken off the actions that name them.
            </p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}
