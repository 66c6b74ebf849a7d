import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchApp, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

const ASSETS_CSV = [
  'Tag;IP address;Vendor;Model',
  'PLC-01;10.1.1.11;Kestrel;K9 CPU 1516',
  'PLC-02;10.1.1.12;Kestrel;K9 CPU 1516',
  'HMI-01;10.1.2.21;Kestrel;Panel 15',
  'EWS-01;10.1.2.30;Dell;Precision 3660',
  'HIST-01;10.1.3.40;Dell;PowerEdge R450',
  'FW-01;10.1.3.1;Fortinet;FortiGate 60F',
].join('\r\n');

const SUC = 'Riverside water treatment works: the filtration and dosing control system.';
const STATEMENT = 'Assessment of the OT network of the works, from the field devices up to the industrial DMZ.';
const BOUNDARIES = 'The IT/OT firewall FW-01 towards the enterprise network; the vendor VPN for remote support.';

describe('scope, zones and conduits in Chromium', () => {
  // One story: zones take the assets the first step imported, and the reload checks all that was entered.
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

  it('imports six assets through the wizard, as an assessor brings them', async () => {
    const { page } = app;
    const file = join(app.workDir, 'riverside-assets.csv');
    writeFileSync(file, ASSETS_CSV);
    app.dialogs.opens.push(file);
    await page.keyboard.press('Alt+3');
    await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    const wizard = page.getByRole('dialog', { name: /^Import/ });
    await wizard.getByRole('button', { name: 'Check rows' }).click();
    await wizard.getByRole('button', { name: 'Import 6 new' }).click();
    await wizard.getByRole('button', { name: 'Close' }).click();
    await expect.poll(async () => (await readAssets(page)).length).toBe(6);
  });

  const scopeForm = () => app.page.getByRole('form', { name: 'Scope' });
  const zonesTable = () => app.page.getByRole('table', { name: 'Zones' });
  const zoneRow = (name: string) => zonesTable().getByRole('row').filter({ has: app.page.getByText(name, { exact: true }) });
  const diagramSvg = () => app.page.locator('.zone-diagram svg').evaluate((svg) => svg.outerHTML);

  it('fills in the scope, insisting on a reason for what is left out', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+2');
    await expect.poll(() => page.getByRole('heading', { name: 'Scope', level: 1 }).isVisible()).toBe(true);
    await app.screenshot('30-scope-empty');

    const form = scopeForm();
    await form.getByLabel('System under consideration').fill(SUC);
    await form.getByLabel('Scope statement').fill(STATEMENT);
    await form.getByLabel('Boundaries and access points').fill('The IT/OT firewall FW-01.');
    await form.getByRole('group', { name: 'PLCs and controllers' }).getByRole('radio', { name: 'In' }).check();
    await form.getByRole('group', { name: 'HMIs' }).getByRole('radio', { name: 'In' }).check();
    const remote = form.getByRole('group', { name: 'Remote access systems' });
    await remote.getByRole('radio', { name: 'Out' }).check();
    await form.getByRole('button', { name: 'Save scope' }).click();
    await expect.poll(() => remote.textContent()).toContain('Give a reason for leaving this out of scope');
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Not saved: fix the marked fields');
    await expect.poll(() => remote.getByLabel('Reason for Remote access systems').getAttribute('aria-invalid')).toBe('true');
    await remote.scrollIntoViewIfNeeded();
    await app.screenshot('30-scope-reason-missing');
    // Fields save as focus leaves them, but never an exclusion without its reason.
    const storedKinds = async () => ((await readStore(page, 'assessments'))[0]?.scope as { systemKinds: { kind: string; status: string }[] }).systemKinds;
    expect((await storedKinds()).find((k) => k.kind === 'remote-access')?.status).toBe('undecided');

    await remote.getByLabel('Reason for Remote access systems').fill('The vendor VPN is run by corporate IT, assessed separately');
    await expect.poll(() => remote.textContent()).not.toContain('Give a reason');

    await form.getByRole('button', { name: 'Add stakeholder' }).click();
    // The new row's name field takes the focus, so the assessor can type straight away.
    await page.keyboard.type('Mia Novak');
    await form.getByLabel('Role of Mia Novak').fill('OT security lead');
    await form.getByLabel('Organisation of Mia Novak').fill('Riverside Water Ltd');
    await form.getByLabel('Date Mia Novak was interviewed').fill('2026-11-21');
    await form.getByRole('button', { name: 'Save scope' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('All changes saved');
    await app.screenshot('30-scope-form-saved');

    // Leaving the screen straight from a field, without a blur, keeps the edit too.
    await form.getByLabel('Boundaries and access points').fill(BOUNDARIES);
    await page.keyboard.press('Alt+3');
    await page.keyboard.press('Alt+2');
    await expect.poll(() => scopeForm().getByLabel('Boundaries and access points').inputValue()).toBe(BOUNDARIES);
    // An exclusion left without its reason cannot be saved that way: leaving says so.
    await form.getByRole('group', { name: 'Safety instrumented systems' }).getByRole('radio', { name: 'Out' }).check();
    await page.keyboard.press('Alt+3');
    await expect
      .poll(() => page.getByRole('alert').filter({ hasText: 'Your last changes to the scope were not saved' }).textContent())
      .toContain('Safety instrumented systems: Give a reason for leaving this out of scope.');
    await page.getByRole('alert').getByRole('button', { name: 'Dismiss message' }).click();
    await page.keyboard.press('Alt+2');
    await expect.poll(() => form.getByRole('group', { name: 'Safety instrumented systems' }).getByRole('radio', { name: 'Undecided' }).isChecked()).toBe(true);

    const [assessment] = await readStore(page, 'assessments');
    const scope = assessment?.scope as Record<string, unknown>;
    expect(scope).toMatchObject({ sucDescription: SUC, statement: STATEMENT, boundaries: BOUNDARIES });
    expect(scope.systemKinds).toContainEqual({ kind: 'remote-access', status: 'out', reason: 'The vendor VPN is run by corporate IT, assessed separately' });
    expect(scope.systemKinds).toContainEqual({ kind: 'plcs', status: 'in', reason: '' });
    expect(scope.stakeholders).toEqual([
      { id: expect.any(String), name: 'Mia Novak', role: 'OT security lead', organisation: 'Riverside Water Ltd', interviewedOn: '2026-11-21' },
    ]);
  });

  it('adds two zones and a conduit, assigns assets, and draws them', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Add zone…' }).click();
    let dialog = page.getByRole('dialog', { name: 'New zone' });
    await dialog.getByLabel('Zone name *').fill('Control');
    await dialog.getByRole('checkbox', { name: '1 · Basic control' }).check();
    await dialog.getByRole('checkbox', { name: '2 · Supervisory' }).check();
    await dialog.getByLabel('Target security level (SL-T)').selectOption('2');
    await dialog.getByLabel('Accountable owner').fill('Plant operations');
    await app.screenshot('30-scope-zone-dialog');
    await dialog.getByRole('button', { name: 'Add zone' }).click();
    await zoneRow('Control').waitFor();

    await page.getByRole('button', { name: 'Add zone…' }).click();
    dialog = page.getByRole('dialog', { name: 'New zone' });
    await dialog.getByLabel('Zone name *').fill('control');
    await dialog.getByRole('button', { name: 'Add zone' }).click();
    await expect.poll(() => dialog.getByText('Another zone is already named "control"').isVisible()).toBe(true);
    await dialog.getByLabel('Zone name *').fill('DMZ');
    await dialog.getByRole('checkbox', { name: '3.5 · Industrial DMZ' }).check();
    await dialog.getByLabel('Target security level (SL-T)').selectOption('3');
    await dialog.getByRole('button', { name: 'Add zone' }).click();
    await zoneRow('DMZ').waitFor();
    await expect.poll(() => zoneRow('Control').textContent()).toContain('1, 2');
    await expect.poll(() => zoneRow('DMZ').textContent()).toContain('3.5 (DMZ)');

    await page.getByRole('button', { name: 'Add conduit…' }).click();
    dialog = page.getByRole('dialog', { name: 'New conduit' });
    await dialog.getByLabel('From zone *').selectOption({ label: 'Control' });
    await dialog.getByLabel('To zone *').selectOption({ label: 'Control' });
    await dialog.getByRole('button', { name: 'Add conduit' }).click();
    await expect.poll(() => dialog.getByText('Conduit name is required').isVisible()).toBe(true);
    await expect.poll(() => dialog.getByText('A conduit must connect two different zones').isVisible()).toBe(true);
    await app.screenshot('30-scope-conduit-dialog-errors');
    await dialog.getByLabel('Conduit name *').fill('Historian link');
    await dialog.getByLabel('To zone *').selectOption({ label: 'DMZ' });
    await dialog.getByLabel('Protocols').fill('OPC UA');
    await expect.poll(() => dialog.getByRole('radio', { name: 'Two-way' }).isChecked()).toBe(true);
    await dialog.getByLabel('Security measures').fill('Firewall rule allows OPC UA from the historian only.');
    await dialog.getByRole('button', { name: 'Add conduit' }).click();
    const conduits = page.getByRole('table', { name: 'Conduits' });
    await conduits.waitFor();
    await expect.poll(() => conduits.getByRole('row').nth(1).textContent()).toMatch(/Historian link.*Control ↔ DMZ.*Two-way.*OPC UA/);

    await page.getByRole('button', { name: 'Assign assets to Control' }).click();
    dialog = page.getByRole('dialog', { name: 'Assign assets to “Control”' });
    const status = dialog.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('6 matching assets');
    await dialog.getByRole('searchbox', { name: 'Search assets' }).fill('plc');
    await expect.poll(() => status.textContent()).toContain('2 matching assets');
    await dialog.getByRole('button', { name: 'Select all 2 matches' }).click();
    await dialog.getByRole('searchbox', { name: 'Search assets' }).fill('hmi');
    await expect.poll(() => status.textContent()).toContain('1 matching asset ·');
    await dialog.getByRole('checkbox', { name: /^HMI-01/ }).check();
    await expect.poll(() => status.textContent()).toContain('3 selected');
    await dialog.getByRole('searchbox', { name: 'Search assets' }).fill('');
    await app.screenshot('30-scope-assign-dialog');
    await dialog.getByRole('button', { name: 'Assign 3 assets' }).click();
    await expect.poll(() => zoneRow('Control').getByTestId('zone-asset-count').textContent()).toBe('3');
    await expect.poll(() => zoneRow('DMZ').getByTestId('zone-asset-count').textContent()).toBe('0');
    expect((await readAssets(page)).filter((a) => a.zone === 'Control').map((a) => a.name).sort()).toEqual(['HMI-01', 'PLC-01', 'PLC-02']);

    const svg = await diagramSvg();
    expect(svg).toContain('>Control<');
    expect(svg).toContain('>DMZ<');
    expect(svg).toContain('>OPC UA<');
    expect(svg).toContain('3 assets');
    await page.getByRole('heading', { name: 'Zones', level: 2 }).scrollIntoViewIfNeeded();
    await app.screenshot('30-scope-zones-conduits');
    await page.getByRole('heading', { name: 'Zone and conduit diagram' }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
    await app.screenshot('30-scope-diagram');
  });

  it('renames a zone and its assets follow, on the Assets screen too', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Edit zone Control' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit zone “Control”' });
    await dialog.getByLabel('Zone name *').fill('Cell control');
    await expect.poll(() => dialog.getByText('The 3 assets in “Control” move to the new name.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Save zone' }).click();
    await expect.poll(() => zoneRow('Cell control').getByTestId('zone-asset-count').textContent()).toBe('3');
    await expect.poll(diagramSvg).toContain('>Cell control<');

    await page.keyboard.press('Alt+3');
    const grid = page.getByRole('grid', { name: 'Asset inventory' });
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'PLC-01' }).textContent()).toContain('Cell control');
    await expect.poll(() => page.getByRole('region', { name: 'By zone' }).textContent()).toContain('Cell control');
    await app.screenshot('30-scope-renamed-zone-in-assets');
    expect((await readAssets(page)).filter((a) => a.zone === 'Cell control').map((a) => a.name).sort()).toEqual(['HMI-01', 'PLC-01', 'PLC-02']);
  });

  it('still has everything after a reload, stored where it belongs', async () => {
    const { page } = app;
    await page.reload();
    await page.getByTestId('open-assessment-name').waitFor();
    await page.keyboard.press('Alt+2');
    const form = scopeForm();
    await expect.poll(() => form.getByLabel('Scope statement').inputValue()).toBe(STATEMENT);
    await expect.poll(() => form.getByLabel('System under consideration').inputValue()).toBe(SUC);
    await expect.poll(() => form.getByRole('group', { name: 'Remote access systems' }).getByRole('radio', { name: 'Out' }).isChecked()).toBe(true);
    await expect.poll(() => form.getByLabel('Role of Mia Novak').inputValue()).toBe('OT security lead');
    await expect.poll(() => form.getByRole('status').textContent()).toBe('All changes saved');
    await expect.poll(() => zoneRow('Cell control').getByTestId('zone-asset-count').textContent()).toBe('3');
    await expect.poll(() => zoneRow('DMZ').textContent()).toContain('3.5 (DMZ)');
    await expect.poll(() => page.getByRole('table', { name: 'Conduits' }).textContent()).toContain('Cell control ↔ DMZ');
    await expect.poll(diagramSvg).toContain('>OPC UA<');
    await app.screenshot('30-scope-after-reload');

    const [assessment] = await readStore(page, 'assessments');
    const zones = await readStore(page, 'zones');
    expect(zones.map((z) => [z.name, z.purdueLevels, z.slTarget, z.assessmentId]).sort()).toEqual([
      ['Cell control', [1, 2], 2, assessment!.id],
      ['DMZ', [3.5], 3, assessment!.id],
    ]);
    const byName = new Map(zones.map((z) => [z.name, z.id]));
    await expect.poll(() => readStore(page, 'conduits')).toEqual([
      expect.objectContaining({
        name: 'Historian link',
        fromZoneId: byName.get('Cell control'),
        toZoneId: byName.get('DMZ'),
        direction: 'two-way',
        protocols: ['OPC UA'],
        assessmentId: assessment!.id,
      }),
    ]);
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
