import { SL_RULE_TEXT, zoneSlProposals } from '../../../../shared/risk/sl-proposal';
import { useAppStore } from '../../../store';
import { LevelBadge } from '../LevelBadge';
import type { RiskData } from '../use-risk-data';
import { ActionsHeader } from '../../../ui/ActionsHeader';

const slText = (sl: number | null) => (sl === null ? '—' : `SL ${sl}`);

/** The SL-T each zone's worst unmitigated risk calls for, beside the SL-T and SL-A recorded in Scope. */
export function SlTargetTab({ assessmentId, data }: { assessmentId: string; data: RiskData }) {
  const applySlTarget = useAppStore((s) => s.applySlTarget);
  const proposals = zoneSlProposals(data.zones, data.scenarios, data.conduits, data.settings.matrix);
  return (
    <>
      <p className="section-lead sl-rule">{SL_RULE_TEXT}</p>
      {proposals.length === 0 ? (
        <p className="muted">No zones yet: define them on the Scope screen.</p>
      ) : (
        <table className="table" aria-label="Target security level per zone">
          <thead>
            <tr>
              <th scope="col">Zone</th>
              <th scope="col">Worst inherent risk</th>
              <th scope="col">Proposed SL-T</th>
              <th scope="col">Why</th>
              <th scope="col">Current SL-T</th>
              <th scope="col">SL-A</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {proposals.map((p) => (
              <tr key={p.zoneId}>
                <th scope="row">{p.name}</th>
                <td>
                  <LevelBadge level={p.worst} />
                </td>
                <td data-testid="proposed-sl">
                  <strong>{slText(p.proposed)}</strong>
                </td>
                <td className="small">{p.rule}</td>
                <td data-testid="current-sl">{slText(p.slTarget)}</td>
                <td>{slText(p.slAchieved)}</td>
                <td className="row-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={`Apply SL ${p.proposed} to ${p.name}`}
                    disabled={p.slTarget === p.proposed}
                    onClick={() => void applySlTarget(assessmentId, p.zoneId, p.proposed)}
                  >
                    {p.slTarget === p.proposed ? 'Applied' : 'Apply proposal'}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">Applying sets the zone’s SL-T in Scope, where it can still be changed by hand.</p>
    </>
  );
}
