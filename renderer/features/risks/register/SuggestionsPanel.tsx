import { useMemo, useState } from 'react';
import type { RiskScenarioContent } from '../../../../shared/risk/types';
import { suggestScenarios } from '../../../../shared/risk/suggestions';
import { useInventory } from '../../../store/use-inventory';
import { targetName } from '../risk-view';
import type { RiskData } from '../use-risk-data';

interface Props {
  assessmentId: string;
  data: RiskData;
  onAccept: (content: RiskScenarioContent) => Promise<boolean>;
  onClose: () => void;
}

const keyOf = (s: RiskScenarioContent) => `${s.threatId}|${JSON.stringify(s.target)}|${s.title}`;

/** Scenarios proposed from the scope, the inventory and open findings, each with its reason; accepted ones join the register unrated. */
export function SuggestionsPanel({ assessmentId, data, onAccept, onClose }: Props) {
  const assets = useInventory(assessmentId);
  const [ignored, setIgnored] = useState<ReadonlySet<string>>(new Set());
  const suggestions = useMemo(
    () =>
      assets
        ? suggestScenarios({ zones: data.zones, conduits: data.conduits, assets, findings: data.findings, existing: data.scenarios }).filter(
            (s) => !ignored.has(keyOf(s)),
          )
        : undefined,
    [assets, data, ignored],
  );

  return (
    <section className="suggestions" aria-labelledby="suggestions-heading">
      <div className="section-header">
        <h2 id="suggestions-heading">Suggested scenarios</h2>
        <button type="button" className="button button-small" onClick={onClose}>
          Close suggestions
        </button>
      </div>
      {suggestions === undefined && <p className="muted">Reading the inventory…</p>}
      {suggestions?.length === 0 && <p className="muted">Nothing more to suggest: the scope, inventory and findings are covered by the register.</p>}
      <ul className="suggestion-list">
        {suggestions?.map(({ why, ...content }) => (
          <li key={keyOf(content)}>
            <div>
              <strong>{content.title}</strong> <span className="muted">· {targetName(content.target, data.zones, data.conduits)}</span>
              <div className="small">{why}</div>
            </div>
            <div className="row-actions">
              <button type="button" className="button button-small button-primary" aria-label={`Accept ${content.title}`} onClick={() => void onAccept(content)}>
                Accept
              </button>
              <button type="button" className="button button-small" aria-label={`Ignore ${content.title}`} onClick={() => setIgnored((s) => new Set(s).add(keyOf(content)))}>
                Ignore
              </button>
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
