import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, createAssessment, launchApp, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

/** Audit entries as the app stores them (renderer/db/audit-log.ts): `recordIds` indexes each record's history. */
type StoredEntry = Record<string, unknown> & { recordIds: string[] };

/** Adds entries straight into the page's trail, standing in for a colleague's merged work and a long-running assessment. */
function putEntries(page: Page, entries: StoredEntry[]): Promise<void> {
  return page.evaluate(
    (values) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('csms-assessor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('audit', 'readwrite');
          for (const value of values) tx.objectStore('audit').put(value);
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}

const JURGEN = { id: randomUUID(), name: 'Jürgen Weiß' };
/** How long to wait for a long trail to be read. */
const READING = { timeout: 20_000 };

function colleagueEntry(assessmentId: string, by: { id: string; name: string }, seq: number, at: string, changes: Record<string, unknown>[], extra: Record<string, unknown> = {}): StoredEntry {
  return {
    id: randomUUID(),
    assessmentId,
    replica: `replica-of-${by.id}`,
    seq,
    known: { [`replica-of-${by.id}`]: seq },
    at,
    by,
    action: 'edit',
    changes,
    recordIds: [...new Set(changes.map((c) => c.recordId as string))],
    ...extra,
  };
}

/**
 * The assessor profile and the audit trail in Chromium: the name is set once per laptop, every edit is listed with
 * who, when, field, old and new value, per record too, filters narrow it, a long trail stays usable, and the
 * profile survives a reload.
 */
describe('audit trail in Chromium', () => {
  // One story: each step reads the trail the steps before wrote.
  stepsOfOneStory();
  let app: AppSession;
  let assessmentId = '';
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const assessorStatus = () => app.page.getByTestId('assessor-status');
  const history = (name: string | RegExp) => app.page.getByRole('dialog', { name });
  const items = (dialog: ReturnType<typeof history>) => dialog.getByRole('list', { name: 'Changes' }).getByRole('listitem');
  const texts = (dialog: ReturnType<typeof history>) => items(dialog).allTextContents();
  const grid = () => app.page.getByRole('grid', { name: 'Asset inventory' });
  const assetRow = (name: string) => grid().getByRole('row').filter({ has: app.page.getByTitle(name, { exact: true }) });

  async function editCell(asset: string, field: string, label: string, value: string, kind: 'text' | 'choice') {
    await assetRow(asset).locator(`[data-field="${field}"]`).dblclick();
    const editor = kind === 'text' ? assetRow(asset).getByRole('textbox', { name: `Edit ${label}` }) : assetRow(asset).getByRole('combobox', { name: `Edit ${label}` });
    if (kind === 'text') await editor.fill(value);
    else await editor.selectOption(value);
    await editor.press('Enter');
  }

  it('invites the assessor to set a name, without blocking, and records it for this laptop', async () => {
    const { page } = app;
    await expect.poll(() => assessorStatus().textContent()).toBe('Assessor: not set · Set your name');
    await app.screenshot('85-history-01-assessor-unset');
    await assessorStatus().click();
    const dialog = page.getByRole('dialog', { name: 'Assessor on this laptop' });
    await expect.poll(() => dialog.textContent()).toContain('The audit trail and merges name you with every change made on this laptop');
    await expect.poll(() => dialog.getByRole('button', { name: 'Save name' }).isDisabled()).toBe(true);
    await dialog.getByLabel('Your name').fill('Ana Ruiz');
    await app.screenshot('85-history-02-assessor-dialog');
    await dialog.getByRole('button', { name: 'Save name' }).click();
    await expect.poll(() => assessorStatus().textContent()).toBe('Assessor: Ana Ruiz');
    await expect.poll(() => dialog.count()).toBe(0);
    const [profile] = (await readStore(page, 'settings')).filter((s) => s.key === 'profile');
    expect(profile?.value).toMatchObject({ name: 'Ana Ruiz' });
  });

  it('records a zone’s creation and edit, and shows that zone’s history from its form', async () => {
    const { page } = app;
    await createAssessment(page, 'Riverside Water Works');
    assessmentId = String((await readStore(page, 'assessments'))[0]!.id);
    await page.getByRole('button', { name: 'Add zone…' }).click();
    let zone = page.getByRole('dialog', { name: 'New zone' });
    // A record not stored yet has no history.
    await expect.poll(() => zone.getByRole('button', { name: /^History of/ }).count()).toBe(0);
    await zone.getByLabel('Zone name *').fill('Control');
    await zone.getByRole('button', { name: 'Add zone' }).click();
    await page.getByRole('table', { name: 'Zones' }).getByText('Control', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Edit zone Control' }).click();
    zone = page.getByRole('dialog', { name: 'Edit zone “Control”' });
    await zone.getByLabel('Accountable owner').fill('Plant operations');
    await zone.getByLabel('Target security level (SL-T)').selectOption('2');
    await zone.getByRole('button', { name: 'Save zone' }).click();
    await expect.poll(async () => (await readStore(page, 'zones'))[0]?.owner).toBe('Plant operations');

    await page.getByRole('button', { name: 'Edit zone Control' }).click();
    await app.screenshot('85-history-03-zone-form-history-button');
    await zone.getByRole('button', { name: 'History of zone “Control”' }).click();
    const dialog = history('History of zone “Control”');
    await expect.poll(() => items(dialog).count()).toBe(2);
    const [edited, created] = await texts(dialog);
    expect(edited).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\dAna RuizEdited/);
    expect(edited).toContain('Zone “Control” changed');
    expect(edited).toContain('Owner—→Plant operations');
    expect(edited).toContain('SL-T—→2');
    expect(created).toContain('Zone “Control” addedNameControl');
    await app.screenshot('85-history-04-zone-history');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await zone.getByRole('button', { name: 'Cancel' }).click();
  });

  it('records inline edits of assets, and a selected asset’s history holds only its own changes', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+3');
    await page.getByRole('button', { name: 'Add asset' }).click();
    await assetRow('New asset 1').waitFor();
    await page.getByRole('button', { name: 'Add asset' }).click();
    await assetRow('New asset 2').waitFor();
    await editCell('New asset 1', 'name', 'Name / tag', 'PLC-01', 'text');
    await assetRow('PLC-01').waitFor();
    await editCell('PLC-01', 'criticality', 'Criticality', 'high', 'choice');
    await editCell('New asset 2', 'criticality', 'Criticality', 'low', 'choice');
    await expect.poll(async () => (await readAssets(page)).map((a) => [a.name, a.criticality]).sort()).toEqual([
      ['New asset 2', 'low'],
      ['PLC-01', 'high'],
    ]);

    // A colleague's work merged from their file: their name and the file's stand in the history.
    const plc = (await readAssets(page)).find((a) => a.name === 'PLC-01')!;
    const firmware = { op: 'update', table: 'assets', recordId: plc.id, label: 'PLC-01', field: 'firmware', old: '2.1', new: '2.4' };
    await putEntries(page, [colleagueEntry(assessmentId, JURGEN, 1, new Date().toISOString(), [firmware], { action: 'merge', note: 'jurgen-site-b.csms' })]);

    await assetRow('PLC-01').getByRole('checkbox', { name: 'Select PLC-01' }).check();
    await app.screenshot('85-history-05a-asset-selected');
    await page.getByRole('region', { name: 'Bulk edit' }).getByRole('button', { name: 'History of asset “PLC-01”' }).click();
    const dialog = history('History of asset “PLC-01”');
    await expect.poll(() => items(dialog).count()).toBe(4);
    const [merged, criticality, renamed, created] = await texts(dialog);
    expect(merged).toContain('Jürgen WeißMerged a colleague’s file — jurgen-site-b.csms');
    expect(merged).toContain('Firmware2.1→2.4');
    expect(criticality).toContain('Ana Ruiz');
    expect(criticality).toContain('Asset “PLC-01” changed');
    expect(criticality).toContain('Criticality—→High');
    expect(renamed).toContain('Name / tagNew asset 1→PLC-01');
    // A new record is listed with the values it was created with.
    expect(created).toContain('Asset “New asset 1” addedName / tagNew asset 1');
    for (const text of await texts(dialog)) expect(text).not.toContain('New asset 2');
    await app.screenshot('85-history-05-asset-history');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('region', { name: 'Bulk edit' }).getByRole('button', { name: 'Clear selection' }).click();
  });

  it('records an answer and lists every change of the assessment, newest first, with filters', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+4');
    const detail = page.getByRole('article');
    await detail.getByRole('heading', { level: 2 }).waitFor();
    await page.keyboard.press('i');
    await expect.poll(async () => (await readStore(page, 'answers'))[0]?.status).toBe('implemented');
    await page.keyboard.press('Digit3');
    await expect.poll(async () => (await readStore(page, 'answers'))[0]?.achieved).toBe(3);
    await expect.poll(() => detail.getByTestId('answered-by').textContent()).toMatch(/^Ana Ruiz, /);
    await app.screenshot('85-history-05b-answer-panel');
    await detail.getByRole('button', { name: 'History of the answer to GOV-01' }).click();
    const answer = history('History of the answer to GOV-01');
    await expect.poll(() => texts(answer)).toEqual([
      expect.stringContaining('Achieved maturity—→3 · Defined'),
      expect.stringContaining('Answer “GOV-01” added'),
    ]);
    await answer.getByRole('button', { name: 'Close' }).click();

    await page.getByRole('button', { name: 'Assessment history' }).click();
    const dialog = history('Assessment history');
    await expect.poll(() => items(dialog).count()).toBeGreaterThanOrEqual(10);
    const all = await texts(dialog);
    const position = (text: string) => all.findIndex((t) => t.includes(text));
    // Newest first: the answer, the colleague's merge, the assets, the zone, the assessment itself.
    const order = [
      'Achieved maturity—→3 · Defined',
      'Answer “GOV-01” added',
      'jurgen-site-b.csms',
      'Asset “New asset 2” changed',
      'Criticality—→High',
      'Name / tagNew asset 1→PLC-01',
      'Asset “New asset 2” added',
      'Asset “New asset 1” added',
      'Owner—→Plant operations',
      'Zone “Control” added',
      'Assessment “Riverside Water Works” added',
    ].map(position);
    expect(order.every((p) => p >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(all.filter((t) => !t.includes('jurgen-site-b.csms')).every((t) => t.includes('Ana Ruiz'))).toBe(true);
    const total = all.length;
    await expect.poll(() => dialog.getByTestId('history-count').textContent()).toBe(`${total} entries`);
    await app.screenshot('85-history-06-assessment-history');

    await dialog.getByLabel('Filter by kind of record').selectOption({ label: 'Zones' });
    await expect.poll(() => texts(dialog)).toEqual([expect.stringContaining('Owner—→Plant operations'), expect.stringContaining('Zone “Control” added')]);
    await expect.poll(() => dialog.getByTestId('history-count').textContent()).toBe(`2 of ${total} entries`);
    await dialog.getByLabel('Filter by kind of record').selectOption({ label: 'Assets' });
    await expect.poll(() => items(dialog).count()).toBe(6);

    await dialog.getByLabel('Filter by assessor').selectOption({ label: 'Jürgen Weiß' });
    await expect.poll(() => texts(dialog)).toEqual([expect.stringContaining('Firmware2.1→2.4')]);
    await dialog.getByLabel('Filter by assessor').selectOption({ label: 'All assessors' });
    await dialog.getByLabel('Filter by kind of record').selectOption({ label: 'All kinds of record' });

    // Text search reads values in words ("High", not "high") and the merged file's name.
    await dialog.getByRole('searchbox', { name: 'Search the history' }).fill('criticality high');
    await expect.poll(() => texts(dialog)).toEqual([expect.stringContaining('Asset “PLC-01” changed')]);
    await dialog.getByRole('searchbox', { name: 'Search the history' }).fill('jurgen-site-b');
    await expect.poll(() => items(dialog).count()).toBe(1);
    await dialog.getByRole('searchbox', { name: 'Search the history' }).fill('no such change anywhere');
    await expect.poll(() => dialog.getByText('No entry matches these filters.').isVisible()).toBe(true);
    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('keeps a trail of twenty thousand entries usable: virtualised, filtered, long values opened on demand', async () => {
    const { page } = app;
    const unnamed = { id: randomUUID(), name: '' };
    const start = Date.parse('2020-01-05T08:00:00.000Z');
    const long = 'The vendor connects through the VPN gateway and a jump host; sessions are recorded and approved each time by the shift lead. '.repeat(2);
    const entries = Array.from({ length: 20_000 }, (_, i) => {
      const by = i % 2 === 0 ? JURGEN : unnamed;
      const recordId = randomUUID();
      const label = `PUMP-${String(i).padStart(5, '0')}`;
      const change = i === 7 ? { op: 'update', table: 'assets', recordId, label, field: 'notes', old: '', new: long } : { op: 'create', table: 'assets', recordId, label };
      return colleagueEntry(assessmentId, by, i + 1, new Date(start + i * 60_000).toISOString(), [change], { action: i === 7 ? 'edit' : 'create' });
    });
    await putEntries(page, entries);

    await page.getByRole('button', { name: 'Assessment history' }).click();
    const dialog = history('Assessment history');
    // Reading twenty thousand entries from IndexedDB takes a moment on a busy machine.
    await expect.poll(() => dialog.getByTestId('history-count').textContent(), READING).toMatch(/^20,0\d\d entries$/);
    // Only what is in view (and a little more) is in the page.
    await expect.poll(() => items(dialog).count()).toBeLessThan(40);

    await dialog.getByLabel('Filter by assessor').selectOption({ label: 'Unnamed assessor' });
    await expect.poll(() => dialog.getByTestId('history-count').textContent()).toMatch(/^10,000 of 20,0\d\d entries$/);
    expect((await texts(dialog))[0]).toContain('Unnamed assessor');

    await dialog.getByRole('searchbox', { name: 'Search the history' }).fill('pump-00007');
    await expect.poll(() => items(dialog).count()).toBe(1);
    const value = items(dialog).first().locator('.history-new');
    await expect.poll(() => value.getAttribute('title')).toBe(long);
    expect(((await value.textContent()) ?? '').length).toBeLessThan(140);
    await value.getByRole('button', { name: 'more' }).click();
    await expect.poll(() => value.textContent()).toContain(long.trim());
    await app.screenshot('85-history-07-long-value');

    await dialog.getByRole('searchbox', { name: 'Search the history' }).fill('');
    await dialog.getByLabel('Filter by assessor').selectOption({ label: 'All assessors' });
    await dialog.locator('.history-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    // The oldest entry is reached at the bottom.
    await expect.poll(async () => (await texts(dialog)).at(-1)).toContain('Asset “PUMP-00000” added');
    await app.screenshot('85-history-08-long-trail-end');
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  it('keeps the profile across a reload, and the trail with it', async () => {
    const { page } = app;
    await page.goto(APP_URL);
    await page.getByTestId('open-assessment-name').waitFor();
    await expect.poll(() => assessorStatus().textContent()).toBe('Assessor: Ana Ruiz');
    await page.getByRole('button', { name: 'Assessment history' }).click();
    await expect.poll(() => history('Assessment history').getByTestId('history-count').textContent(), READING).toMatch(/^20,0\d\d entries$/);
    await history('Assessment history').getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
    expect(app.offOriginRequests).toEqual([]);
  });
});
