import { describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';
import { demoBundle } from '../../../shared/demo/bundle';
import { emptyTables, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { buildReportModel } from '../../../shared/report/model';
import { defaultReportOptions } from '../../../shared/report/options';
import { reportFileName } from '../../../shared/report/file-name';
import { RISK_LEVELS } from '../../../shared/risk/types';
import { sampleBundle } from '../../support/sample-bundle';

const META = { generatedAt: '2026-11-23T10:00:00.000Z', appVersion: '0.1.0-test' };
const OPTIONS = defaultReportOptions('2026-11-23');
const model = (bundle: AssessmentBundle) => buildReportModel(bundle, OPTIONS, META);

function nameOnly(): AssessmentBundle {
  const demo = demoBundle();
  const { scope: _scope, risk: _risk, ...assessment } = demo.assessment;
  return { assessment: { ...assessment, assessors: [] }, tables: emptyTables(), evidence: [], audit: [] };
}

describe('report model of the sample assessment', () => {
  const bundle = demoBundle();
  const m = model(bundle);

  it('has every catalogue requirement once, with answers and references of the assessment edition', () => {
    expect(m.requirements.map((r) => r.id)).toEqual(CATALOGUE.requirements.map((r) => r.id));
    const answered = m.requirements.filter((r) => r.status !== 'not-assessed');
    expect(answered).toHaveLength(bundle.tables.answers.length);
    expect(m.requirements.every((r) => r.references.every((ref) => /^(SPE \d|[A-Z]+)/.test(ref)))).toBe(true);
    expect(m.missing).toEqual({ scope: false, zones: false, assets: false, answers: false, findings: false, risks: false, actions: false });
    expect(m.skipped).toEqual([]);
  });

  it('numbers findings by severity, leaves dismissed ones out, and cross-references risks and actions by number', () => {
    expect(m.findings.length).toBeGreaterThan(10);
    expect(m.findings.map((f) => f.number).slice(0, 3)).toEqual(['F-01', 'F-02', 'F-03']);
    const ranks = m.findings.map((f) => ['low', 'medium', 'high', 'critical'].indexOf(f.severity));
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(m.findings.some((f) => f.status === 'dismissed')).toBe(false);
    const numbers = new Set(m.findings.map((f) => f.number));
    expect(m.risks.flatMap((r) => r.findingNumbers).every((n) => numbers.has(n))).toBe(true);
    const riskNumbers = new Set(m.risks.map((r) => r.number));
    expect(m.actions.flatMap((a) => a.riskNumbers).every((n) => riskNumbers.has(n))).toBe(true);
    expect(m.actions.flatMap((a) => a.riskNumbers).length).toBeGreaterThan(0);
  });

  it('orders risks worst residual first and counts every rated scenario once in each heat map', () => {
    expect(m.risks).toHaveLength(bundle.tables.risks.length);
    const ranks = m.risks.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    expect(m.executive.topRisks).toEqual(m.risks.slice(0, 5));
    const sum = (grid: number[][]) => grid.flat().reduce((s, n) => s + n, 0);
    expect(sum(m.heatMap.inherent)).toBe(m.risks.filter((r) => r.inherent.consequence !== null).length);
    expect(sum(m.heatMap.residual)).toBe(m.risks.filter((r) => r.residual.consequence !== null).length);
    expect(m.heatMap.inherent).toHaveLength(m.matrix.likelihood.length);
    const byLevel = RISK_LEVELS.reduce((s, l) => s + m.executive.risksByResidualLevel[l], 0);
    expect(byLevel).toBe(m.risks.length);
  });

  it('lists actions in roadmap order and marks those past due on the report date', () => {
    expect(m.roadmap.flatMap((q) => q.actionNumbers)).toEqual(m.actions.map((a) => a.number));
    const late = buildReportModel(bundle, defaultReportOptions('2030-01-01'), META);
    expect(late.actions.filter((a) => a.overdue).length).toBe(late.actions.filter((a) => a.dueDate && (a.status === 'planned' || a.status === 'in-progress')).length);
    expect(late.executive.overdueActions).toBeGreaterThan(m.executive.overdueActions);
  });

  it('summarises the inventory and counts assets per zone by zone name', () => {
    expect(m.assetSummary.total).toBe(bundle.tables.assets.length);
    expect(m.assetSummary.byType.reduce((s, r) => s + r.count, 0)).toBe(m.assetSummary.total);
    const inZones = m.zones.reduce((s, z) => s + z.assetCount, 0);
    expect(inZones + m.assetSummary.withoutZone).toBe(m.assetSummary.total);
    expect(m.assetSummary.endOfSupport).toBeGreaterThan(0);
    expect(m.diagram?.zones).toHaveLength(bundle.tables.zones.length);
    expect([...(m.diagram?.assetCounts.values() ?? [])].reduce((a, b) => a + b, 0)).toBe(m.assetSummary.total - m.assetSummary.withoutZone);
    expect(m.zones.every((z) => z.slProposed !== null)).toBe(true);
  });

  it('keeps the bundle’s asset objects instead of copying them, sorted by name', () => {
    const ids = new Set(bundle.tables.assets.map((a) => a));
    expect(m.assets.every((a) => ids.has(a))).toBe(true);
    const names = m.assets.map((a) => a.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, undefined, { numeric: true })));
  });

  it('writes the executive figures from the score', () => {
    expect(m.executive.compliance).toBe(m.score.overall.compliance);
    expect(m.executive.weakestSteps.length).toBe(3);
    expect(m.executive.weakestSteps[0]!.compliance).toBeLessThanOrEqual(m.executive.strongestSteps[0]!.compliance);
    expect(m.executive.averageTarget).toBeGreaterThan(m.executive.averageMaturity ?? 0);
  });
});

describe('report model of an assessment with nothing but a name', () => {
  const m = model(nameOnly());

  it('says every part is missing instead of inventing figures', () => {
    expect(m.missing).toEqual({ scope: true, zones: true, assets: true, answers: true, findings: true, risks: true, actions: true });
    expect(m.diagram).toBeNull();
    expect(m.executive.compliance).toBeNull();
    expect(m.executive.averageMaturity).toBeNull();
    expect(m.requirements.every((r) => r.status === 'not-assessed')).toBe(true);
    expect(m.heatMap.inherent.flat().every((n) => n === 0)).toBe(true);
    expect(m.roadmap).toEqual([]);
  });
});

describe('records that fail their schema', () => {
  it('are left out and counted, never printed half-right', async () => {
    const m = model(await sampleBundle());
    expect(m.skipped).toEqual(expect.arrayContaining(['zones: 2', 'conduits: 1', 'assets: 3', 'answers: 1', 'risks: 1']));
    expect(m.assets).toEqual([]);
  });
});

describe('report file names', () => {
  it('propose the site, the kind and the report date, safe for any file system', () => {
    expect(reportFileName('Riverside WTP', '2026-11-23', 'pdf')).toBe('Riverside WTP CSMS report 2026-11-23.pdf');
    expect(reportFileName('a/b:c*', '2026-11-23', 'xlsx')).toBe('a b c CSMS report 2026-11-23.xlsx');
    expect(reportFileName('...', '2026-11-23', 'pdf')).toBe('assessment CSMS report 2026-11-23.pdf');
  });
});
