import { useState } from 'react';
import { ASSET_TYPES } from '../../../../shared/assets/taxonomy';
import type { RiskScenario } from '../../../../shared/risk/scenario';
import { THREAT_CATALOGUE } from '../../../../shared/risk/threats';
import type { Threat } from '../../../../shared/risk/types';
import { useAppStore } from '../../../store';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { Dialog } from '../../../ui/Dialog';
import { ThreatFormDialog } from './ThreatFormDialog';

type Open = { kind: 'add' } | { kind: 'edit' | 'delete'; threat: Threat } | null;

const typeLabel = (key: string) => ASSET_TYPES[key as keyof typeof ASSET_TYPES] ?? key;
const scenariosText = (n: number) => `${n} risk scenario${n === 1 ? '' : 's'}`;

function ThreatList({ heading, items }: { heading: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <>
      <h4>{heading}</h4>
      <ul>
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </>
  );
}

/** A threat's title, with its details folded away until asked for. */
function ThreatDetails({ threat, label }: { threat: Threat; label: string }) {
  return (
    <details className="threat-details">
      <summary>{label}</summary>
      {threat.description && <p>{threat.description}</p>}
      <ThreatList heading="Typical vulnerabilities" items={threat.typicalVulnerabilities} />
      <ThreatList heading="Affected asset types" items={threat.assetTypes.map(typeLabel)} />
      <ThreatList heading="Countermeasures" items={threat.countermeasures} />
    </details>
  );
}

interface Props {
  assessmentId: string;
  ownThreats: readonly Threat[];
  scenarios: readonly RiskScenario[];
  onClose: () => void;
}

/** The shipped catalogue to read, and the assessment's own threats to add, edit and delete. */
export function ThreatsDialog({ assessmentId, ownThreats, scenarios, onClose }: Props) {
  const saveOwnThreat = useAppStore((s) => s.saveOwnThreat);
  const deleteOwnThreat = useAppStore((s) => s.deleteOwnThreat);
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const usedBy = (threat: Threat) => scenarios.filter((s) => s.threatId === threat.id).length;

  return (
    <>
      <Dialog
        title="Threats"
        onClose={onClose}
        wide
        actions={
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        }
      >
        <div className="threats">
          <section aria-labelledby="own-threats-heading">
            <div className="threats-header">
              <h3 id="own-threats-heading">Own threats of this assessment</h3>
              <button type="button" className="button button-small" onClick={() => setOpen({ kind: 'add' })}>
                Add threat…
              </button>
            </div>
            {ownThreats.length === 0 ? (
              <p className="muted small">None yet. Add the threats the catalogue misses; scenarios can then name them.</p>
            ) : (
              <ul className="threat-list" aria-label="Own threats">
                {ownThreats.map((t) => (
                  <li key={t.id}>
                    <ThreatDetails threat={t} label={t.title} />
                    <span className="muted small">{usedBy(t) ? `Used by ${scenariosText(usedBy(t))}` : 'Not used yet'}</span>
                    <span className="row-actions">
                      <button type="button" className="button button-small" aria-label={`Edit threat ${t.title}`} onClick={() => setOpen({ kind: 'edit', threat: t })}>
                        Edit…
                      </button>
                      <button
                        type="button"
                        className="button button-small button-danger-quiet"
                        aria-label={`Delete threat ${t.title}`}
                        onClick={() => setOpen({ kind: 'delete', threat: t })}
                      >
                        Delete…
                      </button>
                    </span>
                  </li>
                ))}
              </ul>
            )}
          </section>
          <section aria-labelledby="catalogue-heading">
            <h3 id="catalogue-heading">Catalogue</h3>
            <p className="muted small">The OT threats shipped with the tool, as starting points; they cannot be changed.</p>
            <ul className="threat-list" aria-label="Threat catalogue">
              {THREAT_CATALOGUE.map((t) => (
                <li key={t.id}>
                  <ThreatDetails threat={t} label={`${t.id} · ${t.title}`} />
                </li>
              ))}
            </ul>
          </section>
        </div>
      </Dialog>
      {/* Siblings, not children: a dialog's form must not sit inside another's. */}
      {open?.kind === 'add' && <ThreatFormDialog onCancel={close} onSave={(threat) => saveOwnThreat(assessmentId, threat)} />}
      {open?.kind === 'edit' && <ThreatFormDialog existing={open.threat} onCancel={close} onSave={(threat) => saveOwnThreat(assessmentId, threat)} />}
      {open?.kind === 'delete' && usedBy(open.threat) > 0 && (
        <Dialog
          title="Threat in use"
          onClose={close}
          onSubmit={close}
          actions={
            <button type="submit" className="button button-primary" autoFocus>
              OK
            </button>
          }
        >
          <p>
            “<strong>{open.threat.title}</strong>” cannot be deleted: {scenariosText(usedBy(open.threat))} use{usedBy(open.threat) === 1 ? 's' : ''} it.
            Choose another threat for {usedBy(open.threat) === 1 ? 'that scenario' : 'those scenarios'} first.
          </p>
        </Dialog>
      )}
      {open?.kind === 'delete' && usedBy(open.threat) === 0 && (
        <ConfirmDialog
          title="Delete threat?"
          confirm="Delete threat"
          cancel="Keep it"
          danger
          onCancel={close}
          onConfirm={() => {
            close();
            void deleteOwnThreat(assessmentId, open.threat.id);
          }}
        >
          <p>
            “<strong>{open.threat.title}</strong>” will be removed from this assessment’s own threats. No scenario uses it.
          </p>
        </ConfirmDialog>
      )}
    </>
  );
}
