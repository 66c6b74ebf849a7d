import type { AssessmentBundle } from '../bundle/bundle';
import { CATALOGUE } from '../catalogue/catalogue';
import { referencesFor } from '../catalogue/references';
import type { MaturityLevel, StepId } from '../catalogue/types';
import { assetSchema, type Asset } from '../assets/asset';
import { EDITION_LABELS, SECTOR_LABELS, type Assessment } from '../domain/assessment';
import { answerSchema, type Answer, type AnswerStatus } from '../questionnaire/answer';
import { FINDING_SEVERITIES, findingSchema, type Finding, type FindingSeverity, type FindingStatus } from '../questionnaire/finding-drafts';
import { maturityGap, scoreAssessment, zoneSecurityGaps, type AssessmentScore, type ZoneSecurityGap } from '../questionnaire/scoring';
import { isOverdue, remediationActionSchema, roadmap, type RemediationAction } from '../risk/actions';
import { defaultRiskSettings, riskLevelRank } from '../risk/matrix';
import { evaluateScenario, riskScenarioSchema, type RiskEvaluation, type RiskScenario } from '../risk/scenario';
import { zoneSlProposals } from '../risk/sl-proposal';
import { threatById } from '../risk/threats';
import type { RemediationActionContent, RiskLevel, RiskMatrix, Treatment } from '../risk/types';
import { emptyScope, systemKindEntries, type ScopeInput } from '../scope/scope';
import { conduitSchema, zoneSchema, type Conduit, type ConduitDirection, type Zone } from '../scope/zones';
import type { AuditEntry } from '../audit/audit';
import { contributorsOf, type Contributor } from './contributors';
import type { ReportOptions } from './options';
import { printableDeep } from '../text/printable';

/**
 * Everything the PDF report and the Excel workbook print, computed once from an assessment bundle. Pure and
 * language-free: enumerations stay keys (the writers label them in the report's language), the assessor's text
 * is carried as written, and `missing` says which parts hold no data so the writers print "not assessed" there
 * instead of empty tables.
 */
export interface ReportModel {
  options: ReportOptions;
  /** ISO date-time the report was generated. */
  generatedAt: string;
  appVersion: string;
  catalogueVersion: string;
  assessment: {
    id: string;
    name: string;
    organisation: string;
    location: string;
    sector: string;
    assessors: string[];
    startDate: string;
    endDate: string;
    edition: Assessment['edition'];
    editionLabel: string;
  };
  scope: ScopeInput;
  zones: ZoneRow[];
  conduits: ConduitRow[];
  /** What the zone-and-conduit drawing needs (`zoneDiagramSvg`, drawn in the report's language); null without zones. */
  diagram: { zones: Zone[]; conduits: Conduit[]; assetCounts: ReadonlyMap<string, number> } | null;
  /** Every asset, sorted by name; the same objects as in the bundle (100k assets are not copied). */
  assets: Asset[];
  assetSummary: AssetSummary;
  score: AssessmentScore;
  requirements: RequirementRow[];
  findings: FindingRow[];
  risks: RiskRow[];
  matrix: RiskMatrix;
  /** Scenario counts per cell, `[likelihood - 1][consequence - 1]`. */
  heatMap: { inherent: number[][]; residual: number[][] };
  actions: ActionRow[];
  roadmap: { quarter: string; actionNumbers: string[]; overdue: number }[];
  executive: ExecutiveSummary;
  missing: Record<'scope' | 'zones' | 'assets' | 'answers' | 'findings' | 'risks' | 'actions', boolean>;
  /** Records in the bundle that failed their schema and were left out, e.g. "assets: 2". */
  skipped: string[];
  /** Who recorded the assessment, from its audit trail (empty when the file has none). */
  contributors: Contributor[];
  /** The audit trail as the file holds it (the bundle's entries, not copied). */
  trail: readonly AuditEntry[];
}

export interface ZoneRow {
  id: string;
  name: string;
  description: string;
  purdueLevels: string;
  safety: boolean;
  owner: string;
  slTarget: number | null;
  slAchieved: number | null;
  /** Target minus achieved, floored at 0; null unless both are set. */
  slGap: number | null;
  /** SL-T the risk analysis proposes for the zone. */
  slProposed: number | null;
  perFr: ZoneSecurityGap['perFr'];
  assetCount: number;
}

export interface ConduitRow {
  id: string;
  name: string;
  fromZone: string;
  toZone: string;
  direction: ConduitDirection;
  protocols: string[];
  accessPoints: string;
  securityMeasures: string;
}

export interface CountRow<K extends string = string> {
  key: K;
  count: number;
}

export interface AssetSummary {
  total: number;
  /** Keys are the stored enum values; '' counts assets with the field unset. Largest first. */
  byType: CountRow[];
  byCriticality: CountRow[];
  byLifecycle: CountRow[];
  byPurdueLevel: CountRow[];
  byZone: CountRow[];
  endOfSupport: number;
  remoteAccess: number;
  withoutZone: number;
}

export interface RequirementRow {
  id: string;
  step: StepId;
  stepTitle: string;
  title: string;
  references: string[];
  status: AnswerStatus;
  achieved: MaturityLevel | null;
  target: MaturityLevel | null;
  gap: number | null;
  notes: string;
  naReason: string;
  evidenceFiles: string[];
  /** Interviews and observations recorded for the answer. */
  records: number;
  answeredBy: string;
  answeredAt: string | null;
}

export interface FindingRow {
  id: string;
  /** "F-01": the number the report, the workbook and the plan use for it. */
  number: string;
  title: string;
  severity: FindingSeverity;
  status: FindingStatus;
  observation: string;
  recommendation: string;
  references: string[];
  requirementIds: string[];
  zones: string[];
  assets: string[];
}

export interface RiskRow {
  id: string;
  number: string;
  title: string;
  /** "Zone: Filtration" style labels are the writers' job; this is the zone or conduit name. */
  targetKind: 'zone' | 'conduit';
  target: string;
  threat: string;
  vulnerability: string;
  existingCountermeasures: string;
  inherent: RiskEvaluation;
  residual: RiskEvaluation;
  /** Residual level (inherent when no residual rating) used for ordering and "top risks". */
  rank: number;
  treatment: Treatment | null;
  treatmentReason: string;
  assets: string[];
  findingNumbers: string[];
}

/** An action as stored, with the findings and risks it addresses given by their report numbers. */
export interface ActionRow extends Omit<RemediationActionContent, 'findingIds' | 'riskIds'> {
  id: string;
  number: string;
  overdue: boolean;
  findingNumbers: string[];
  riskNumbers: string[];
}

export interface ExecutiveSummary {
  /** Share of answered requirements implemented (partial counts half), 0–1; null when nothing is answered. */
  compliance: number | null;
  /** Share of applicable requirements answered, 0–1. */
  coverage: number | null;
  averageMaturity: number | null;
  averageTarget: number | null;
  /** Steps by compliance, weakest first (only steps with answers). */
  weakestSteps: { step: StepId; title: string; compliance: number }[];
  strongestSteps: { step: StepId; title: string; compliance: number }[];
  topRisks: RiskRow[];
  keyFindings: FindingRow[];
  findingsBySeverity: Record<FindingSeverity, number>;
  risksByResidualLevel: Record<RiskLevel, number>;
  intolerableRisks: number;
  openActions: number;
  overdueActions: number;
}

/** How much of each part an assessment holds: what decides the report's "not assessed" sections. */
export interface ReportCoverage {
  scope: boolean;
  zones: number;
  assets: number;
  /** Applicable requirements answered (not "not assessed", not "not applicable"). */
  answers: number;
  /** Findings that are not dismissed. */
  findings: number;
  risks: number;
  actions: number;
}

/** Whether the scope form holds anything the report can print. */
export function scopeIsFilled(scope: ScopeInput | undefined): boolean {
  return Boolean(scope && (scope.sucDescription || scope.statement || scope.boundaries || scope.stakeholders.length > 0));
}

/** The parts with nothing to report: the report prints "Not assessed" there, and the Reports screen says so first. */
export function missingParts(c: ReportCoverage): ReportModel['missing'] {
  return {
    scope: !c.scope,
    zones: c.zones === 0,
    assets: c.assets === 0,
    answers: c.answers === 0,
    findings: c.findings === 0,
    risks: c.risks === 0,
    actions: c.actions === 0,
  };
}

const TOP_N = 5;

const numbered = (prefix: string, index: number, total: number) =>
  `${prefix}-${String(index + 1).padStart(Math.max(2, String(total).length), '0')}`;

function countBy<T>(items: readonly T[], key: (item: T) => string): CountRow[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts.entries()].map(([k, count]) => ({ key: k, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Parses one loose table with its schema; records that fail are counted, not printed half-right. */
function parseTable<T>(rows: readonly unknown[], schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, name: string, skipped: string[]): T[] {
  const out: T[] = [];
  for (const row of rows) {
    const parsed = schema.safeParse(row);
    if (parsed.success) out.push(parsed.data);
  }
  if (out.length < rows.length) skipped.push(`${name}: ${rows.length - out.length}`);
  return out;
}

/** One collator for every comparison: `localeCompare` with options builds a new one per call (10 s at 100k assets). */
const byName = new Intl.Collator(undefined, { numeric: true }).compare;

/** Assets are parsed without copying when they are already valid: the model must stay cheap at 100k assets. */
function parseAssets(rows: readonly unknown[], skipped: string[]): Asset[] {
  const out: Asset[] = [];
  for (const row of rows) if (assetSchema.safeParse(row).success) out.push(row as Asset);
  if (out.length < rows.length) skipped.push(`assets: ${rows.length - out.length}`);
  return out.sort((a, b) => byName(a.name, b.name));
}

function emptyHeat(matrix: RiskMatrix): number[][] {
  return matrix.likelihood.map(() => matrix.consequence.map(() => 0));
}

function severityRank(s: FindingSeverity): number {
  return FINDING_SEVERITIES.indexOf(s);
}

/**
 * The report's content, from the assessment and the options: every string cleaned of characters a workbook or a
 * PDF cannot carry (shared/text/printable.ts), so the writers print what they are given.
 */
export function buildReportModel(bundle: AssessmentBundle, options: ReportOptions, meta: { generatedAt: string; appVersion: string }): ReportModel {
  return printableDeep(modelOf(bundle, options, meta));
}

function modelOf(
  bundle: AssessmentBundle,
  options: ReportOptions,
  meta: { generatedAt: string; appVersion: string },
): ReportModel {
  const skipped: string[] = [];
  const a = bundle.assessment;
  const zones = parseTable<Zone>(bundle.tables.zones, zoneSchema, 'zones', skipped);
  const conduits = parseTable<Conduit>(bundle.tables.conduits, conduitSchema, 'conduits', skipped);
  const assets = parseAssets(bundle.tables.assets, skipped);
  const answers = parseTable<Answer>(bundle.tables.answers, answerSchema, 'answers', skipped);
  const findings = parseTable<Finding>(bundle.tables.findings, findingSchema, 'findings', skipped);
  const scenarios = parseTable<RiskScenario>(bundle.tables.risks, riskScenarioSchema, 'risks', skipped);
  const actions = parseTable<RemediationAction>(bundle.tables.actions, remediationActionSchema, 'actions', skipped);
  const settings = a.risk ?? defaultRiskSettings();
  const matrix = settings.matrix;
  const today = options.reportDate;

  const zoneName = new Map(zones.map((z) => [z.id, z.name]));
  const conduitById = new Map(conduits.map((c) => [c.id, c]));
  const assetName = new Map(assets.map((x) => [x.id, x.name]));
  const evidenceName = new Map(bundle.evidence.map((e) => [e.id, e.fileName]));
  const assetsPerZone = new Map<string, number>();
  for (const asset of assets) if (asset.zone) assetsPerZone.set(asset.zone, (assetsPerZone.get(asset.zone) ?? 0) + 1);

  const slGaps = new Map(zoneSecurityGaps(zones).map((g) => [g.zoneId, g]));
  const proposals = new Map(zoneSlProposals(zones, scenarios, conduits, matrix).map((p) => [p.zoneId, p.proposed]));
  const zoneRows: ZoneRow[] = zones.map((z) => ({
    id: z.id,
    name: z.name,
    description: z.description,
    purdueLevels: z.purdueLevels.join(', '),
    safety: z.safety,
    owner: z.owner,
    slTarget: z.slTarget,
    slAchieved: z.slAchieved,
    slGap: slGaps.get(z.id)?.gap ?? null,
    slProposed: proposals.get(z.id) ?? null,
    perFr: slGaps.get(z.id)?.perFr ?? [],
    assetCount: assetsPerZone.get(z.name) ?? 0,
  }));
  const zoneIdByName = new Map(zones.map((z) => [z.name, z.id]));
  const assetCounts = new Map(zones.map((z) => [z.id, assetsPerZone.get(z.name) ?? 0]));

  const answerByRequirement = new Map(answers.map((x) => [x.requirementId, x]));
  const stepTitle = new Map(CATALOGUE.steps.map((s) => [s.id, s.title]));
  const requirements: RequirementRow[] = CATALOGUE.requirements.map((r) => {
    const answer = answerByRequirement.get(r.id);
    return {
      id: r.id,
      step: r.step,
      stepTitle: stepTitle.get(r.step) ?? '',
      title: r.title,
      references: referencesFor(r, a.edition),
      status: answer?.status ?? 'not-assessed',
      achieved: answer?.achieved ?? null,
      target: answer?.target ?? null,
      gap: answer ? maturityGap(answer) : null,
      notes: answer?.notes ?? '',
      naReason: answer?.naReason ?? '',
      evidenceFiles: (answer?.evidenceIds ?? []).map((id) => evidenceName.get(id) ?? id),
      records: answer?.records.length ?? 0,
      answeredBy: answer?.answeredBy ?? '',
      answeredAt: answer?.answeredAt ?? null,
    };
  });
  const score = scoreAssessment(CATALOGUE, answers);

  const reported = findings
    .filter((f) => f.status !== 'dismissed')
    .sort((x, y) => severityRank(y.severity) - severityRank(x.severity) || x.title.localeCompare(y.title));
  const findingNumber = new Map(reported.map((f, i) => [f.id, numbered('F', i, reported.length)]));
  const findingRows: FindingRow[] = reported.map((f) => ({
    id: f.id,
    number: findingNumber.get(f.id) ?? '',
    title: f.title,
    severity: f.severity,
    status: f.status,
    observation: f.observation,
    recommendation: f.recommendation,
    references: f.references,
    requirementIds: f.requirementIds,
    zones: f.zoneIds.map((id) => zoneName.get(id)).filter((n): n is string => n !== undefined),
    assets: f.assetIds.map((id) => assetName.get(id)).filter((n): n is string => n !== undefined),
  }));
  const numbersOf = (ids: readonly string[], numbers: ReadonlyMap<string, string>) =>
    ids.map((id) => numbers.get(id)).filter((n): n is string => n !== undefined);

  const evaluated = scenarios.map((s) => {
    const { inherent, residual } = evaluateScenario(matrix, s);
    const level = residual.level ?? inherent.level;
    return { s, inherent, residual, rank: level === null ? -1 : riskLevelRank(level) };
  });
  evaluated.sort((x, y) => y.rank - x.rank || (y.inherent.level ? riskLevelRank(y.inherent.level) : -1) - (x.inherent.level ? riskLevelRank(x.inherent.level) : -1) || x.s.title.localeCompare(y.s.title));
  const riskNumber = new Map(evaluated.map((e, i) => [e.s.id, numbered('R', i, evaluated.length)]));
  const riskRows: RiskRow[] = evaluated.map(({ s, inherent, residual, rank }) => {
    const conduit = s.target.kind === 'conduit' ? conduitById.get(s.target.conduitId) : undefined;
    return {
      id: s.id,
      number: riskNumber.get(s.id) ?? '',
      title: s.title,
      targetKind: s.target.kind,
      target: s.target.kind === 'zone' ? (zoneName.get(s.target.zoneId) ?? '') : (conduit?.name ?? ''),
      threat: s.threatId ? (threatById(s.threatId, settings.ownThreats)?.title ?? s.threatId) : '',
      vulnerability: s.vulnerability,
      existingCountermeasures: s.existingCountermeasures,
      inherent,
      residual,
      rank,
      treatment: s.treatment,
      treatmentReason: s.treatmentReason,
      assets: s.assetIds.map((id) => assetName.get(id)).filter((n): n is string => n !== undefined),
      findingNumbers: numbersOf(s.findingIds, findingNumber),
    };
  });
  const heatMap = { inherent: emptyHeat(matrix), residual: emptyHeat(matrix) };
  for (const row of riskRows) {
    for (const [evaluation, grid] of [[row.inherent, heatMap.inherent], [row.residual, heatMap.residual]] as const) {
      if (evaluation.consequence === null) continue;
      const cells = grid[Math.min(evaluation.likelihood, matrix.likelihood.length) - 1];
      const c = Math.min(evaluation.consequence, matrix.consequence.length) - 1;
      if (cells && cells[c] !== undefined) cells[c] += 1;
    }
  }

  const plan = roadmap(actions, today);
  const ordered = plan.flatMap((q) => q.actions);
  const actionNumber = new Map(ordered.map((x, i) => [x.id, numbered('A', i, ordered.length)]));
  const actionRows: ActionRow[] = ordered.map((x) => ({
    id: x.id,
    number: actionNumber.get(x.id) ?? '',
    title: x.title,
    description: x.description,
    owner: x.owner,
    dueDate: x.dueDate,
    priority: x.priority,
    effort: x.effort,
    status: x.status,
    overdue: isOverdue(x, today),
    findingNumbers: numbersOf(x.findingIds, findingNumber),
    riskNumbers: numbersOf(x.riskIds, riskNumber),
    expectedResidual: x.expectedResidual,
  }));

  const answeredSteps = score.steps
    .filter((s) => s.score.compliance !== null)
    .map((s) => ({ step: s.step, title: s.title, compliance: s.score.compliance ?? 0 }));
  const byCompliance = [...answeredSteps].sort((x, y) => x.compliance - y.compliance || x.step - y.step);
  const targets = answers.filter(answerIsApplicable).map((x) => x.target).filter((t): t is MaturityLevel => t !== null);
  const findingsBySeverity = Object.fromEntries(FINDING_SEVERITIES.map((s) => [s, 0])) as Record<FindingSeverity, number>;
  for (const f of findingRows) findingsBySeverity[f.severity] += 1;
  const risksByResidualLevel: Record<RiskLevel, number> = { low: 0, medium: 0, high: 0, critical: 0 };
  for (const r of riskRows) {
    const level = r.residual.level ?? r.inherent.level;
    if (level) risksByResidualLevel[level] += 1;
  }

  const scope = a.scope ?? emptyScope();
  return {
    options,
    generatedAt: meta.generatedAt,
    appVersion: meta.appVersion,
    catalogueVersion: CATALOGUE.version,
    assessment: {
      id: a.id,
      name: a.name,
      organisation: a.organisation,
      location: a.location,
      sector: SECTOR_LABELS[a.sector],
      assessors: a.assessors,
      startDate: a.startDate,
      endDate: a.endDate,
      edition: a.edition,
      editionLabel: EDITION_LABELS[a.edition],
    },
    scope: { ...scope, systemKinds: systemKindEntries(scope) },
    zones: zoneRows,
    conduits: conduits.map((c) => ({
      id: c.id,
      name: c.name,
      fromZone: zoneName.get(c.fromZoneId) ?? '',
      toZone: zoneName.get(c.toZoneId) ?? '',
      direction: c.direction,
      protocols: c.protocols,
      accessPoints: c.accessPoints,
      securityMeasures: c.securityMeasures,
    })),
    diagram: zones.length ? { zones, conduits, assetCounts } : null,
    assets,
    assetSummary: {
      total: assets.length,
      byType: countBy(assets, (x) => x.assetType ?? ''),
      byCriticality: countBy(assets, (x) => x.criticality ?? ''),
      byLifecycle: countBy(assets, (x) => x.lifecycle ?? ''),
      byPurdueLevel: countBy(assets, (x) => x.purdueLevel ?? ''),
      byZone: countBy(assets, (x) => (zoneIdByName.has(x.zone) ? x.zone : '')),
      endOfSupport: assets.filter((x) => x.lifecycle === 'end-of-support' || x.lifecycle === 'end-of-life').length,
      remoteAccess: assets.filter((x) => x.remoteAccess === true).length,
      withoutZone: assets.filter((x) => !zoneIdByName.has(x.zone)).length,
    },
    score,
    requirements,
    findings: findingRows,
    risks: riskRows,
    matrix,
    heatMap,
    actions: actionRows,
    roadmap: plan.map((q) => ({ quarter: q.quarter, actionNumbers: numbersOf(q.actions.map((x) => x.id), actionNumber), overdue: q.overdue })),
    executive: {
      compliance: score.overall.compliance,
      coverage: score.overall.coverage,
      averageMaturity: score.overall.averageAchieved,
      averageTarget: targets.length ? targets.reduce((s, t) => s + t, 0) / targets.length : null,
      weakestSteps: byCompliance.slice(0, 3),
      strongestSteps: [...byCompliance].reverse().slice(0, 3),
      topRisks: riskRows.slice(0, TOP_N),
      keyFindings: findingRows.slice(0, TOP_N),
      findingsBySeverity,
      risksByResidualLevel,
      intolerableRisks: riskRows.filter((r) => (r.residual.level ? r.residual.tolerable : r.inherent.tolerable) === false).length,
      openActions: actionRows.filter((x) => x.status === 'planned' || x.status === 'in-progress').length,
      overdueActions: actionRows.filter((x) => x.overdue).length,
    },
    missing: missingParts({
      scope: scopeIsFilled(a.scope),
      zones: zones.length,
      assets: assets.length,
      answers: score.overall.answered,
      findings: findingRows.length,
      risks: riskRows.length,
      actions: actionRows.length,
    }),
    skipped,
    contributors: contributorsOf(bundle.audit),
    trail: bundle.audit,
  };
}

function answerIsApplicable(answer: Pick<Answer, 'status'>): boolean {
  return answer.status !== 'not-applicable' && answer.status !== 'not-assessed';
}
