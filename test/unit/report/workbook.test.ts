import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CELL_TEXT } from '../../../electron/main/report/workbook/cells';
import { writeWorkbook } from '../../../electron/main/report/workbook/write-workbook';
import { ASSET_FIELDS, ASSET_FIELD_LABELS, type Asset } from '../../../shared/assets/asset';
import { ASSET_TYPES, PURDUE_LABELS } from '../../../shared/assets/taxonomy';
import { emptyTables, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';
import { demoBundle } from '../../../shared/demo/bundle';
import { RISK_LEVEL_LABELS } from '../../../shared/risk/matrix';
import { buildReportModel, type ReportModel } from '../../../shared/report/model';
import { defaultReportOptions, type ReportOptions } from '../../../shared/report/options';

/** One cell as test/tools/read-xlsx.py prints it (openpyxl's view of the file). */
interface Cell {
  v: string | number | boolean;
  py: string;
  t: string;
  fmt: string;
  quote: boolean;
  bold: boolean;
}
interface Sheet {
  name: string;
  max_row: number;
  max_column: number;
  freeze_panes: string | null;
  auto_filter: string | null;
  widths: Record<string, number>;
  header_center: string | null;
  footer_left: string | null;
  footer_right: string | null;
  conditional: { range: string; type: string; operator: string; formula: string[]; fill: string | null }[];
  rows: (Cell | null)[][];
}
interface Dump {
  warnings: string[];
  formulas: number;
  sheets: Sheet[];
}

const SHEETS = ['Summary', 'Assets', 'Zones', 'Conduits', 'Requirements', 'Findings', 'Risks', 'Actions', 'Audit trail'];
const TABLE_SHEETS = SHEETS.slice(1);
const GENERATED_AT = '2026-11-23T10:15:00.000Z';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'csms-workbook-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function model(bundle: AssessmentBundle, options: Partial<ReportOptions> = {}): ReportModel {
  return buildReportModel(bundle, { ...defaultReportOptions('2026-11-23'), ...options }, { generatedAt: GENERATED_AT, appVersion: '0.6.0' });
}

async function dump(m: ReportModel, name: string): Promise<Dump> {
  const file = join(dir, `${name}.xlsx`);
  writeFileSync(file, await writeWorkbook(m));
  return JSON.parse(execFileSync('/usr/bin/python3', ['test/tools/read-xlsx.py', file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as Dump;
}

function sheet(d: Dump, name: string): Sheet {
  const found = d.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

/** "A" → 0, "AB" → 27: the inverse of the writer's columnLetter, for indexing dumped rows. */
const columnIndex = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

const headers = (s: Sheet) => (s.rows[0] ?? []).map((c) => c?.v);

/** Data rows keyed by header text. */
function records(s: Sheet): Record<string, Cell | null>[] {
  const names = headers(s).map(String);
  return s.rows.slice(1).map((row) => Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])));
}

/** The Summary's label/value pairs (column A bold label, column B value). */
function pairs(s: Sheet): Map<string, Cell | null> {
  return new Map(s.rows.filter((r) => r[0]?.bold && r[0].py === 'str').map((r) => [String(r[0]?.v), r[1] ?? null]));
}

const rowIndex = (s: Sheet, firstCell: string) => s.rows.findIndex((r) => r[0]?.v === firstCell);
const allCells = (d: Dump) => d.sheets.flatMap((s) => s.rows.flat()).filter((c): c is Cell => c !== null);
const localIso = (iso: string) => {
  const d = new Date(iso);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 19);
};

/** An asset cloned from a demo asset under a new id and the given fields. */
function assetLike(template: Asset, id: string, fields: Partial<Asset>): Asset {
  return { ...template, id, source: null, ...fields };
}

describe('writeWorkbook on the demo assessment', () => {
  let m: ReportModel;
  let d: Dump;
  beforeAll(async () => {
    m = model(demoBundle());
    d = await dump(m, 'demo');
  });

  it('opens in openpyxl without warnings, with every sheet and no formula anywhere', () => {
    expect(d.warnings).toEqual([]);
    expect(d.sheets.map((s) => s.name)).toEqual(SHEETS);
    expect(d.formulas).toBe(0);
    expect(allCells(d).filter((c) => c.t === 'f')).toEqual([]);
    expect(allCells(d).filter((c) => c.v === 'null' || c.v === 'undefined' || c.v === 'NaN')).toEqual([]);
  });

  it('gives every table sheet a bold frozen header, an auto filter over the table, widths and the marking', () => {
    for (const name of TABLE_SHEETS) {
      const s = sheet(d, name);
      const header = s.rows[0] ?? [];
      expect(header.length, name).toBe(s.max_column);
      expect(header.every((c) => c?.bold && c.t === 's'), name).toBe(true);
      expect(['A2', 'B2'], name).toContain(s.freeze_panes);
      expect(s.auto_filter, name).toBe(`A1:${lastColumn(s)}${s.max_row}`);
      expect(Object.keys(s.widths).length, name).toBe(s.max_column);
      expect(s.header_center, name).toBe('CONFIDENTIAL');
      expect(s.footer_left, name).toBe('&A');
      expect(s.footer_right, name).toBe('Page &P of &N');
    }
  });

  it('lists every asset with every field, in the model order, typed', () => {
    const s = sheet(d, 'Assets');
    expect(headers(s)).toEqual([...ASSET_FIELDS.map((f) => ASSET_FIELD_LABELS[f]), 'Source file', 'Source sheet', 'Source row']);
    expect(s.max_row - 1).toBe(m.assets.length);
    const rows = records(s);
    expect(rows.map((r) => r['Name / tag']?.v)).toEqual(m.assets.map((a) => a.name));
    const i = m.assets.findIndex((a) => a.assetType && a.purdueLevel && a.ports.length > 1 && a.ipAddresses.length && a.remoteAccess !== null);
    const asset = m.assets[i] as Asset;
    const row = rows[i] as Record<string, Cell | null>;
    expect(row['Type']?.v).toBe(ASSET_TYPES[asset.assetType as keyof typeof ASSET_TYPES]);
    expect(row['Purdue level']?.v).toBe(PURDUE_LABELS[asset.purdueLevel as keyof typeof PURDUE_LABELS]);
    expect(row['IP addresses']?.v).toBe(asset.ipAddresses.join(', '));
    expect(row['Ports']).toMatchObject({ v: asset.ports.join(', '), t: 's' });
    expect(row['Remote access']).toMatchObject({ v: asset.remoteAccess, py: 'bool' });
    expect(row['Vendor']?.v ?? '').toBe(asset.vendor);
    const noNotes = rows.find((r) => r['Notes'] === null);
    expect(noNotes).toBeDefined();
    expect(s.conditional.some((c) => c.range === `P2:P${s.max_row}` && c.formula[0] === '"Critical"')).toBe(true);
  });

  it('writes zones with SL levels as numbers, per-FR columns where recorded, and conduits', () => {
    const zones = records(sheet(d, 'Zones'));
    expect(zones).toHaveLength(m.zones.length);
    const dmz = m.zones.find((z) => z.perFr.length > 0);
    expect(dmz).toBeDefined();
    const row = zones.find((r) => r['Zone']?.v === dmz?.name);
    expect(row?.['SL-T']).toMatchObject({ v: dmz?.slTarget, py: 'int' });
    expect(row?.['SL-A']).toMatchObject({ v: dmz?.slAchieved, py: 'int' });
    expect(row?.['Safety zone']?.py).toBe('bool');
    expect(row?.['Assets']?.v).toBe(dmz?.assetCount);
    const fr = dmz?.perFr[0];
    expect(row?.[`${fr?.fr} SL-T`]?.v).toBe(fr?.target);
    expect(row?.[`${fr?.fr} SL-A`]?.v).toBe(fr?.achieved);
    const conduits = records(sheet(d, 'Conduits'));
    expect(conduits.map((r) => r['Conduit']?.v)).toEqual(m.conduits.map((c) => c.name));
    expect(conduits[0]?.['Protocols']?.v).toBe(m.conduits[0]?.protocols.join(', '));
  });

  it('writes every catalogue requirement with status labels, maturity numbers and answer times as dates', () => {
    const s = sheet(d, 'Requirements');
    const rows = records(s);
    expect(rows.map((r) => r['Requirement']?.v)).toEqual(CATALOGUE.requirements.map((r) => r.id));
    const answered = m.requirements.findIndex((r) => r.answeredAt && r.achieved !== null && r.gap !== null);
    const req = m.requirements[answered];
    const row = rows[answered];
    expect(row?.['Step']).toMatchObject({ v: req?.step, py: 'int' });
    expect(row?.['Achieved maturity']).toMatchObject({ v: req?.achieved, py: 'int' });
    expect(row?.['Maturity gap']).toMatchObject({ v: req?.gap, py: 'int' });
    expect(row?.['Answered at']).toMatchObject({ v: localIso(req?.answeredAt ?? ''), py: 'datetime', fmt: 'yyyy-mm-dd hh:mm' });
    const na = rows.findIndex((r) => r['Status']?.v === 'Not applicable');
    expect(rows[na]?.['Achieved maturity']).toBeNull();
    expect(rows[na]?.['Reason not applicable']?.v).toBe(m.requirements[na]?.naReason);
    expect(s.conditional.map((c) => c.formula[0])).toEqual(expect.arrayContaining(['"Implemented"', '"Not implemented"', '0']));
  });

  it('writes findings, risks and actions numbered as the model numbers them, with colours for levels', () => {
    const findings = records(sheet(d, 'Findings'));
    expect(findings.map((r) => r['Finding']?.v)).toEqual(m.findings.map((f) => f.number));
    expect(findings[0]?.['Severity']?.v).toBe('Critical');
    expect(findings[0]?.['Observation']?.v).toBe(m.findings[0]?.observation);

    const risksSheet = sheet(d, 'Risks');
    const risks = records(risksSheet);
    expect(risks.map((r) => r['Risk']?.v)).toEqual(m.risks.map((r) => r.number));
    const first = m.risks[0];
    expect(risks[0]?.['Inherent likelihood']).toMatchObject({ v: first?.inherent.likelihood, py: 'int' });
    expect(risks[0]?.['Inherent likelihood label']?.v).toBe(m.matrix.likelihood[(first?.inherent.likelihood ?? 0) - 1]?.label);
    expect(risks[0]?.['Residual consequence']).toMatchObject({ v: first?.residual.consequence, py: 'int' });
    expect(risks[0]?.['Residual risk level']?.v).toBe(RISK_LEVEL_LABELS[first?.residual.level ?? 'low']);
    expect(risks[0]?.['Residual risk tolerable']).toMatchObject({ v: first?.residual.tolerable, py: 'bool' });
    const levelColumn = headers(risksSheet).indexOf('Residual risk level') + 1;
    const levelRules = risksSheet.conditional.filter((c) => c.range === `${lastColumn(risksSheet, levelColumn)}2:${lastColumn(risksSheet, levelColumn)}${risksSheet.max_row}`);
    expect(levelRules.map((c) => [c.formula[0], c.fill])).toEqual([
      ['"Low"', 'FFC6EFCE'],
      ['"Medium"', 'FFFFEB9C'],
      ['"High"', 'FFF8CBAD'],
      ['"Critical"', 'FFC00000'],
    ]);

    const actions = records(sheet(d, 'Actions'));
    expect(actions.map((r) => r['Action']?.v)).toEqual(m.actions.map((a) => a.number));
    expect(actions[0]?.['Due date']).toMatchObject({ v: `${m.actions[0]?.dueDate}T00:00:00`, py: 'datetime', fmt: 'yyyy-mm-dd' });
    expect(actions.every((r) => r['Overdue']?.py === 'bool')).toBe(true);
    // The due date turns red when the row's Overdue is TRUE; no rule sits on the boolean cells (LibreOffice chokes).
    const actionsSheet = sheet(d, 'Actions');
    expect(actionsSheet.conditional).toContainEqual(expect.objectContaining({ range: `E2:E${actionsSheet.max_row}`, type: 'expression', formula: ['$I2=TRUE'], fill: 'FFC00000' }));
    for (const s of d.sheets)
      for (const rule of s.conditional) {
        const [, column = '', from = '0', to = '0'] = /^([A-Z]+)(\d+):[A-Z]+(\d+)$/.exec(rule.range) ?? [];
        const cells = s.rows.slice(Number(from) - 1, Number(to)).map((row) => row[columnIndex(column)]);
        expect(cells.some((c) => c?.py === 'bool'), `${s.name} ${rule.range}`).toBe(false);
      }
    expect(actions[0]?.['Findings']?.v ?? '').toBe(m.actions[0]?.findingNumbers.join(', '));
  });

  it('lists the audit trail newest first, a row per field change, with who, when and the values in words', () => {
    const trail = records(sheet(d, 'Audit trail'));
    const changes = demoBundle().audit.reduce((n, e) => n + Math.max(1, e.changes.length), 0);
    expect(trail).toHaveLength(changes);
    expect(trail[0]).toMatchObject({ Assessor: { v: 'Ana Ruiz' }, Action: { v: 'Merged a colleague’s file' }, Note: { v: 'riverside-jo.csms' } });
    expect(trail[0]?.['When']).toMatchObject({ py: 'datetime', v: localIso('2026-11-19T17:30:00.000Z') });
    const criticality = trail.find((r) => r['Field']?.v === 'Criticality');
    expect(criticality).toMatchObject({ Assessor: { v: 'Jo Smith' }, 'Kind of record': { v: 'Asset' }, Change: { v: 'changed' }, 'Old value': { v: 'Medium' }, 'New value': { v: 'High' } });
    expect(trail.find((r) => r['Action']?.v === 'Imported assets')?.['Note']?.v).toMatch(/^riverside-assets\.xlsx: \d+ added, 0 merged$/);
  });

  it('puts the marking first on the Summary, then site, dates, figures, steps, top risks and severities', () => {
    const s = sheet(d, 'Summary');
    expect(s.rows[0]?.[0]).toMatchObject({ v: 'CONFIDENTIAL', bold: true });
    expect(s.rows[1]?.[0]?.v).toBe(m.options.title);
    const p = pairs(s);
    expect(p.get('Site')?.v).toBe(m.assessment.name);
    expect(p.get('Assessors')?.v).toBe('Ana Ruiz, Jo Smith');
    expect(p.get('Start date')).toMatchObject({ v: '2026-11-16T00:00:00', py: 'datetime', fmt: 'yyyy-mm-dd' });
    expect(p.get('Report date')).toMatchObject({ v: '2026-11-23T00:00:00', py: 'datetime' });
    expect(p.get('Generated')).toMatchObject({ v: localIso(GENERATED_AT), py: 'datetime' });
    expect(p.get('Scope statement')?.v).toBe(m.scope.statement);
    expect(p.get('Compliance')).toMatchObject({ v: m.executive.compliance, py: 'float', fmt: '0%' });
    expect(p.get('Coverage')?.fmt).toBe('0%');
    expect(p.get('Average maturity')).toMatchObject({ py: 'float', fmt: '0.00' });
    expect(p.get('Average maturity')?.v).toBeCloseTo(m.executive.averageMaturity ?? 0, 10);

    const steps = rowIndex(s, 'Step');
    expect(s.rows[steps]?.map((c) => c?.v)).toEqual(['Step', 'Title', 'Applicable', 'Answered', 'Implemented', 'Partially implemented', 'Not implemented', 'Compliance', 'Average maturity', 'Gaps']);
    const stepRows = s.rows.slice(steps + 1, steps + 1 + m.score.steps.length);
    expect(stepRows.map((r) => r[0]?.v)).toEqual(m.score.steps.map((x) => x.step));
    expect(stepRows.map((r) => r[9]?.v)).toEqual(m.score.steps.map((x) => x.score.gaps));
    expect(stepRows.find((r) => r[7])?.[7]?.fmt).toBe('0%');

    const risks = rowIndex(s, 'Risk');
    expect(s.rows.slice(risks + 1, risks + 1 + m.executive.topRisks.length).map((r) => [r[0]?.v, r[2]?.v])).toEqual(
      m.executive.topRisks.map((r) => [r.number, `${r.targetKind === 'zone' ? 'Zone' : 'Conduit'}: ${r.target}`]),
    );
    const severities = rowIndex(s, 'Severity');
    expect(s.rows.slice(severities + 1, severities + 5).map((r) => [r[0]?.v, r[1]?.v])).toEqual(
      (['critical', 'high', 'medium', 'low'] as const).map((k) => [k[0]?.toUpperCase() + k.slice(1), m.executive.findingsBySeverity[k]]),
    );
    expect(s.conditional.some((c) => c.range === `D${risks + 2}:D${risks + 1 + m.executive.topRisks.length}`)).toBe(true);
    expect(s.rows.flat().filter((c) => c?.v === 'Not assessed')).toEqual([]);
  });
});

describe('writeWorkbook on hand-built edge cases', () => {
  const FORMULA_LIKE = ['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '=HYPERLINK("http://x","y")', '-\n2'];
  const UNICODE = ['Paweł Nowak', 'Jürgen Weiß', 'Ольга Петрова'];
  let m: ReportModel;
  let d: Dump;
  beforeAll(async () => {
    const demo = demoBundle();
    const template = demo.tables.assets[0] as Asset;
    const ids = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
    const assets = [
      ...FORMULA_LIKE.map((name, i) => assetLike(template, ids(i + 1), { name, vendor: name, notes: `=${name}` })),
      ...UNICODE.map((name, i) => assetLike(template, ids(i + 101), { name, owner: name, zone: 'Zone «Ω»', notes: ' padded ' })),
      assetLike(template, ids(200), {
        name: 'Imported-01',
        assetType: null,
        purdueLevel: null,
        criticality: null,
        lifecycle: null,
        remoteAccess: null,
        ipAddresses: [],
        ports: [],
        source: { file: 'plant ü.xlsx', sheet: 'Inventar', row: 7 },
        attributes: [
          { label: 'Schrank', value: 'S-12' },
          { label: 'Zone', value: 'from the file' },
          { label: 'Wartung', value: '=2026-03-14' },
        ],
      }),
    ];
    const findings = demo.tables.findings.map((f, i) => (i === 0 ? { ...f, title: 'Long observation', observation: 'Ж'.repeat(40_000) } : f));
    const bundle: AssessmentBundle = {
      ...demo,
      assessment: { ...demo.assessment, assessors: UNICODE, organisation: '+ Water & Power' },
      tables: { ...demo.tables, assets, findings },
    };
    m = model(bundle, { marking: '+R&D — intern', title: '@Report' });
    d = await dump(m, 'edge');
  });

  it('keeps text that looks like a formula as the same plain string with a quote prefix', () => {
    expect(d.formulas).toBe(0);
    const rows = records(sheet(d, 'Assets'));
    for (const text of FORMULA_LIKE) {
      const row = rows.find((r) => r['Name / tag']?.v === text);
      expect(row, JSON.stringify(text)).toBeDefined();
      for (const field of ['Name / tag', 'Vendor']) expect(row?.[field], `${field} ${JSON.stringify(text)}`).toMatchObject({ v: text, t: 's', quote: true, fmt: '@' });
      expect(row?.['Notes']).toMatchObject({ v: `=${text}`, t: 's', quote: true });
    }
    const plain = rows.find((r) => r['Name / tag']?.v === 'Imported-01');
    expect(plain?.['Name / tag']).toMatchObject({ quote: false, fmt: 'General' });
    const summary = pairs(sheet(d, 'Summary'));
    expect(summary.get('Organisation')).toMatchObject({ v: '+ Water & Power', t: 's', quote: true });
    expect(summary.get('Title')).toMatchObject({ v: '@Report', quote: true });
    const [marking, title] = sheet(d, 'Summary').rows;
    expect(marking?.[0]).toMatchObject({ v: '+R&D — intern', quote: true, bold: true });
    expect(title?.[0]).toMatchObject({ v: '@Report', quote: true, bold: true });
  });

  it('round-trips non-Latin names, white space, empty fields and the import source', () => {
    const rows = records(sheet(d, 'Assets'));
    for (const name of UNICODE) {
      const row = rows.find((r) => r['Name / tag']?.v === name);
      expect(row?.['Owner']?.v).toBe(name);
      expect(row?.['Zone']?.v).toBe('Zone «Ω»');
      expect(row?.['Notes']).toMatchObject({ v: ' padded ', quote: false });
    }
    expect(pairs(sheet(d, 'Summary')).get('Assessors')?.v).toBe(UNICODE.join(', '));
    const imported = rows.find((r) => r['Name / tag']?.v === 'Imported-01');
    for (const empty of ['Type', 'Purdue level', 'Criticality', 'Lifecycle', 'Remote access', 'IP addresses', 'Ports']) expect(imported?.[empty], empty).toBeNull();
    expect(imported?.['Source file']?.v).toBe('plant ü.xlsx');
    expect(imported?.['Source sheet']?.v).toBe('Inventar');
    expect(imported?.['Source row']).toMatchObject({ v: 7, py: 'int' });
  });

  it('gives each extra attribute from the file a column after the fixed ones, formulas as text', () => {
    const names = headers(sheet(d, 'Assets'));
    expect(names.slice(names.indexOf('Source row') + 1)).toEqual(['Schrank', 'Zone (from the file)', 'Wartung']);
    const rows = records(sheet(d, 'Assets'));
    const imported = rows.find((r) => r['Name / tag']?.v === 'Imported-01');
    expect(imported?.['Schrank']?.v).toBe('S-12');
    expect(imported?.['Zone (from the file)']?.v).toBe('from the file');
    expect(imported?.['Wartung']).toMatchObject({ v: '=2026-03-14', t: 's', quote: true });
    expect(rows.find((r) => r['Name / tag']?.v === 'Jürgen Weiß')?.['Schrank']).toBeNull();
  });

  it('cuts text longer than a cell can hold at the limit, and says so', () => {
    const row = records(sheet(d, 'Findings')).find((r) => r['Title']?.v === 'Long observation');
    const text = String(row?.['Observation']?.v);
    expect(text).toHaveLength(MAX_CELL_TEXT);
    expect(text.startsWith('ЖЖЖ')).toBe(true);
    expect(text.endsWith('Ж … (cut at the spreadsheet limit)')).toBe(true);
  });

  it('prints a marking with "&" in the header of every sheet and first on the Summary', () => {
    // openpyxl shows the header code as stored: "&&" is how a header prints one "&".
    for (const s of d.sheets) expect(s.header_center, s.name).toBe('+R&&D — intern');
    expect(sheet(d, 'Summary').rows[0]?.[0]?.v).toBe('+R&D — intern');
  });

  it('starts the Summary with the title and leaves headers empty when there is no marking', async () => {
    const unmarked = await dump(model(demoBundle(), { marking: '' }), 'unmarked');
    const s = sheet(unmarked, 'Summary');
    expect(s.rows[0]?.[0]?.v).toBe(defaultReportOptions('2026-11-23').title);
    for (const x of unmarked.sheets) expect(x.header_center ?? '', x.name).toBe('');
  });
});

describe('writeWorkbook on an assessment with nothing recorded yet', () => {
  let d: Dump;
  beforeAll(async () => {
    const demo = demoBundle();
    const { scope: _scope, risk: _risk, ...assessment } = demo.assessment;
    d = await dump(model({ assessment, tables: emptyTables(), evidence: [], audit: [] }), 'empty');
  });

  it('still writes every sheet, the tables with their header only', () => {
    expect(d.warnings).toEqual([]);
    expect(d.sheets.map((s) => s.name)).toEqual(SHEETS);
    for (const name of ['Assets', 'Zones', 'Conduits', 'Findings', 'Risks', 'Actions']) {
      const s = sheet(d, name);
      expect(s.max_row, name).toBe(1);
      expect(s.auto_filter, name).toBe(`A1:${lastColumn(s)}1`);
      expect(s.conditional, name).toEqual([]);
    }
    const requirements = records(sheet(d, 'Requirements'));
    expect(requirements).toHaveLength(CATALOGUE.requirements.length);
    expect(new Set(requirements.map((r) => r['Status']?.v))).toEqual(new Set(['Not assessed']));
    expect(requirements.every((r) => r['Answered at'] === null && r['Achieved maturity'] === null)).toBe(true);
  });

  it('says "Not assessed" on the Summary where there is nothing to show', () => {
    const s = sheet(d, 'Summary');
    const notAssessedAfter = (heading: string) => s.rows[rowIndex(s, heading) + 1]?.[0]?.v;
    for (const heading of ['Scope', 'Overall results', 'Scores per step', 'Top risks', 'Findings by severity']) {
      expect(notAssessedAfter(heading), heading).toBe('Not assessed');
    }
    expect(pairs(s).get('Risk scenarios')?.v).toBe('Not assessed');
    expect(pairs(s).get('Actions')?.v).toBe('Not assessed');
    expect(pairs(s).get('Site')?.v).toBe(demoBundle().assessment.name);
  });
});

/** The letter of a sheet's last column (or of column n). */
function lastColumn(s: Sheet, n = s.max_column): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26)) letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

describe('writeWorkbook on text no XML may hold', () => {
  it('leaves out U+FFFE, U+FFFF, control characters and half surrogate pairs, so openpyxl opens the file', async () => {
    const demo = demoBundle();
    const template = demo.tables.assets[0] as Asset;
    const dirty = ['PLC\uFFFE-01', 'HMI\uFFFF', 'Bell\u0007 ring', 'Half \uD800 pair', 'Tab\tand\nline', 'Emoji 🛠 kept'];
    const assets = dirty.map((name, i) => assetLike(template, `00000000-0000-4000-8000-${String(i + 1).padStart(12, '0')}`, { name, notes: name }));
    const d = await dump(model({ ...demo, tables: { ...demo.tables, assets } }), 'unprintable');
    expect(d.warnings).toEqual([]);
    const names = records(sheet(d, 'Assets')).map((r) => r['Name / tag']?.v);
    expect(names).toEqual(expect.arrayContaining(['PLC-01', 'HMI', 'Bell ring', 'Half  pair', 'Tab\tand\nline', 'Emoji 🛠 kept']));
  });
});
