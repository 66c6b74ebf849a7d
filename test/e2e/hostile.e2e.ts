import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HOSTILE_CASES } from '../hostile/cases';
import { launchApp, openSample, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

/** A sample of the hostile corpus (test/hostile/) through the screens: each refused with its message, nothing stored changed. */
describe('hostile files through the screens in Chromium', () => {
  // One story: every step works on the sample opened first, and checks it is unchanged.
  stepsOfOneStory();
  let app: AppSession;
  let storedBefore: { assessments: unknown[]; zones: unknown[]; assets: number };

  beforeAll(async () => {
    app = await launchApp();
    await openSample(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  /** Writes a corpus case's file into the session's folder and returns its path. */
  async function hostileFile(id: string): Promise<string> {
    const hostile = HOSTILE_CASES.find((c) => c.id === id);
    if (!hostile) throw new Error(`no hostile case ${id}`);
    const made = await hostile.make();
    if ('sparseBytes' in made) throw new Error('sparse files are not used through the screens');
    const path = join(app.workDir, hostile.fileName);
    writeFileSync(path, made);
    return path;
  }

  const stored = async () => ({
    assessments: await readStore(app.page, 'assessments'),
    zones: await readStore(app.page, 'zones'),
    assets: (await readAssets(app.page)).length,
  });

  it('refuses a workbook whose ZIP end record lies about its member counts, and the inventory stays as it was', async () => {
    const { page } = app;
    storedBefore = await stored();
    expect(storedBefore.assets).toBe(295);
    await page.keyboard.press('Alt+3');
    app.dialogs.opens.push(await hostileFile('xlsx-eocd-disk-counts'));
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    const wizard = page.getByRole('dialog', { name: /^Import/ });
    await expect
      .poll(() => wizard.getByRole('alert').textContent())
      .toBe('“xlsx-eocd-disk-counts.xlsx”: The file is damaged: its ZIP directory counts 1 member on this disk but 4 in all.');
    await app.screenshot('95-hostile-workbook-refused');
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(stored).toEqual(storedBefore);
  });

  it('reads a 40,000-row sheet of cells in column XFD without padding it, offering its one column', async () => {
    const { page } = app;
    app.dialogs.opens.push(await hostileFile('xlsx-sparse-xfd'));
    await page.getByRole('button', { name: 'Import spreadsheet…' }).click();
    const wizard = page.getByRole('dialog', { name: /^Import/ });
    await expect.poll(() => wizard.getByText(/data rows under the header/).textContent(), { timeout: 60_000 }).toContain('39,999 data rows under the header');
    await expect.poll(() => wizard.getByRole('table', { name: 'Column mapping' }).getByRole('row').count()).toBe(2);
    await wizard.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(stored).toEqual(storedBefore);
  });

  it('refuses assessment files nested 5,000 deep or holding a field named valueOf, on import and on merge', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+1');
    app.dialogs.opens.push(await hostileFile('csms-nested-5000'));
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain('“csms-nested-5000.csms”: The file is damaged: tables/assets.json, record 1: deep holds values nested more than 32 levels deep.');
    app.dialogs.opens.push(await hostileFile('csms-field-valueOf'));
    await page.getByRole('button', { name: 'Merge a colleague’s file…' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toContain('“csms-field-valueOf.csms”: The file is damaged: tables/assets.json, record 1: valueOf is a name this format does not allow.');
    await app.screenshot('95-hostile-assessment-file-refused');
    await expect.poll(stored).toEqual(storedBefore);
  });

  it('refuses a logo of 22,000 × 22,000 pixels before drawing it, and a certificate asking for 16.7 million rounds', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+6');
    const options = page.getByRole('region', { name: 'Report options' });
    await options.getByLabel('Logo: choose a PNG or JPEG image').setInputFiles(await hostileFile('png-22000-square'));
    await expect.poll(() => options.getByRole('alert').textContent()).toBe(
      '“logo.png” cannot be used: it is 22,000 × 22,000 pixels; report images can have up to 16.8 million pixels (4,096 × 4,096), so scale it down.',
    );
    await expect.poll(() => options.getByRole('img', { name: 'Logo: the chosen image' }).count()).toBe(0);

    app.dialogs.opens.push(await hostileFile('p12-mac-16m-rounds'));
    await page.getByRole('button', { name: 'Import certificate (.p12/.pfx)…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import “p12-mac-16m-rounds.p12”' });
    await dialog.getByLabel('Passphrase of the file').fill('Riverside-2026!');
    await dialog.getByRole('button', { name: 'Check and import' }).click();
    await dialog.getByText(/asks for 16,777,216 key-derivation rounds for the integrity check \(MAC\)/).waitFor();
    await app.screenshot('95-hostile-certificate-refused');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => readStore(page, 'settings').then((rows) => rows.filter((r) => String(r.key).startsWith('signing')).length)).toBe(0);
    await expect.poll(stored).toEqual(storedBefore);
    expect(app.pageErrors).toEqual([]);
  });
});
