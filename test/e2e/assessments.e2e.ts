import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchApp, type AppSession } from './harness';
import { readStore } from './idb';
import { stepsOfOneStory } from './story';

const SITE = {
  name: 'Riverside Water Treatment Works',
  organisation: 'Riverside Water Ltd',
  location: 'Łódź, Poland',
  assessors: 'Ana Ruiz, Jürgen Weiß',
  startDate: '2026-11-20',
  endDate: '2026-11-24',
};

function csms(...args: string[]) {
  return spawnSync(process.execPath, ['electron/cli/launch.mjs', ...args], { encoding: 'utf8' });
}

describe('assessments end to end in Chromium', () => {
  // One story: each step works on the assessments the steps before created, as in an assessor's session.
  stepsOfOneStory();
  let app: AppSession;
  let exported = '';
  let originalId = '';

  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const row = (name: string) => app.page.getByRole('row').filter({ has: app.page.getByRole('button', { name, exact: true }) });
  /** Picks an action from the row's "More" menu, as a user would. */
  const more = async (name: string, action: string) => {
    await row(name).getByRole('button', { name: `More actions for ${name}` }).click();
    await app.page.getByRole('menu', { name: `More actions for ${name}` }).getByRole('menuitem', { name: action }).click();
  };

  it('starts on an honest empty state, and every workflow screen says what it needs', async () => {
    const { page } = app;
    await expect.poll(() => page.getByRole('heading', { name: 'No assessments yet' }).isVisible()).toBe(true);
    await app.screenshot('01-assessments-empty');
    await page.getByRole('button', { name: /Risks/ }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Open an assessment first' }).isVisible()).toBe(true);
    await app.screenshot('02-risks-without-assessment');
    await page.getByRole('button', { name: 'Go to assessments' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Assessments', level: 1 }).isVisible()).toBe(true);
  });

  it('creates an assessment from the form, opens it, and keeps it across a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'New assessment' }).click();
    const dialog = page.getByRole('dialog', { name: 'New assessment' });
    await dialog.getByRole('button', { name: 'Create assessment' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('Site or plant name is required');
    await dialog.getByLabel('Site or plant name *').fill(SITE.name);
    await dialog.getByLabel('Organisation').fill(SITE.organisation);
    await dialog.getByLabel('Location').fill(SITE.location);
    await dialog.getByLabel('Sector').selectOption('water');
    await dialog.getByLabel('Assessors').fill(SITE.assessors);
    await dialog.getByLabel('Start date').fill(SITE.startDate);
    await dialog.getByLabel('End date').fill(SITE.endDate);
    await dialog.getByLabel(/edition 1/).check();
    await app.screenshot('03-new-assessment-form');
    await dialog.getByRole('button', { name: 'Create assessment' }).click();

    await expect.poll(() => page.getByTestId('open-assessment-name').textContent()).toBe(SITE.name);
    await expect.poll(() => page.getByRole('heading', { name: 'Scope', level: 1 }).isVisible()).toBe(true);
    await app.screenshot('04-scope-planned');

    const [stored] = await readStore(page, 'assessments');
    expect(stored).toMatchObject({
      ...SITE,
      assessors: ['Ana Ruiz', 'Jürgen Weiß'],
      sector: 'water',
      edition: '2-1:2010',
    });
    originalId = String(stored?.id);

    await page.reload();
    await expect.poll(() => page.getByTestId('open-assessment-name').textContent()).toBe(SITE.name);
    await page.getByRole('button', { name: /Assessments/ }).first().click();
    await expect.poll(() => row(SITE.name).textContent()).toContain('Riverside Water Ltd');
    await expect.poll(() => row(SITE.name).textContent()).toContain('2-1:2010 (ed. 1)');
    await app.screenshot('05-assessments-list');
  });

  it('moves through the workflow by keyboard (Alt+1..6) and shows each screen', async () => {
    const { page } = app;
    const screens = [
      ['Alt+2', 'Scope'],
      ['Alt+3', 'Asset inventory'],
      ['Alt+4', 'CSMS assessment'],
      ['Alt+5', 'Risk analysis'],
      ['Alt+6', 'Reports'],
    ] as const;
    for (const [keys, heading] of screens) {
      await page.keyboard.press(keys);
      await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe(heading);
      await app.screenshot(`06-${heading.toLowerCase().replace(/\s+/g, '-')}`);
    }
    await page.keyboard.press('Alt+1');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Assessments');
  });

  it('renames an assessment and the new name survives a reload', async () => {
    const { page } = app;
    await more(SITE.name, 'Rename…');
    const input = page.getByRole('dialog', { name: 'Rename assessment' }).getByLabel('Name');
    await input.fill('Riverside WTW – Stage 2');
    await input.press('Enter');
    await expect.poll(() => row('Riverside WTW – Stage 2').count()).toBe(1);
    await page.reload();
    await expect.poll(() => row('Riverside WTW – Stage 2').count()).toBe(1);
    await expect.poll(() => row(SITE.name).count()).toBe(0);
  });

  it('edits the details from the row menu; Esc closes the menu without acting', async () => {
    const { page } = app;
    const name = 'Riverside WTW – Stage 2';
    await row(name).getByRole('button', { name: `More actions for ${name}` }).click();
    const menu = page.getByRole('menu', { name: `More actions for ${name}` });
    await expect.poll(() => menu.isVisible()).toBe(true);
    await app.screenshot('05b-row-menu');
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.isVisible()).toBe(false);

    await more(name, 'Details…');
    const dialog = page.getByRole('dialog', { name: 'Assessment details' });
    await expect.poll(() => dialog.getByLabel('Assessors').inputValue()).toBe(SITE.assessors);
    await dialog.getByLabel(/edition 2/).check();
    await dialog.getByLabel('End date').fill('2026-11-10');
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => dialog.getByRole('alert').textContent()).toBe('End date is before the start date');
    await dialog.getByLabel('End date').fill(SITE.endDate);
    await dialog.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => row(name).textContent()).toContain('2-1:2024 (ed. 2)');
    expect((await readStore(page, 'assessments'))[0]).toMatchObject({ edition: '2-1:2024', endDate: SITE.endDate });
  });

  it('duplicates an assessment under a new id', async () => {
    const { page } = app;
    await more('Riverside WTW – Stage 2', 'Duplicate');
    await expect.poll(() => row('Riverside WTW – Stage 2 (copy)').count()).toBe(1);
    const stored = await readStore(page, 'assessments');
    expect(stored).toHaveLength(2);
    expect(new Set(stored.map((a) => a.id)).size).toBe(2);
  });

  it('exports to a .csms file on disk that the CLI can inspect', async () => {
    const { page } = app;
    exported = join(app.workDir, 'riverside.csms');
    app.dialogs.saves.push(exported.replace(/\.csms$/, ''));
    await row('Riverside WTW – Stage 2').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export “Riverside WTW – Stage 2”' });
    await dialog.getByRole('radio', { name: /No passphrase/ }).check();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Exported' }).last().textContent()).toContain(`to ${exported}`);
    expect(existsSync(exported)).toBe(true);
    expect(readFileSync(exported).subarray(0, 2).toString()).toBe('PK');

    const inspected = csms('inspect', exported, '--json');
    expect(inspected.stderr).toBe('');
    expect(inspected.status).toBe(0);
    const summary = JSON.parse(inspected.stdout);
    expect(summary.assessment).toMatchObject({ id: originalId, name: 'Riverside WTW – Stage 2', organisation: SITE.organisation });
    expect(summary.counts).toMatchObject({ zones: 0, assets: 0, evidence: 0 });
    await app.screenshot('07-exported');
  });

  it('asks before replacing a file whose name was typed without its extension, and keeps it when told to', async () => {
    const { page } = app;
    const before = readFileSync(exported);
    // The same name typed again without “.csms”: the platform's prompt judged “riverside”, so the app asks.
    app.dialogs.saves.push(exported.replace(/\.csms$/, ''), null);
    app.dialogs.replaceAnswers.push(1);
    await row('Riverside WTW – Stage 2').getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export “Riverside WTW – Stage 2”' });
    await dialog.getByRole('radio', { name: /No passphrase/ }).check();
    await dialog.getByRole('button', { name: 'Choose where to save…' }).click();
    // “Choose another name”, then Cancel in the dialog opened again: nothing written.
    await expect.poll(() => app.dialogs.saves.length).toBe(0);
    await expect.poll(() => app.dialogs.replaceAnswers.length).toBe(0);
    expect(readFileSync(exported).equals(before)).toBe(true);
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  });

  it('imports the exported file back: a copy here, the same ids on another laptop', async () => {
    const { page } = app;
    app.dialogs.opens.push(exported);
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    // The assessment is already here: the app offers to merge; a copy is the other choice.
    await page.getByRole('dialog', { name: 'Import “riverside.csms”' }).getByRole('button', { name: 'Import as a separate copy' }).click();
    await expect.poll(() => row('Riverside WTW – Stage 2 (imported copy)').count()).toBe(1);
    const stored = await readStore(page, 'assessments');
    const original = stored.find((a) => a.id === originalId)!;
    const copy = stored.find((a) => a.name === 'Riverside WTW – Stage 2 (imported copy)')!;
    const details = ({ id: _i, name: _n, createdAt: _c, updatedAt: _u, ...rest }: Record<string, unknown>) => rest;
    expect(details(copy)).toEqual(details(original));
    expect(copy.id).not.toBe(originalId);

    const other = await launchApp();
    try {
      other.dialogs.opens.push(exported);
      await other.page.getByRole('button', { name: 'Import .csms file…' }).click();
      await expect.poll(async () => (await readStore(other.page, 'assessments')).length).toBe(1);
      const [imported] = await readStore(other.page, 'assessments');
      expect(imported).toEqual(original);
      expect(other.offOriginRequests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses a foreign file and a damaged file with a clear message, changing nothing stored', async () => {
    const { page } = app;
    const before = await readStore(page, 'assessments');
    const foreign = join(app.workDir, 'notes.csms');
    writeFileSync(foreign, 'meeting notes, not an assessment\n');
    const damaged = join(app.workDir, 'damaged.csms');
    const bytes = readFileSync(exported);
    writeFileSync(damaged, bytes.subarray(0, Math.floor(bytes.length / 2)));

    app.dialogs.opens.push(foreign);
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toMatch(/“notes\.csms”: .*not a CSMS Assessor file/);
    await app.screenshot('08-import-foreign-file');

    app.dialogs.opens.push(damaged);
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    await expect.poll(() => page.getByRole('alert').last().textContent()).toMatch(/“damaged\.csms”: .*damaged/i);
    await expect.poll(() => readStore(page, 'assessments')).toEqual(before);

    const cli = csms('inspect', damaged, '--json');
    expect(cli.status).toBe(2);
    expect(cli.stdout).toBe('');
    expect(cli.stderr.trim().split('\n')).toHaveLength(1);
    expect(cli.stderr).toMatch(/damaged/i);
  });

  it('deletes only after confirmation', async () => {
    const { page } = app;
    const name = 'Riverside WTW – Stage 2 (copy)';
    await more(name, 'Delete…');
    const dialog = page.getByRole('dialog', { name: 'Delete assessment?' });
    await expect.poll(() => dialog.textContent()).toContain('cannot be undone');
    await app.screenshot('09-delete-confirmation');
    await dialog.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => row(name).count()).toBe(1);

    await more(name, 'Delete…');
    await page.getByRole('dialog', { name: 'Delete assessment?' }).getByRole('button', { name: 'Delete permanently' }).click();
    await expect.poll(() => row(name).count()).toBe(0);
    const names = (await readStore(page, 'assessments')).map((a) => a.name).sort();
    expect(names).toEqual(['Riverside WTW – Stage 2', 'Riverside WTW – Stage 2 (imported copy)']);
  });

  it('creates an assessment from the keyboard alone (Ctrl+N, type, Enter)', async () => {
    const { page } = app;
    await page.keyboard.press('Control+N');
    await page.keyboard.type('Keyboard Plant');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('open-assessment-name').textContent()).toBe('Keyboard Plant');
  });

  it('never sent a request outside the app and logged no page errors', () => {
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(statSync(exported).size).toBeGreaterThan(0);
    expect(app.page.url()).toBe(APP_URL);
  });
});
