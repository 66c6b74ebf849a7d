import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchApp, type AppSession } from './harness';
import { readStore } from './idb';
import { stepsOfOneStory } from './story';

const INHERENT = 'Inherent risk (before existing countermeasures)';
const RESIDUAL = 'Residual risk (with existing countermeasures)';

interface Rating {
  area: string;
  consequence: string;
  likelihood: string;
}

interface ScenarioEntry {
  title: string;
  zone: string;
  threat: string;
  inherent: Rating;
  residual: Rating;
}

const SCENARIOS: ScenarioEntry[] = [
  // 5x5 default: l + c ≤ 4 low, 5–6 medium, 7–8 high, 9–10 critical; tolerable up to medium.
  { title: 'Ransomware crosses into Control', zone: 'Control', threat: 'T-02', inherent: { area: 'Production / business continuity', consequence: '5', likelihood: '4' }, residual: { area: 'Production / business continuity', consequence: '4', likelihood: '2' } },
  { title: 'Vendor remote access abused', zone: 'DMZ', threat: 'T-07', inherent: { area: 'Financial', consequence: '3', likelihood: '4' }, residual: { area: 'Financial', consequence: '3', likelihood: '3' } },
  { title: 'Infected USB stick on the HMI', zone: 'Control', threat: 'T-03', inherent: { area: 'Health and safety', consequence: '4', likelihood: '3' }, residual: { area: 'Health and safety', consequence: '3', likelihood: '2' } },
];

describe('risk analysis in Chromium', () => {
  // One story: the scenarios, matrix and plan build on the zones drawn in the first step.
  stepsOfOneStory();
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
    const { page } = app;
    await createAssessment(page, 'Riverside Water Works');
  });
  afterAll(async () => {
    await app?.close();
  });

  const register = () => app.page.getByRole('table', { name: 'Risk register' });
  const scenarioRow = (title: string) => register().getByRole('row').filter({ has: app.page.getByRole('rowheader', { name: title }) });
  const levels = async (title: string) => {
    const row = scenarioRow(title);
    return [await row.getByTestId('inherent-level').textContent(), await row.getByTestId('residual-level').textContent(), await row.getByTestId('tolerable').textContent()];
  };
  const tab = (name: RegExp | string) => app.page.getByRole('tab', { name });

  it('draws two zones in Scope, then opens the Risks screen with Alt+5', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+2');
    for (const name of ['Control', 'DMZ']) {
      await page.getByRole('button', { name: 'Add zone…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New zone' });
      await dialog.getByLabel('Zone name *').fill(name);
      await dialog.getByRole('button', { name: 'Add zone' }).click();
      await page.getByRole('table', { name: 'Zones' }).getByText(name, { exact: true }).waitFor();
    }
    await page.keyboard.press('Alt+5');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Risk analysis');
    await app.screenshot('50-risks-empty');
  });

  it('lists suggestions with their reasons, and ignores one', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Suggest scenarios' }).click();
    const panel = page.getByRole('region', { name: 'Suggested scenarios' });
    await panel.waitFor();
    await expect.poll(async () => (await panel.textContent()) ?? '').not.toContain('Reading the inventory');
    const ignore = panel.getByRole('button', { name: /^Ignore / });
    const before = await ignore.count();
    await app.screenshot('50-risks-suggestions');
    if (before > 0) {
      await ignore.first().click();
      await expect.poll(() => ignore.count()).toBe(before - 1);
    }
    await panel.getByRole('button', { name: 'Close suggestions' }).click();
  });

  it('records three scenarios with inherent and residual ratings and shows their levels', async () => {
    const { page } = app;
    for (const [i, s] of SCENARIOS.entries()) {
      await page.getByRole('button', { name: 'Add scenario…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New risk scenario' });
      await dialog.getByLabel('Scenario title *').fill(s.title);
      await dialog.getByLabel('Zone or conduit *').selectOption({ label: s.zone });
      await dialog.getByLabel('Threat').selectOption(s.threat);
      await dialog.getByLabel('Vulnerability exploited').fill('Flat network between office and control system');
      const inherent = dialog.getByRole('group', { name: INHERENT });
      await inherent.getByLabel(s.inherent.area).selectOption(s.inherent.consequence);
      await inherent.getByLabel('Likelihood').selectOption(s.inherent.likelihood);
      const residual = dialog.getByRole('group', { name: RESIDUAL });
      await residual.getByLabel(s.residual.area).selectOption(s.residual.consequence);
      await residual.getByLabel('Likelihood').selectOption(s.residual.likelihood);
      await dialog.getByLabel('Existing countermeasures').fill('Firewall between IT and OT');
      if (i === 0) {
        // The levels follow the ratings live, before saving.
        await expect.poll(() => inherent.locator('.rating-result').textContent()).toContain('Critical');
        await expect.poll(() => residual.locator('.rating-result').textContent()).toContain('Medium');
        await app.screenshot('50-risks-scenario-dialog');
      }
      await dialog.getByRole('button', { name: 'Add scenario' }).click();
      await scenarioRow(s.title).waitFor();
    }
    await expect.poll(() => levels(SCENARIOS[0]!.title)).toEqual(['Critical', 'Medium', '✓Tolerable']);
    await expect.poll(() => levels(SCENARIOS[1]!.title)).toEqual(['High', 'Medium', '✓Tolerable']);
    await expect.poll(() => levels(SCENARIOS[2]!.title)).toEqual(['High', 'Medium', '✓Tolerable']);
    // Sorted by inherent level, the critical one leads.
    await page.getByLabel('Sort by').selectOption('inherent');
    await expect.poll(() => register().getByRole('rowheader').first().textContent()).toBe(SCENARIOS[0]!.title);
    await page.getByRole('combobox', { name: /^Zone/ }).selectOption({ label: 'DMZ' });
    await expect.poll(() => register().getByRole('rowheader').allTextContents()).toEqual([SCENARIOS[1]!.title]);
    await page.getByRole('combobox', { name: /^Zone/ }).selectOption({ label: 'All zones' });
    await page.getByLabel('Group by zone or conduit').check();
    await app.screenshot('50-risks-register-grouped');
    await page.getByLabel('Group by zone or conduit').uncheck();
  });

  it('adds an own threat, uses it in a scenario, and refuses to delete it while used', async () => {
    const { page } = app;
    const OWN = 'Contractor laptop bridging Wi-Fi';
    await page.getByRole('button', { name: 'Threats…' }).click();
    const threats = page.getByRole('dialog', { name: 'Threats', exact: true });
    // The catalogue is there to read, its details folded away.
    const catalogue = threats.getByRole('list', { name: 'Threat catalogue' });
    await expect.poll(() => catalogue.getByRole('listitem').count()).toBe(12);
    await catalogue.getByText('T-01 · Remote access compromise').click();
    await expect.poll(() => catalogue.getByText('Shared or never-changed remote access accounts').isVisible()).toBe(true);

    await threats.getByRole('button', { name: 'Add threat…' }).click();
    const form = page.getByRole('dialog', { name: 'New threat' });
    await form.getByRole('button', { name: 'Add threat' }).click();
    await expect.poll(() => form.getByText('Threat title is required').isVisible()).toBe(true);
    await form.getByLabel('Threat title *').fill(OWN);
    await form.getByLabel('Description').fill('A contractor’s laptop joins the cell network and the site Wi-Fi at once, bridging them.');
    await form.getByLabel('Typical vulnerabilities').fill('No check of contractor laptops\n\nWi-Fi adapters left on  ');
    await form.getByRole('checkbox', { name: 'Engineering workstation' }).check();
    await form.getByRole('checkbox', { name: 'Wireless access point' }).check();
    await form.getByLabel('Countermeasures').fill('Site-owned maintenance laptops');
    await form.getByRole('button', { name: 'Add threat' }).click();
    const own = threats.getByRole('list', { name: 'Own threats' });
    await own.getByText(OWN).click();
    await expect.poll(() => own.textContent()).toContain('Not used yet');
    await expect.poll(() => own.textContent()).toContain('Wireless access point');
    await app.screenshot('50-risks-threats');
    await threats.getByRole('button', { name: 'Close' }).click();

    const [assessment] = await readStore(page, 'assessments');
    const [stored] = (assessment?.risk as { ownThreats: { id: string; typicalVulnerabilities: string[]; assetTypes: string[] }[] }).ownThreats;
    expect(stored).toMatchObject({ typicalVulnerabilities: ['No check of contractor laptops', 'Wi-Fi adapters left on'], assetTypes: ['ews', 'wireless-ap'] });

    // The scenario dialog offers it among the own threats.
    const title = SCENARIOS[2]!.title;
    await page.getByRole('button', { name: `Edit scenario ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit risk scenario' });
    await dialog.getByLabel('Threat', { exact: true }).selectOption({ label: OWN });
    await expect.poll(() => dialog.getByText('bridging them.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(() => scenarioRow(title).textContent()).toContain(OWN);
    expect((await readStore(page, 'risks')).find((r) => r.title === title)?.threatId).toBe(stored!.id);

    await page.getByRole('button', { name: 'Threats…' }).click();
    await threats.getByRole('button', { name: `Delete threat ${OWN}` }).click();
    const refusal = page.getByRole('dialog', { name: 'Threat in use' });
    await expect.poll(() => refusal.textContent()).toContain('1 risk scenario uses it');
    await refusal.getByRole('button', { name: 'OK' }).click();
    await expect.poll(() => threats.getByRole('list', { name: 'Own threats' }).textContent()).toContain('Used by 1 risk scenario');
    await threats.getByRole('button', { name: 'Close' }).click();
    const [after] = await readStore(page, 'assessments');
    expect((after?.risk as { ownThreats: unknown[] }).ownThreats).toHaveLength(1);
  });

  it('shows the heat maps and drills down from a cell into the register', async () => {
    const { page } = app;
    await tab('Heat maps').click();
    await app.screenshot('50-risks-heat-maps');
    const inherent = page.getByRole('table', { name: 'Inherent risk heat map' });
    await inherent.getByRole('button', { name: /^1 scenario, Critical: inherent risk at likelihood Likely, consequence Catastrophic/ }).click();
    await expect.poll(() => tab(/^Register/).getAttribute('aria-selected')).toBe('true');
    await expect.poll(() => register().getByRole('rowheader').allTextContents()).toEqual([SCENARIOS[0]!.title]);
    await page.getByRole('button', { name: 'Show all cells' }).click();
    await expect.poll(() => register().getByRole('rowheader').count()).toBe(3);
  });

  it('re-evaluates every scenario when the matrix changes', async () => {
    const { page } = app;
    await tab('Matrix').click();
    const matrix = page.getByRole('form', { name: 'Risk matrix' });
    await matrix.getByLabel('Tolerable up to').selectOption('low');
    await matrix.getByLabel('Level at likelihood Unlikely, consequence Serious').selectOption('low');
    await matrix.getByLabel('Likelihood 5 label').fill('Frequent');
    await app.screenshot('50-risks-matrix-edited');
    await matrix.getByRole('button', { name: 'Save matrix' }).click();
    await expect.poll(() => matrix.getByRole('button', { name: 'Save matrix' }).isDisabled()).toBe(true);

    await tab(/^Register/).click();
    await expect.poll(() => levels(SCENARIOS[0]!.title)).toEqual(['Critical', 'Medium', '✗Not tolerable']);
    await expect.poll(() => levels(SCENARIOS[1]!.title)).toEqual(['High', 'Medium', '✗Not tolerable']);
    // Residual: Unlikely × Serious, the cell made low.
    await expect.poll(() => levels(SCENARIOS[2]!.title)).toEqual(['High', 'Low', '✓Tolerable']);

    const [assessment] = await readStore(page, 'assessments');
    const risk = assessment?.risk as { matrix: { tolerable: string; cells: string[][]; likelihood: { label: string }[] } };
    expect(risk.matrix.tolerable).toBe('low');
    expect(risk.matrix.cells[1]![2]).toBe('low');
    expect(risk.matrix.likelihood[4]!.label).toBe('Frequent');
  });

  it('insists on a reason to accept a risk', async () => {
    const { page } = app;
    const title = SCENARIOS[1]!.title;
    await page.getByRole('button', { name: `Edit scenario ${title}` }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit risk scenario' });
    await dialog.getByLabel('Treatment', { exact: true }).selectOption('accept');
    await dialog.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(() => dialog.getByText('Give the reason for this treatment decision').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByLabel('Reason for the treatment').getAttribute('aria-invalid')).toBe('true');
    await app.screenshot('50-risks-treatment-reason-missing');
    await dialog.getByLabel('Reason for the treatment').fill('The vendor link is replaced in Q2; the board accepts the risk until then');
    await dialog.getByRole('button', { name: 'Save scenario' }).click();
    await expect.poll(() => scenarioRow(title).textContent()).toContain('The vendor link is replaced in Q2');
    await expect.poll(() => scenarioRow(title).textContent()).toContain('Accept');
  });

  it('plans two actions, one overdue, and shows the roadmap', async () => {
    const { page } = app;
    await tab(/^Plan/).click();
    const actions = [
      { title: 'Segment Control from the office network', owner: 'OT engineering', due: '2020-03-31', priority: 'urgent', risk: SCENARIOS[0]!.title },
      { title: 'MFA on vendor remote access', owner: 'IT security', due: '2099-05-15', priority: 'high', risk: SCENARIOS[1]!.title },
    ];
    for (const a of actions) {
      await page.getByRole('button', { name: 'Add action…' }).click();
      const dialog = page.getByRole('dialog', { name: 'New action' });
      await dialog.getByLabel('Action *').fill(a.title);
      await dialog.getByLabel('Owner').fill(a.owner);
      await dialog.getByLabel('Due date').fill(a.due);
      await dialog.getByLabel('Priority').selectOption(a.priority);
      await dialog.getByLabel('Expected residual risk').selectOption('low');
      await dialog.getByRole('checkbox', { name: a.risk }).check();
      await dialog.getByRole('button', { name: 'Add action' }).click();
      await page.getByRole('table', { name: 'Remediation actions' }).getByRole('rowheader', { name: a.title }).waitFor();
    }
    const overdueRows = page.getByRole('table', { name: 'Remediation actions' }).locator('tr.row-overdue');
    await expect.poll(() => overdueRows.count()).toBe(1);
    await expect.poll(() => overdueRows.textContent()).toContain('Overdue');
    await expect.poll(() => overdueRows.textContent()).toContain(actions[0]!.title);
    const quarters = page.getByRole('region', { name: 'Roadmap' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect.poll(() => quarters.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['2020-Q1', '2099-Q2']);
    await app.screenshot('50-risks-plan');
  });

  it('proposes SL-T per zone and applies one to the zone', async () => {
    const { page } = app;
    await tab('SL-T').click();
    await expect.poll(() => page.getByText(/The proposed target security level \(SL-T\) follows the worst unmitigated/).isVisible()).toBe(true);
    const row = page.getByRole('table', { name: 'Target security level per zone' }).getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Control' }) });
    await expect.poll(() => row.getByTestId('proposed-sl').textContent()).toBe('SL 3');
    await expect.poll(() => row.getByTestId('current-sl').textContent()).toBe('—');
    await row.getByRole('button', { name: 'Apply SL 3 to Control' }).click();
    await expect.poll(() => row.getByTestId('current-sl').textContent()).toBe('SL 3');
    await app.screenshot('50-risks-sl-target');
    const zones = await readStore(page, 'zones');
    expect(zones.find((z) => z.name === 'Control')?.slTarget).toBe(3);
  });

  it('keeps everything across a reload, as stored', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('open-assessment-name').waitFor();
    await page.keyboard.press('Alt+5');
    await register().waitFor();
    await expect.poll(() => levels(SCENARIOS[0]!.title)).toEqual(['Critical', 'Medium', '✗Not tolerable']);
    await expect.poll(() => levels(SCENARIOS[2]!.title)).toEqual(['High', 'Low', '✓Tolerable']);
    await app.screenshot('50-risks-register');
    await tab(/^Plan/).click();
    await expect.poll(() => page.getByRole('table', { name: 'Remediation actions' }).getByRole('rowheader').count()).toBe(2);

    const risks = await readStore(page, 'risks');
    expect(risks).toHaveLength(3);
    const accepted = risks.find((r) => r.title === SCENARIOS[1]!.title);
    expect(accepted).toMatchObject({ treatment: 'accept', threatId: 'T-07', consequences: { financial: 3 }, likelihood: 4, residualConsequences: { financial: 3 }, residualLikelihood: 3 });
    // Levels are computed from the matrix, never stored.
    expect(accepted).not.toHaveProperty('level');
    const actions = await readStore(page, 'actions');
    expect(actions.map((a) => a.title).sort()).toEqual(['MFA on vendor remote access', 'Segment Control from the office network']);
    expect(actions.find((a) => a.dueDate === '2020-03-31')?.riskIds).toEqual([risks.find((r) => r.title === SCENARIOS[0]!.title)?.id]);
    expect(app.pageErrors).toEqual([]);
  });
});
