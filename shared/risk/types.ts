/**
 * The shape of the risk analysis (IEC 62443-3-2 manner): a matrix per assessment, a threat catalogue, scenarios per
 * zone or conduit, and the remediation plan. Pure types; schemas and logic live beside them in shared/risk/.
 */

/** Consequence areas rated per scenario; the worst one counts (../shared/domain/iec62443.md §4). */
export const CONSEQUENCE_AREAS = [
  'safety',
  'environment',
  'production',
  'quality',
  'financial',
  'legal',
  'reputation',
] as const;
export type ConsequenceArea = (typeof CONSEQUENCE_AREAS)[number];

/** One step of a likelihood or consequence scale, 1 = lowest. */
export interface ScaleStep {
  label: string;
  description: string;
}

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

/**
 * The assessment's risk matrix: 3 to 6 steps per axis. `cells[l - 1][c - 1]` is the level of likelihood l and
 * consequence c. Risk at or below `tolerable` is tolerable.
 */
export interface RiskMatrix {
  likelihood: ScaleStep[];
  consequence: ScaleStep[];
  cells: RiskLevel[][];
  tolerable: RiskLevel;
}

/** A 1-based step on the matrix's likelihood or consequence scale. */
export type Rating = number;

/** Consequence per area (1-based consequence step); areas left out were not rated. */
export type Consequences = Partial<Record<ConsequenceArea, Rating>>;

export interface Threat {
  /** "T-01" for the shipped catalogue; a UUID for the assessor's own. */
  id: string;
  title: string;
  description: string;
  typicalVulnerabilities: string[];
  /** Asset type keys (shared/assets/taxonomy.ts) typically affected. */
  assetTypes: string[];
  countermeasures: string[];
}

export const TREATMENTS = ['mitigate', 'accept', 'transfer', 'avoid'] as const;
export type Treatment = (typeof TREATMENTS)[number];

/** What a scenario is about: a zone or a conduit (ids from the scope), optionally naming assets. */
export type RiskTarget = { kind: 'zone'; zoneId: string } | { kind: 'conduit'; conduitId: string };

export interface RiskScenarioContent {
  title: string;
  target: RiskTarget;
  assetIds: string[];
  threatId: string;
  vulnerability: string;
  findingIds: string[];
  /** Unmitigated (inherent): before existing countermeasures. */
  consequences: Consequences;
  likelihood: Rating;
  existingCountermeasures: string;
  /** Residual: with existing countermeasures. */
  residualConsequences: Consequences;
  residualLikelihood: Rating;
  treatment: Treatment | null;
  treatmentReason: string;
}

export const ACTION_STATUSES = ['planned', 'in-progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type Priority = (typeof PRIORITIES)[number];
export const EFFORTS = ['small', 'medium', 'large'] as const;
export type Effort = (typeof EFFORTS)[number];

export interface RemediationActionContent {
  title: string;
  description: string;
  owner: string;
  /** ISO date or '' when not set. */
  dueDate: string;
  priority: Priority;
  effort: Effort;
  status: ActionStatus;
  findingIds: string[];
  riskIds: string[];
  /** The residual risk level expected once done, on the assessment's matrix; null when not estimated. */
  expectedResidual: RiskLevel | null;
}
