import type { SecurityLevel } from '../scope/zones';
import { riskLevelRank, RISK_LEVEL_LABELS } from './matrix';
import { evaluateScenario, type RiskScenario } from './scenario';
import type { RiskLevel, RiskMatrix } from './types';

/**
 * The SL-T proposal (ZCR 5.6): the zone's worst unmitigated risk picks the attacker the zone must withstand.
 * None rated → SL 1 (baseline against casual violation); low → SL 1; medium → SL 2; high → SL 3; critical → SL 3,
 * or SL 4 in a safety zone. A proposal only: the assessor sets SL-T on the zone.
 */
export const SL_RULE_TEXT =
  'The proposed target security level (SL-T) follows the worst unmitigated (inherent) risk among the scenarios on the zone and on the conduits that join it: ' +
  'no rated scenario or low risk proposes SL 1 (protection against casual or coincidental violation), medium proposes SL 2 (intentional attack with simple means), ' +
  'high proposes SL 3 (intentional attack with sophisticated means and IACS-specific skills), and critical proposes SL 3, or SL 4 when the zone is designated safety-related. ' +
  'It is a starting point for the assessor, who sets SL-T on the zone and may record it per foundational requirement.';

const BY_LEVEL: Record<RiskLevel, SecurityLevel> = { low: 1, medium: 2, high: 3, critical: 3 };

export function proposeSlTarget(worst: RiskLevel | null, safety: boolean): { sl: SecurityLevel; rule: string } {
  if (worst === null) return { sl: 1, rule: 'No rated scenario yet, so SL 1 is proposed as the baseline.' };
  if (worst === 'critical' && safety) {
    return { sl: 4, rule: 'Critical unmitigated risk in a safety-related zone proposes SL 4.' };
  }
  const sl = BY_LEVEL[worst];
  return { sl, rule: `${RISK_LEVEL_LABELS[worst]} worst unmitigated risk proposes SL ${sl}.` };
}

interface SlZone {
  id: string;
  name: string;
  safety: boolean;
  slTarget: number | null;
  slAchieved: number | null;
}

interface SlConduit {
  id: string;
  fromZoneId: string;
  toZoneId: string;
}

export interface ZoneSlProposal {
  zoneId: string;
  name: string;
  worst: RiskLevel | null;
  proposed: number;
  rule: string;
  slTarget: number | null;
  slAchieved: number | null;
}

/** One proposal per zone, in the zones' order; a conduit scenario counts for both zones the conduit joins. */
export function zoneSlProposals(
  zones: readonly SlZone[],
  scenarios: readonly RiskScenario[],
  conduits: readonly SlConduit[],
  matrix: RiskMatrix,
): ZoneSlProposal[] {
  const conduitById = new Map(conduits.map((c) => [c.id, c]));
  const worstByZone = new Map<string, RiskLevel>();
  const raise = (zoneId: string, level: RiskLevel) => {
    const current = worstByZone.get(zoneId);
    if (current === undefined || riskLevelRank(level) > riskLevelRank(current)) worstByZone.set(zoneId, level);
  };
  for (const scenario of scenarios) {
    const level = evaluateScenario(matrix, scenario).inherent.level;
    if (level === null) continue;
    if (scenario.target.kind === 'zone') {
      raise(scenario.target.zoneId, level);
    } else {
      const conduit = conduitById.get(scenario.target.conduitId);
      if (!conduit) continue;
      raise(conduit.fromZoneId, level);
      raise(conduit.toZoneId, level);
    }
  }
  return zones.map((zone) => {
    const worst = worstByZone.get(zone.id) ?? null;
    const { sl, rule } = proposeSlTarget(worst, zone.safety);
    const { slTarget, slAchieved } = zone;
    return { zoneId: zone.id, name: zone.name, worst, proposed: sl, rule, slTarget, slAchieved };
  });
}
