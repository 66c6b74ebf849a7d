import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAssessment, launchApp, type AppSession } from './harness';
import { readAssets } from './idb';
import { stepsOfOneStory } from './story';

const RACK_PDUS = resolve('test/fixtures/assets/rack-pdus.csv');
const IO_LIST = resolve('test/fixtures/assets/io-list.csv');

interface StoredAsset {
  name: string;
  serialNumber: string;
  ipAddresses: string[];
  attributes?: { label: string; value: string }[];
}

describe('import keeps distinct devices apart and loses no column', () => {
  // One story: the inventory checks look at what the import before them wrote.
  stepsOfOneStory();
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
    await createAssessment(app.page, 'Rack room');
    await app.page.keyboard.press('Alt+3');
  });
  afterAll(async () => {
    await app?.close();
  });

  const assets = async () => (await readAssets(app.page)) as unknown as StoredAsset[];
  const wizard = () => app.page.getByRole('dialog', { name: /^Import/ });

  it('imports four PDUs sharing one serial as four assets, ignores the "0" serials, merges the switch listed twice', async () => {
    const { page } = app;
    app.dialogs.opens.push(RACK_PDUS);
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    const dialog = wizard();
    // Columns no field holds are offered as extra attributes, and the preview shows them.
    const rack = dialog.getByRole('combobox', { name: /^Field for column H Rack/ });
    await expect.poll(() => rack.inputValue()).toBe('');
    await expect.poll(() => rack.locator('option:checked').textContent()).toBe('— kept as an extra attribute —');
    const preview = dialog.getByRole('table', { name: 'Import preview' });
    await expect.poll(() => preview.getByRole('row').nth(1).textContent()).toContain('Rack: R01 · Last service: 2026-03-14 · Backup: n/a');

    await dialog.getByRole('button', { name: 'Check rows' }).click();
    const summary = () => dialog.getByRole('list', { name: 'Import summary' }).textContent();
    await expect.poll(summary).toContain('9 rows read');
    await expect.poll(summary).toContain('8 new assets');
    await expect.poll(summary).toContain('1 merged into duplicates');
    await expect
      .poll(() => dialog.getByRole('region', { name: 'Identifiers not used to match' }).textContent())
      .toContain('Serial number “0” is on 4 rows and assets: a placeholder, not an identity.');

    const duplicates = dialog.getByRole('table', { name: 'Duplicates' });
    const pduGroup = duplicates.getByRole('row').filter({ hasText: 'PDU-A1' });
    await expect.poll(() => pduGroup.textContent()).toContain('differ in name, MAC address');
    await expect.poll(() => pduGroup.getByRole('combobox').inputValue()).toBe('keep');
    const switchGroup = duplicates.getByRole('row').filter({ hasText: 'SW-CORE-1' }).first();
    await expect.poll(() => switchGroup.getByRole('combobox').inputValue()).toBe('merge');

    // The four records side by side, the differing identifiers marked.
    await pduGroup.getByRole('button', { name: 'Compare all 4' }).click();
    const compared = dialog.getByRole('table', { name: /^Records of duplicate group/ });
    await expect.poll(() => compared.getByRole('row').count()).toBe(5);
    await expect.poll(() => compared.getByRole('columnheader', { name: 'Name (differs)' }).count()).toBe(1);
    await expect.poll(() => compared.getByRole('row').nth(4).textContent()).toContain('00:c0:b7:10:00:04');
    await app.screenshot('27-import-identity-review');

    await dialog.getByRole('button', { name: 'Import 8 new, merge 1' }).click();
    await expect.poll(() => dialog.getByLabel('Import report').textContent()).toContain('Imported 8 new assets, merged 1');
    await dialog.getByRole('button', { name: 'Close' }).click();

    const stored = await assets();
    expect(stored.filter((a) => a.serialNumber === '3ZXBA7Q').map((a) => a.name).sort()).toEqual(['PDU-A1', 'PDU-A2', 'PDU-A3', 'PDU-A4']);
    expect(stored.filter((a) => a.name === 'SW-CORE-1')).toHaveLength(1);
    // A value no field takes ("PDU" is not an asset type) is kept under its header, then the unmapped columns.
    expect(stored.find((a) => a.name === 'PDU-A3')?.attributes).toEqual([
      { label: 'Type', value: 'PDU' },
      { label: 'Rack', value: 'R03' },
      { label: 'Last service', value: '2026-03-15' },
      { label: 'Backup', value: 'n/a' },
    ]);
  });

  it('shows the extra attributes in the asset’s details, as columns to choose, and finds them by search', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Asset inventory' });
    await grid.getByRole('checkbox', { name: 'Select PDU-A3' }).check();
    const details = page.getByRole('region', { name: 'Details of PDU-A3' });
    await expect.poll(() => details.textContent()).toContain('PDU-A3 from “rack-pdus.csv”, sheet “rack-pdus.csv”, row 4.');
    await expect.poll(() => details.getByRole('definition').allTextContents()).toEqual(['PDU', 'R03', '2026-03-15', 'n/a']);
    await app.screenshot('28-asset-details');
    await page.getByRole('button', { name: 'Clear selection' }).click();

    await page.getByRole('button', { name: 'Columns ▾' }).click();
    const fromFiles = page.getByRole('group', { name: 'From the imported files' });
    // The choice is stored first and then shown (a setting read live), so the box is clicked and the grid watched.
    await fromFiles.getByRole('checkbox', { name: 'Rack' }).click();
    await expect.poll(() => fromFiles.getByRole('checkbox', { name: 'Rack' }).isChecked()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => grid.getByRole('columnheader', { name: 'Rack' }).count()).toBe(1);
    await expect.poll(() => grid.getByRole('row').filter({ hasText: 'PDU-A3' }).locator('[data-field="attr:Rack"]').textContent()).toBe('R03');

    // Edited inline like any field, and stored on the asset.
    const cell = grid.getByRole('row').filter({ hasText: 'HMI-07' }).locator('[data-field="attr:Rack"]');
    await cell.dblclick();
    await grid.getByRole('textbox', { name: 'Edit Rack' }).fill('Control desk');
    await grid.getByRole('textbox', { name: 'Edit Rack' }).press('Enter');
    await expect.poll(async () => (await assets()).find((a) => a.name === 'HMI-07')?.attributes).toContainEqual({ label: 'Rack', value: 'Control desk' });

    await page.getByRole('searchbox', { name: 'Search assets' }).fill('nightly');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('3');
    await app.screenshot('29-inventory-extra-attributes');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('');
  });

  it('says a signal list is not a list of devices and leaves out the count and source under it, then goes on when asked', async () => {
    const { page } = app;
    app.dialogs.opens.push(IO_LIST);
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    const dialog = wizard();
    await expect
      .poll(() => dialog.getByRole('note', { name: 'What this sheet looks like' }).textContent())
      .toContain('This sheet looks like an I/O or signal list (columns “Signal description”, “I/O type”, “PLC address”');
    const leftOut = dialog.getByRole('note', { name: 'Rows left out' });
    await expect.poll(() => leftOut.getByRole('listitem').allTextContents()).toEqual([
      'Row 7: a totals line (“Total: 5”)',
      'Row 8: a note under the table (“Source: P&ID rev C”)',
    ]);
    await expect.poll(() => dialog.getByRole('table', { name: 'Import preview' }).getByRole('row').count()).toBe(6);
    await app.screenshot('30-import-signal-list');

    await dialog.getByRole('button', { name: 'Check rows' }).click();
    const summary = () => dialog.getByRole('list', { name: 'Import summary' }).textContent();
    await expect.poll(summary).toContain('7 rows read');
    await expect.poll(summary).toContain('5 new assets');
    await expect.poll(summary).toContain('2 skipped');
    await dialog.getByRole('button', { name: 'Import 5 new' }).click();
    await expect.poll(() => dialog.getByLabel('Import report').textContent()).toContain('Row 7 (no name): skipped — Left out: a totals line (“Total: 5”).');
    await dialog.getByRole('button', { name: 'Close' }).click();
    const signal = (await assets()).find((a) => a.name === 'FT-101');
    expect(signal?.attributes).toContainEqual({ label: 'PLC address', value: '%IW64' });
  });
});
