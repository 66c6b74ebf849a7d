import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchApp, type AppSession } from './harness';
import { readAssets } from './idb';
import { stepsOfOneStory } from './story';

const MESSY_WORKBOOK = resolve('test/fixtures/assets/spanish-plant-inventory.xlsx');
const NOT_A_WORKBOOK = resolve('test/fixtures/assets/pdf-renamed.xlsx');

describe('asset inventory and spreadsheet import in Chromium', () => {
  // One story: each step works on the inventory the imports before it built.
  stepsOfOneStory();
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
    const { page } = app;
    await createAssessment(page, 'Depuradora Norte');
    await page.keyboard.press('Alt+3');
  });
  afterAll(async () => {
    await app?.close();
  });

  const assets = () => readAssets(app.page);
  const wizard = () => app.page.getByRole('dialog', { name: /^Import/ });

  it('starts empty and refuses a file that is not a spreadsheet, storing nothing', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { name: 'No assets yet' }).isVisible()).toBe(true);
    await app.screenshot('20-inventory-empty');
    app.dialogs.opens.push(NOT_A_WORKBOOK);
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    await expect.poll(() => wizard().getByRole('alert').textContent()).toMatch(/“pdf-renamed\.xlsx”: .*not a spreadsheet/i);
    await app.screenshot('21-import-refused');
    await wizard().getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(assets).toEqual([]);
  });

  it('imports a messy multi-sheet workbook: right sheet, one mapping corrected, duplicates merged, report saved', async () => {
    const { page } = app;
    app.dialogs.opens.push(MESSY_WORKBOOK);
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    const dialog = wizard();
    await expect.poll(() => dialog.getByLabel('Sheet').inputValue()).toBe('PLANTA_RED_V1');
    await expect.poll(() => dialog.getByLabel('Header row').inputValue()).toBe('1');
    const areaField = dialog.getByRole('combobox', { name: /^Field for column B Area/ });
    await expect.poll(() => areaField.inputValue()).toBe('location');
    await expect.poll(() => dialog.getByRole('table', { name: 'Import preview' }).getByRole('row').count()).toBe(16);
    await app.screenshot('22-import-mapping');

    await areaField.selectOption('zone');
    await dialog.getByRole('button', { name: 'Check rows' }).click();
    await expect.poll(() => dialog.getByRole('list', { name: 'Import summary' }).textContent()).toContain('15 rows read');
    const summary = () => dialog.getByRole('list', { name: 'Import summary' }).textContent();
    // A shared tag alone (two different CPUs), and the same IP and MAC under two names (a desktop and a laptop the
    // sheet itself doubts): both kept apart by default; the assessor merges the second.
    await expect.poll(summary).toContain('15 new assets');
    await expect.poll(summary).toContain('0 merged into duplicates');
    const duplicates = dialog.getByRole('table', { name: 'Duplicates' });
    await expect.poll(() => duplicates.getByRole('row').count()).toBe(3);
    await expect.poll(() => duplicates.getByRole('combobox', { name: 'Choice for duplicate group 1' }).inputValue()).toBe('keep');
    const second = duplicates.getByRole('combobox', { name: 'Choice for duplicate group 2' });
    await expect.poll(() => second.inputValue()).toBe('keep');
    await expect.poll(() => duplicates.getByRole('row').nth(2).textContent()).toContain('differ in name');
    await second.selectOption('merge');
    await expect.poll(summary).toContain('14 new assets');
    await expect.poll(summary).toContain('1 merged into duplicates');
    await app.screenshot('23-import-review');

    await dialog.getByRole('button', { name: 'Import 14 new, merge 1' }).click();
    await expect.poll(() => dialog.getByLabel('Import report').textContent()).toContain('Imported 14 new assets, merged 1');
    await app.screenshot('24-import-report');

    const reportPath = join(app.workDir, 'report.xlsx');
    app.dialogs.saves.push(reportPath);
    await dialog.getByRole('button', { name: 'Save report (xlsx)…' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved the import report' }).count()).toBe(1);
    const sheets = execFileSync('/usr/bin/python3', ['-c', `import openpyxl; wb = openpyxl.load_workbook(${JSON.stringify(reportPath)}); print(wb.sheetnames)`], {
      encoding: 'utf8',
    });
    expect(sheets).toContain('Summary');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const stored = await assets();
    expect(stored).toHaveLength(14);
    expect(stored.filter((a) => a.name === 'CPU_SECADO').map((a) => a.ipAddresses).sort()).toEqual([['192.168.20.11'], ['192.168.20.12']]);
    const cpu = stored.find((a) => a.name === 'CPU_DEPURADORA')!;
    expect(cpu).toMatchObject({ zone: 'A010_', location: '', vendor: 'Kestrel', assetType: 'plc', ipAddresses: ['192.168.20.10'], macAddresses: ['00:1b:1b:aa:10:01'] });
    expect(cpu.source).toMatchObject({ file: 'spanish-plant-inventory.xlsx', sheet: 'PLANTA_RED_V1', row: 2 });
    await expect.poll(() => page.getByRole('grid', { name: 'Asset inventory' }).getAttribute('aria-rowcount')).toBe('15');
    await expect.poll(() => page.getByRole('region', { name: 'By zone' }).textContent()).toContain('A010_');
    await app.screenshot('25-inventory');
  });

  it('edits a cell inline, bulk-edits a selection, searches, and undoes the import', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Asset inventory' });
    const cpuRow = grid.getByRole('row').filter({ hasText: 'CPU_DEPURADORA' });
    await cpuRow.locator('[data-field="criticality"]').dblclick();
    await cpuRow.getByRole('combobox', { name: 'Edit Criticality' }).selectOption('critical');
    await cpuRow.getByRole('combobox', { name: 'Edit Criticality' }).press('Enter');
    await expect.poll(async () => (await assets()).find((a) => a.name === 'CPU_DEPURADORA')?.criticality).toBe('critical');

    await page.getByRole('searchbox', { name: 'Search assets' }).fill('hmi');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('3');
    await grid.getByRole('checkbox', { name: 'Select all shown assets' }).check();
    const bulk = page.getByRole('region', { name: 'Bulk edit' });
    await expect.poll(() => bulk.textContent()).toContain('2 selected');
    await bulk.getByRole('combobox', { name: 'Criticality' }).selectOption('high');
    await expect.poll(async () => (await assets()).filter((a) => a.criticality === 'high').map((a) => a.name).sort()).toEqual([
      'HMI_DEPURADORA',
      'HMI_DOSIFICACION',
    ]);
    await app.screenshot('26-inventory-bulk-edit');
    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the selected assets?' });
    await confirm.getByRole('button', { name: 'Keep them' }).click();
    expect((await assets()).length).toBe(14);
    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    await confirm.getByRole('button', { name: 'Delete 2' }).click();
    await expect.poll(async () => (await assets()).length).toBe(12);
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('');

    await page.getByRole('button', { name: 'Undo last import' }).click();
    await expect.poll(async () => (await assets()).length).toBe(0);
    await expect.poll(() => page.getByRole('heading', { name: 'No assets yet' }).isVisible()).toBe(true);
  });

  it('offers the corrected mapping again for the next file of the same shape, and cancels cleanly', async () => {
    const { page } = app;
    app.dialogs.opens.push(MESSY_WORKBOOK);
    await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    const dialog = wizard();
    const areaField = dialog.getByRole('combobox', { name: /^Field for column B Area/ });
    await expect.poll(() => areaField.inputValue()).toBe('zone');
    await expect.poll(() => dialog.textContent()).toContain('Using the mapping saved for files of this shape.');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(assets).toEqual([]);
  });

  it('marks problems per cell in the preview: a row without a name, a formula-like value', async () => {
    const { page } = app;
    app.dialogs.opens.push(resolve('test/fixtures/assets/korean-assets.csv'));
    await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    const preview = wizard().getByRole('table', { name: 'Import preview' });
    await expect.poll(() => preview.getByRole('row').count()).toBe(6);
    const rejected = preview.getByRole('row').filter({ hasText: 'a row needs a name' });
    await expect.poll(() => rejected.getAttribute('class')).toBe('row-rejected');
    const flagged = preview.locator('td.cell-issue');
    await expect.poll(() => flagged.count()).toBe(2);
    await expect.poll(() => rejected.locator('td.cell-issue').getAttribute('title')).toMatch(/is empty: a row needs a name/);
    const formula = flagged.filter({ hasText: "=cmd|' /C calc'!A1" });
    await expect.poll(() => formula.getAttribute('title')).toMatch(/could run as a formula/);
    await preview.scrollIntoViewIfNeeded();
    await app.screenshot('28-import-preview-problems');
    await wizard().getByRole('button', { name: 'Cancel' }).click();
  });

  it('keeps only the visible rows of a 5,000-asset inventory in the page', async () => {
    const { page } = app;
    const csv = ['Tag;IP address;Vendor;Model', ...Array.from({ length: 5000 }, (_, i) => `PLC-${i + 1};10.1.${Math.floor(i / 250)}.${(i % 250) + 1};Kestrel;K9 CPU 1516`)].join('\r\n');
    const file = join(app.workDir, 'large.csv');
    writeFileSync(file, csv);
    app.dialogs.opens.push(file);
    await page.getByRole('button', { name: 'Import a spreadsheet' }).click();
    await wizard().getByRole('button', { name: 'Check rows' }).click();
    await wizard().getByRole('button', { name: 'Import 5,000 new' }).click();
    await wizard().getByRole('button', { name: 'Close' }).click();
    const grid = page.getByRole('grid', { name: 'Asset inventory' });
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('5001');
    await expect.poll(() => grid.getByRole('row').count()).toBeLessThan(80);
    await expect.poll(() => grid.getByRole('columnheader', { name: 'Name / tag' }).getAttribute('aria-sort')).toBe('ascending');
    await grid.getByRole('button', { name: 'Name / tag' }).click();
    await expect.poll(() => grid.getByRole('columnheader', { name: 'Name / tag' }).getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => grid.getByRole('row').nth(1).textContent()).toContain('PLC-5000');
    await app.screenshot('27-inventory-5000');
    // What the grid shows was kept in memory after the write; a reload reads it back from the stored pages.
    expect((await assets()).length).toBe(5000);
    await page.reload();
    await page.getByTestId('open-assessment-name').waitFor();
    await page.keyboard.press('Alt+3');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('5001');
    await expect.poll(() => page.getByText('5,000 assets', { exact: true }).isVisible()).toBe(true);
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
