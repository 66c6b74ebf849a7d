import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

const NAME = 'Riverside Water Treatment Works';
const PASSPHRASE = 'Łódź pump house, blue gate 7';

function csms(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { encoding: 'utf8', env: { ...process.env, ...env } });
}

/** One assessor exports the sample encrypted; a colleague's laptop (another browser profile) imports it. */
describe('passphrase-encrypted .csms files in Chromium', () => {
  // One story: the import steps read the file the export step wrote.
  stepsOfOneStory();
  let app: AppSession;
  let sealedPath = '';
  let originalId = '';

  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('exports encrypted through the Export dialog, after checking the passphrase rule and the repeat', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample' }).click();
    await expect.poll(() => page.getByTestId('open-assessment-name').textContent()).toBe(NAME);
    originalId = String((await readStore(page, 'assessments'))[0]?.id);
    await page.keyboard.press('Alt+1');

    const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: NAME, exact: true }) });
    await row.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: `Export “${NAME}”` });
    await expect.poll(() => dialog.getByRole('radio', { name: /Encrypt with a passphrase/ }).isChecked()).toBe(true);
    await expect.poll(() => dialog.textContent()).toContain('At least 12 characters');
    await app.screenshot('80-export-dialog');

    const save = dialog.getByRole('button', { name: 'Choose where to save…' });
    await dialog.getByLabel('Passphrase', { exact: true }).fill('too short');
    await save.click();
    await expect.poll(() => dialog.getByText('The passphrase needs at least 12 characters').isVisible()).toBe(true);
    await dialog.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
    await dialog.getByLabel('Passphrase again').fill(`${PASSPHRASE}!`);
    await save.click();
    await expect.poll(() => dialog.getByText('The two passphrases differ').isVisible()).toBe(true);
    await app.screenshot('81-export-passphrases-differ');

    sealedPath = join(app.workDir, 'riverside-sealed.csms');
    app.dialogs.saves.push(sealedPath);
    await dialog.getByLabel('Passphrase again').fill(PASSPHRASE);
    await save.click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Exported' }).last().textContent()).toMatch(new RegExp(`to ${sealedPath} \\(.*, encrypted\\)`));
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('wrote a file that is no ZIP and that `csms bundle verify` finds intact with the passphrase', () => {
    const bytes = readFileSync(sealedPath);
    expect(bytes.subarray(0, 2).toString()).not.toBe('PK');
    expect(bytes.subarray(0, 7).toString()).toBe('CSMSENC');
    expect(bytes.includes(NAME)).toBe(false);

    const verified = csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'CSMS_E2E_PASS'], { CSMS_E2E_PASS: PASSPHRASE });
    expect(verified.stderr).toBe('');
    expect(verified.status).toBe(0);
    expect(verified.stdout).toMatch(new RegExp(`^“riverside-sealed\\.csms”: intact, encrypted .*; “${NAME}”, format 2, 6 zones, 7 conduits, 295 assets`));
    const wrong = csms(['bundle', 'verify', sealedPath, '--passphrase-env', 'CSMS_E2E_PASS'], { CSMS_E2E_PASS: 'Lodz pump house, blue gate 7' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr.trim()).toBe('csms: bundle: The passphrase in CSMS_E2E_PASS does not open “riverside-sealed.csms”.');
  });

  it('imports on another laptop: a wrong passphrase is refused with nothing stored, the right one imports it', async () => {
    const other = await launchApp();
    try {
      const { page } = other;
      other.dialogs.opens.push(sealedPath);
      await page.getByRole('button', { name: 'Import .csms file…' }).click();
      const dialog = page.getByRole('dialog', { name: 'Open “riverside-sealed.csms”' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      await expect.poll(() => dialog.textContent()).toContain('This assessment file is encrypted.');
      await other.screenshot('82-import-passphrase');

      await dialog.getByLabel('Passphrase').fill('Lodz pump house, blue gate 7');
      await dialog.getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => dialog.getByText('The passphrase does not open “riverside-sealed.csms”.').isVisible()).toBe(true);
      await other.screenshot('83-import-wrong-passphrase');
      await expect.poll(() => readStore(page, 'assessments')).toEqual([]);

      // Tried again without choosing the file again: no further open dialog is queued.
      await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
      await dialog.getByRole('button', { name: 'Open' }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Imported' }).last().textContent()).toContain(`Imported “${NAME}” from “riverside-sealed.csms” (encrypted).`);
      await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
      const stored = await readStore(page, 'assessments');
      expect(stored.map((a) => [a.id, a.name])).toEqual([[originalId, NAME]]);
      expect((await readAssets(page)).length).toBe(295);
      expect(other.offOriginRequests).toEqual([]);
      expect(other.pageErrors).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses a tampered encrypted file after the passphrase, changing nothing stored', async () => {
    const { page } = app;
    const before = await readStore(page, 'assessments');
    const bytes = readFileSync(sealedPath);
    bytes[bytes.length - 500] = bytes[bytes.length - 500]! ^ 0x04;
    const tampered = join(app.workDir, 'tampered.csms');
    writeFileSync(tampered, bytes);

    app.dialogs.opens.push(tampered);
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open “tampered.csms”' });
    await dialog.getByLabel('Passphrase').fill(PASSPHRASE);
    await dialog.getByRole('button', { name: 'Open' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toMatch(/“tampered\.csms”: The file is damaged: its encrypted content fails its integrity check/);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => readStore(page, 'assessments')).toEqual(before);
    expect(app.pageErrors).toEqual([]);
  });
});
