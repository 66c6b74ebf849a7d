import { riskLevelRank } from '../../../shared/risk/matrix';
import { evaluateScenario, type RiskEvaluation, type RiskScenario } from '../../../shared/risk/scenario';
import type { RiskLevel, RiskMatrix, RiskTarget } from '../../../shared/risk/types';
import type { Conduit, Zone } from '../../../shared/scope/zones';

/** A scenario with its levels on the current matrix (computed, never stored) and where it sits in the scope. */
export interface RatedScenario {
  scenario: RiskScenario;
  inherent: RiskEvaluation;
  residual: RiskEvaluation;
  targetName: string;
  /** The zone, or both zones a conduit joins. */
  zoneIds: string[];
}

export type Basis = 'inherent' | 'residual';

/** A heat-map cell the register is narrowed to. */
export interface CellFilter {
  basis: Basis;
  likelihood: number;
  consequence: number;
}

export interface RegisterView {
  /** '' for every zone. */
  zoneId: string;
  /** Residual level; '' for any. */
  level: RiskLevel | '';
  sort: Basis;
  grouped: boolean;
  cell: CellFilter | null;
}

export const ALL_SCENARIOS: RegisterView = { zoneId: '', level: '', sort: 'residual', grouped: false, cell: null };

export function targetName(target: RiskTarget, zones: readonly Zone[], conduits: readonly Conduit[]): string {
  if (target.kind === 'zone') return zones.find((z) => z.id === target.zoneId)?.name ?? 'Deleted zone';
  const conduit = conduits.find((c) => c.id === target.conduitId);
  return conduit ? `Conduit ${conduit.name}` : 'Deleted conduit';
}

function zoneIdsOf(target: RiskTarget, conduits: readonly Conduit[]): string[] {
  if (target.kind === 'zone') return [target.zoneId];
  const conduit = conduits.find((c) => c.id === target.conduitId);
  return conduit ? [conduit.fromZoneId, conduit.toZoneId] : [];
}

export function rateScenarios(matrix: RiskMatrix, scenarios: readonly RiskScenario[], zones: readonly Zone[], conduits: readonly Conduit[]): RatedScenario[] {
  return scenarios.map((scenario) => ({
    scenario,
    ...evaluateScenario(matrix, scenario),
    targetName: targetName(scenario.target, zones, conduits),
    zoneIds: zoneIdsOf(scenario.target, conduits),
  }));
}

/** A rating moved into the matrix's range, as the level is evaluated (a matrix may shrink after rating). */
export const clampRating = (rating: number, steps: number) => Math.min(Math.max(rating, 1), steps);

/** The heat-map cell a scenario falls in on one basis; null while no consequence is rated. */
export function cellOf(matrix: RiskMatrix, evaluation: RiskEvaluation): { likelihood: number; consequence: number } | null {
  if (evaluation.consequence === null) return null;
  return {
    likelihood: clampRating(evaluation.likelihood, matrix.likelihood.length),
    consequence: clampRating(evaluation.consequence, matrix.consequence.length),
  };
}

/** "inherent risk at likelihood Likely, consequence Major". */
export function cellText(matrix: RiskMatrix, cell: CellFilter): string {
  const likelihood = matrix.likelihood[cell.likelihood - 1]?.label ?? cell.likelihood;
  const consequence = matrix.consequence[cell.consequence - 1]?.label ?? cell.consequence;
  return `${cell.basis} risk at likelihood ${likelihood}, consequence ${consequence}`;
}

const rank = (level: RiskLevel | null) => (level === null ? -1 : riskLevelRank(level));

export function visibleScenarios(matrix: RiskMatrix, rated: readonly RatedScenario[], view: RegisterView): RatedScenario[] {
  const { cell } = view;
  return rated
    .filter((r) => !view.zoneId || r.zoneIds.includes(view.zoneId))
    .filter((r) => !view.level || r.residual.level === view.level)
    .filter((r) => {
      const at = cell && cellOf(matrix, r[cell.basis]);
      return !cell || (at?.likelihood === cell.likelihood && at.consequence === cell.consequence);
    })
    .sort((a, b) => rank(b[view.sort].level) - rank(a[view.sort].level) || a.scenario.title.localeCompare(b.scenario.title));
}

/** Scenarios by zone or conduit name, in name order, each group keeping the register's order. */
export function groupByTarget(rows: readonly RatedScenario[]): { name: string; rows: RatedScenario[] }[] {
  const groups = new Map<string, RatedScenario[]>();
  for (const r of rows) groups.set(r.targetName, [...(groups.get(r.targetName) ?? []), r]);
  return [...groups].sort(([a], [b]) => a.localeCompare(b)).map(([name, list]) => ({ name, rows: list }));
}
