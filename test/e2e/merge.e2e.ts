import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATALOGUE } from '../../shared/catalogue/catalogue';
import { launchApp, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

const NAME = 'Riverside Water Treatment Works';
const BEA_PASSPHRASE = 'pump house key, blue gate 7';
const ANA_ASSET = 'PLC-NEW-ANA';
const BEA_SCADA = 'SCADA servers, HMIs and the historian; the engineering laptop when docked.';
const ANA_CRITICALITY = 'critical';
const BEA_CRITICALITY = 'low';

/** What both assessors start from, and what the test reads from it once. */
interface Start {
  file: string;
  /** An asset both change, differently: the conflict. */
  asset: string;
  assetCriticality: string;
  scadaDescription: string;
  /** Requirements the sample leaves unanswered: Ana answers the first, Bea the second. */
  r1: string;
  r2: string;
}

const dir = mkdtempSync(join(tmpdir(), 'csms-merge-e2e-'));
const files = {
  start: join(dir, 'riverside-start.csms'),
  ana: join(dir, 'ana.csms'),
  bea: join(dir, 'bea.csms'),
  allCritical: join(dir, 'all-critical.csms'),
};

async function setProfileName(app: AppSession, name: string) {
  await app.page.getByTestId('assessor-status').click();
  const dialog = app.page.getByRole('dialog', { name: 'Assessor on this laptop' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await expect.poll(() => app.page.getByTestId('assessor-status').textContent()).toBe(`Assessor: ${name}`);
}

/** Imports a plain file on the Assessments screen and opens what it added. */
async function importAndOpen(app: AppSession, path: string) {
  const { page } = app;
  await page.keyboard.press('Alt+1');
  app.dialogs.opens.push(path);
  await page.getByRole('button', { name: 'Import .csms file…' }).click();
  await page.getByRole('status').filter({ hasText: 'Imported' }).waitFor();
  await page.getByRole('table', { name: 'Assessments' }).getByRole('button', { name: NAME, exact: true }).click();
  await page.getByTestId('open-assessment-name').waitFor();
}

async function exportOpen(app: AppSession, path: string, passphrase?: string) {
  const { page } = app;
  await page.keyboard.press('Alt+1');
  const row = page.getByRole('row').filter({ has: page.getByRole('button', { name: NAME, exact: true }) });
  await row.getByRole('button', { name: 'Export…' }).click();
  const dialog = page.getByRole('dialog', { name: `Export “${NAME}”` });
  if (passphrase) {
    await dialog.getByLabel('Passphrase', { exact: true }).fill(passphrase);
    await dialog.getByLabel('Passphrase again').fill(passphrase);
  } else await dialog.getByRole('radio', { name: /No passphrase/ }).check();
  app.dialogs.saves.push(path);
  await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
  await page.getByRole('status').filter({ hasText: `to ${path}` }).waitFor();
}

const grid = (page: Page) => page.getByRole('grid', { name: 'Asset inventory' });
const assetRow = (page: Page, name: string) => grid(page).getByRole('row').filter({ has: page.getByText(name, { exact: true }) });

/** Sets an asset's criticality by editing its cell in the inventory, found by search. */
async function setCriticality(page: Page, asset: string, criticality: string) {
  await page.keyboard.press('Alt+3');
  await page.getByRole('searchbox', { name: 'Search assets' }).fill(asset);
  const row = assetRow(page, asset);
  await row.locator('[data-field="criticality"]').dblclick();
  await row.getByRole('combobox', { name: 'Edit Criticality' }).selectOption(criticality);
  await row.getByRole('combobox', { name: 'Edit Criticality' }).press('Enter');
  await expect.poll(async () => (await readAssets(page)).find((a) => a.name === asset)?.criticality).toBe(criticality);
  await page.getByRole('searchbox', { name: 'Search assets' }).fill('');
}

const answers = async (page: Page) => new Map((await readStore(page, 'answers')).map((a) => [a.requirementId as string, a]));
const requirementItem = (page: Page, id: string) =>
  page.getByRole('list', { name: 'Requirements' }).getByRole('button', { name: new RegExp(`^${id.replace('.', '\\.')} `) });

/** Answers a requirement with its status key (I, P, N…) on the Questions view. */
async function answer(page: Page, requirementId: string, key: string) {
  await page.keyboard.press('Alt+4');
  await page.getByRole('searchbox', { name: 'Search requirements' }).fill(requirementId);
  await requirementItem(page, requirementId).click();
  await page.keyboard.press(key);
  await expect.poll(async () => (await answers(page)).get(requirementId)?.status).toBeDefined();
  await page.getByRole('searchbox', { name: 'Search requirements' }).fill('');
}

const zone = async (page: Page, name: string) => (await readStore(page, 'zones')).find((z) => z.name === name)!;

beforeAll(() => {
  const made = spawnSync(process.execPath, ['electron/cli/launch.mjs', 'demo', '--out', files.start], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('two assessors’ work merged in Chromium', () => {
  // One story: Carl merges Ana's and Bea's exports, and the restore takes that merge back.
  stepsOfOneStory();
  let start: Start;
  let carl: AppSession;

  afterAll(async () => {
    await carl?.close();
  });

  it('Ana imports the starting file, adds an asset, answers one requirement, changes a criticality and exports', async () => {
    const ana = await launchApp();
    try {
      const { page } = ana;
      await setProfileName(ana, 'Ana Ruiz');
      await importAndOpen(ana, files.start);

      const stored = await readAssets(page);
      const candidate = stored.find((a) => a.criticality === 'medium' && stored.filter((b) => b.name === a.name).length === 1)!;
      const answered = new Set((await answers(page)).keys());
      const [r1, r2] = CATALOGUE.requirements.filter((r) => !answered.has(r.id)).map((r) => r.id);
      start = {
        file: files.start,
        asset: String(candidate.name),
        assetCriticality: String(candidate.criticality),
        scadaDescription: String((await zone(page, 'SCADA')).description),
        r1: r1!,
        r2: r2!,
      };

      await page.keyboard.press('Alt+3');
      await page.getByRole('button', { name: 'Add asset' }).click();
      await page.getByRole('searchbox', { name: 'Search assets' }).fill('New asset 296');
      const added = assetRow(page, 'New asset 296');
      await added.locator('[data-field="name"]').dblclick();
      // While edited, the name is in the editor, not in the row's text.
      const editor = grid(page).getByRole('textbox', { name: 'Edit Name / tag' });
      await editor.fill(ANA_ASSET);
      await editor.press('Enter');
      await expect.poll(async () => (await readAssets(page)).some((a) => a.name === ANA_ASSET)).toBe(true);
      await page.getByRole('searchbox', { name: 'Search assets' }).fill('');

      await setCriticality(page, start.asset, ANA_CRITICALITY);
      await answer(page, start.r1, 'i');
      await exportOpen(ana, files.ana);
      expect(ana.pageErrors).toEqual([]);
    } finally {
      await ana.close();
    }
  });

  it('Bea imports the same starting file, changes a zone’s description, answers another requirement, changes the same criticality and exports encrypted', async () => {
    const bea = await launchApp();
    try {
      const { page } = bea;
      await setProfileName(bea, 'Bea Novak');
      await importAndOpen(bea, files.start);

      await page.keyboard.press('Alt+2');
      await page.getByRole('button', { name: 'Edit zone SCADA' }).click();
      const edit = page.getByRole('dialog', { name: 'Edit zone “SCADA”' });
      await edit.getByLabel('Description').fill(BEA_SCADA);
      await edit.getByRole('button', { name: 'Save zone' }).click();
      await expect.poll(async () => (await zone(page, 'SCADA')).description).toBe(BEA_SCADA);

      await setCriticality(page, start.asset, BEA_CRITICALITY);
      await answer(page, start.r2, 'p');
      await exportOpen(bea, files.bea, BEA_PASSPHRASE);
      expect(bea.pageErrors).toEqual([]);
    } finally {
      await bea.close();
    }
  });

  it('Carl imports Ana’s file, then Bea’s: asked, he merges it; her other changes come in silently, the conflict is shown side by side and settled', async () => {
    carl = await launchApp();
    const { page } = carl;
    await setProfileName(carl, 'Carl Meyer');
    await importAndOpen(carl, files.ana);

    await page.keyboard.press('Alt+1');
    carl.dialogs.opens.push(files.bea);
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    const unlock = page.getByRole('dialog', { name: 'Open “bea.csms”' });
    await unlock.getByLabel('Passphrase').fill(BEA_PASSPHRASE);
    await unlock.getByRole('button', { name: 'Open' }).click();
    const ask = page.getByRole('dialog', { name: 'Import “bea.csms”' });
    await expect.poll(() => ask.textContent()).toContain(`This file is a version of “${NAME}”, which is already here.`);
    await carl.screenshot('90-merge-ask');
    await ask.getByRole('button', { name: 'Merge it into yours (recommended)' }).click();

    const dialog = page.getByRole('dialog', { name: `Merge “bea.csms” into “${NAME}”` });
    await dialog.waitFor();
    const summary = dialog.getByRole('region', { name: 'What the file brings' });
    await expect.poll(() => summary.textContent()).toContain('made by Bea Novak');
    await expect.poll(() => summary.getByRole('row', { name: /^Zones/ }).textContent()).toBe('Zones–1–');
    await expect.poll(() => summary.getByRole('row', { name: /^Answers/ }).textContent()).toBe('Answers1––');

    const conflicts = dialog.getByRole('region', { name: 'Conflicts' });
    await expect.poll(() => conflicts.getByRole('heading', { level: 3 }).textContent()).toMatch(/^1 conflict:/);
    const conflict = conflicts.getByRole('radiogroup', { name: `Criticality of Asset “${start.asset}”` });
    const yours = conflict.locator('[data-side="local"]');
    const theirs = conflict.locator('[data-side="incoming"]');
    await expect.poll(() => yours.textContent()).toMatch(/^Keep yoursCriticalChanged by Ana Ruiz, \d/);
    await expect.poll(() => theirs.textContent()).toMatch(/^Take theirsLowChanged by Bea Novak, \d/);
    const merge = dialog.getByRole('button', { name: 'Merge', exact: true });
    await expect.poll(() => merge.isDisabled()).toBe(true);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('0 of 1 conflict settled');
    await carl.screenshot('91-merge-dialog');

    await theirs.click();
    await expect.poll(() => conflict.getByRole('radio', { name: /^Take theirs/ }).isChecked()).toBe(true);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe('1 of 1 conflict settled');
    await carl.screenshot('92-merge-dialog-settled');
    await merge.click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Merged' }).last().textContent())
      .toContain(`Merged “bea.csms” into “${NAME}”: 1 record added, 1 changed, 1 conflict settled.`);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    // Stored: Ana's and Bea's work side by side, the conflict as chosen.
    const assets = await readAssets(page);
    expect(assets.find((a) => a.name === start.asset)?.criticality).toBe(BEA_CRITICALITY);
    expect(assets.filter((a) => a.name === ANA_ASSET)).toHaveLength(1);
    expect((await zone(page, 'SCADA')).description).toBe(BEA_SCADA);
    const stored = await answers(page);
    expect(stored.get(start.r1)?.status).toBe('implemented');
    expect(stored.get(start.r2)?.status).toBe('partial');
    expect((await readStore(page, 'snapshots')).map((s) => s.reason)).toEqual(['before-merge']);

    // Shown: the screens read the merged assessment.
    await page.keyboard.press('Alt+3');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill(start.asset);
    await expect.poll(() => assetRow(page, start.asset).locator('[data-field="criticality"]').textContent()).toBe('Low');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill(ANA_ASSET);
    await expect.poll(() => grid(page).getAttribute('aria-rowcount')).toBe('2');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('');
    await page.keyboard.press('Alt+4');
    await expect.poll(() => requirementItem(page, start.r2).locator('.q-badge').textContent()).toBe('Partially implemented');
    await expect.poll(() => requirementItem(page, start.r1).locator('.q-badge').textContent()).toBe('Implemented');
    expect(carl.pageErrors).toEqual([]);
  });

  it('the history shows both assessors’ changes and Carl’s merge', async () => {
    const { page } = carl;
    await page.getByRole('button', { name: 'Assessment history' }).click();
    const history = page.getByRole('dialog', { name: 'Assessment history' });
    const assessors = history.getByRole('combobox', { name: 'Filter by assessor' });
    await expect.poll(() => assessors.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Ana Ruiz', 'Bea Novak', 'Carl Meyer']));
    const list = history.getByRole('list', { name: 'Changes' });
    await expect.poll(() => list.textContent()).toContain('Merged a colleague’s file — bea.csms');

    await assessors.selectOption({ label: 'Bea Novak' });
    await expect.poll(() => list.textContent()).toContain(BEA_SCADA);
    await carl.screenshot('93-merge-history-bea');
    await assessors.selectOption({ label: 'Ana Ruiz' });
    await expect.poll(() => list.textContent()).toContain(ANA_ASSET);
    await history.getByRole('button', { name: 'Close' }).click();
  });

  it('restoring the before-merge snapshot takes the merge back', async () => {
    const { page } = carl;
    await page.getByRole('button', { name: 'Snapshots', exact: true }).click();
    const snapshots = page.getByRole('dialog', { name: 'Snapshots' });
    const row = snapshots.getByRole('row').filter({ hasText: 'Before a merge' });
    await row.getByRole('button', { name: /^Restore the snapshot of/ }).click();
    await page.getByRole('dialog', { name: 'Restore this snapshot?' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Restored the snapshot.' }).count()).toBe(1);

    await expect.poll(async () => (await zone(page, 'SCADA')).description).toBe(start.scadaDescription);
    const assets = await readAssets(page);
    expect(assets.find((a) => a.name === start.asset)?.criticality).toBe(ANA_CRITICALITY);
    expect(assets.some((a) => a.name === ANA_ASSET)).toBe(true);
    expect((await answers(page)).has(start.r2)).toBe(false);
    await page.keyboard.press('Alt+3');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill(start.asset);
    await expect.poll(() => assetRow(page, start.asset).locator('[data-field="criticality"]').textContent()).toBe('Critical');
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('');
  });

  it('merging Bea’s file again from the open-assessment bar brings nothing back: what the restore undid stays undone', async () => {
    const { page } = carl;
    carl.dialogs.opens.push(files.bea);
    await page.getByRole('button', { name: 'Merge a colleague’s file…' }).click();
    const unlock = page.getByRole('dialog', { name: 'Open “bea.csms”' });
    await unlock.getByLabel('Passphrase').fill(BEA_PASSPHRASE);
    await unlock.getByRole('button', { name: 'Open' }).click();
    await expect
      .poll(() => page.getByRole('status').filter({ hasText: 'Nothing to merge' }).textContent())
      .toContain(`Nothing to merge: “${NAME}” already knows every change in “bea.csms”.`);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
    await expect.poll(() => readStore(page, 'assessments')).toHaveLength(1);
    expect((await zone(page, 'SCADA')).description).toBe(start.scadaDescription);
    expect((await answers(page)).has(start.r2)).toBe(false);
    expect(carl.pageErrors).toEqual([]);
    expect(carl.offOriginRequests).toEqual([]);
  });
});

/** Sets one criticality on every asset through the inventory's bulk edit. */
async function setAllCriticalities(page: Page, criticality: string) {
  await page.keyboard.press('Alt+3');
  await grid(page).getByRole('checkbox', { name: 'Select all shown assets' }).check();
  await page.getByRole('region', { name: 'Bulk edit' }).getByRole('combobox', { name: 'Criticality' }).selectOption(criticality);
  await expect.poll(async () => (await readAssets(page)).every((a) => a.criticality === criticality)).toBe(true);
}

describe('hundreds of conflicts in Chromium', () => {
  it('lists them by record, settles them all at once or one by one far down the list, and merges', async () => {
    const ana = await launchApp();
    let conflicting = 0;
    /** Assets only Bea changes (Ana's edit leaves them as they were): hers to keep without asking. */
    let onlyBeas: string[] = [];
    let deleted: string | undefined;
    try {
      await setProfileName(ana, 'Ana Ruiz');
      await importAndOpen(ana, files.start);
      const start = await readAssets(ana.page);
      conflicting = start.filter((a) => a.criticality !== 'critical' && a.criticality !== 'low').length;
      const critical = start.filter((a) => a.criticality === 'critical').map((a) => String(a.name));
      // One of them Ana deletes, while Bea changes it: a deletion in conflict.
      [deleted, ...onlyBeas] = critical;
      await setAllCriticalities(ana.page, 'critical');
      await grid(ana.page).getByRole('checkbox', { name: 'Select all shown assets' }).uncheck();
      await ana.page.getByRole('searchbox', { name: 'Search assets' }).fill(deleted!);
      await grid(ana.page).getByRole('checkbox', { name: 'Select all shown assets' }).check();
      await ana.page.getByRole('region', { name: 'Bulk edit' }).getByRole('button', { name: 'Delete selected' }).click();
      await ana.page.getByRole('dialog', { name: 'Delete the selected assets?' }).getByRole('button', { name: 'Delete 1' }).click();
      await expect.poll(async () => (await readAssets(ana.page)).some((a) => a.name === deleted)).toBe(false);
      await exportOpen(ana, files.allCritical);
    } finally {
      await ana.close();
    }

    const bea = await launchApp();
    try {
      const { page } = bea;
      await setProfileName(bea, 'Bea Novak');
      await importAndOpen(bea, files.start);
      await setAllCriticalities(page, 'low');
      bea.dialogs.opens.push(files.allCritical);
      await page.getByRole('button', { name: 'Merge a colleague’s file…' }).click();
      const dialog = page.getByRole('dialog', { name: `Merge “all-critical.csms” into “${NAME}”` });
      const conflicts = dialog.getByRole('region', { name: 'Conflicts' });
      expect(conflicting).toBeGreaterThan(200);
      const total = conflicting + 1;
      await expect.poll(() => conflicts.getByRole('heading', { level: 3 }).textContent()).toMatch(new RegExp(`^${total} conflicts:`));
      await expect.poll(() => conflicts.getByRole('radiogroup').count()).toBe(total);
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`0 of ${total} conflicts settled`);

      const deletion = conflicts.getByRole('radiogroup', { name: `The whole record of Asset “${deleted}”` });
      await deletion.scrollIntoViewIfNeeded();
      await expect.poll(() => deletion.locator('[data-side="local"]').textContent()).toMatch(/^Keep itChanged by Bea Novak, \d/);
      await expect.poll(() => deletion.locator('[data-side="incoming"]').textContent()).toMatch(/^Delete itDeleted by Ana Ruiz, \d/);
      await bea.screenshot('94-merge-deletion-conflict');

      await dialog.getByRole('button', { name: 'Take all theirs' }).click();
      await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`${total} of ${total} conflicts settled`);
      // The last conflict, far down the list, chosen on its own.
      const last = conflicts.getByRole('radiogroup').last();
      await last.scrollIntoViewIfNeeded();
      await last.locator('[data-side="local"]').click();
      await expect.poll(() => last.getByRole('radio', { name: /^Keep yours/ }).isChecked()).toBe(true);
      await bea.screenshot('95-merge-many-conflicts');
      const keptName = (await last.getAttribute('aria-label'))!.match(/Asset “(.+)”$/)![1];

      await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Merged' }).last().textContent()).toContain(`${total} conflicts settled`);
      const assets = await readAssets(page);
      expect(assets.some((a) => a.name === deleted)).toBe(false);
      const low = assets.filter((a) => a.criticality === 'low').map((a) => a.name);
      expect(low.sort()).toEqual([...onlyBeas, keptName].sort());
      expect(assets.filter((a) => a.criticality === 'critical')).toHaveLength(assets.length - low.length);
      expect(bea.pageErrors).toEqual([]);
    } finally {
      await bea.close();
    }
  });
});
