import { useLiveQuery } from 'dexie-react-hooks';
import type { Finding } from '../../../shared/questionnaire/finding-drafts';
import type { RemediationAction } from '../../../shared/risk/actions';
import type { RiskSettings } from '../../../shared/risk/matrix';
import type { RiskScenario } from '../../../shared/risk/scenario';
import type { Conduit, Zone } from '../../../shared/scope/zones';
import { assessments, questionnaire, risks, scope } from '../../db/instance';

export interface RiskData {
  settings: RiskSettings;
  scenarios: RiskScenario[];
  actions: RemediationAction[];
  zones: Zone[];
  conduits: Conduit[];
  findings: Finding[];
}

/**
 * Everything the screen shows, kept current by one live query (so the tabs never mix moments); undefined while
 * loading, null when the assessment is gone.
 */
export function useRiskData(assessmentId: string): RiskData | null | undefined {
  return useLiveQuery(async () => {
    if (!(await assessments.get(assessmentId))) return null;
    const [settings, scenarios, actions, zones, conduits, findings] = await Promise.all([
      risks.getSettings(assessmentId),
      risks.listScenarios(assessmentId),
      risks.listActions(assessmentId),
      scope.listZones(assessmentId),
      scope.listConduits(assessmentId),
      questionnaire.listFindings(assessmentId),
    ]);
    return { settings, scenarios, actions, zones, conduits, findings };
  }, [assessmentId]);
}
