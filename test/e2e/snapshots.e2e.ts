import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_URL, launchApp, openSample, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

/** Local snapshots of the sample in Chromium: taken, restored after a change, still restored after a reload. */
describe('snapshots in Chromium', () => {
  // One story: each step restores or counts the snapshots the steps before took.
  stepsOfOneStory();
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
    await openSample(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });

  const dialog = () => app.page.getByRole('dialog', { name: 'Snapshots' });
  const rows = () => dialog().getByRole('table', { name: 'Snapshots' }).getByRole('row');
  const zoneNames = async () => (await readStore(app.page, 'zones')).map((z) => z.name).sort();
  const openSnapshots = () => app.page.getByRole('button', { name: 'Snapshots', exact: true }).click();

  it('takes a snapshot by hand and lists it with its time, reason, size and contents', async () => {
    const { page } = app;
    expect((await readAssets(page)).length).toBe(295);
    await openSnapshots();
    await expect.poll(() => dialog().getByRole('region', { name: 'No snapshots yet' }).isVisible()).toBe(true);
    await dialog().getByRole('button', { name: 'Take snapshot now' }).click();
    await expect.poll(() => rows().count()).toBe(2);
    await expect.poll(() => rows().nth(1).textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d\d:\d\d:\d\dBy hand295 assets · 6 zones · 7 conduits · 75 answers · 56 findings · 12 risks · 8 actions[\d.]+ KBRestore…Delete$/);
    await dialog().getByRole('button', { name: 'Close' }).click();
    // The notice sits outside the modal dialog, so it is reachable once the dialog is closed.
    await expect.poll(() => page.getByRole('status').filter({ hasText: /^Took a snapshot \([\d.]+ KB\)\./ }).isVisible()).toBe(true);
    const [stored] = await readStore(page, 'snapshots');
    expect(stored).toMatchObject({ reason: 'manual', counts: { assets: 295, zones: 6 } });
    const [data] = await readStore(page, 'snapshotData');
    expect((data!.bytes as Uint8Array).byteLength).toBe(stored!.size);
  });

  it('restores the snapshot after a zone was renamed, and the old state survives a reload', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Edit zone Enterprise' }).click();
    const edit = page.getByRole('dialog', { name: 'Edit zone “Enterprise”' });
    await edit.getByLabel('Zone name *').fill('Corporate');
    await edit.getByRole('button', { name: 'Save zone' }).click();
    await expect.poll(zoneNames).toContain('Corporate');
    const enterpriseAssets = (await readAssets(page)).filter((a) => a.zone === 'Corporate').length;
    expect(enterpriseAssets).toBeGreaterThan(0);

    await openSnapshots();
    await rows().nth(1).getByRole('button', { name: /^Restore the snapshot of/ }).click();
    const confirm = page.getByRole('dialog', { name: 'Restore this snapshot?' });
    await expect.poll(() => confirm.textContent()).toContain('295 assets · 6 zones');
    await app.screenshot('80-snapshots-restore-confirm');
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Restored the snapshot.' }).count()).toBe(1);
    await expect.poll(zoneNames).toContain('Enterprise');
    await expect.poll(zoneNames).not.toContain('Corporate');
    expect((await readAssets(page)).filter((a) => a.zone === 'Enterprise')).toHaveLength(enterpriseAssets);
    await page.getByRole('table', { name: 'Zones' }).getByText('Enterprise', { exact: true }).waitFor();

    await page.goto(APP_URL);
    await page.getByTestId('open-assessment-name').waitFor();
    await page.keyboard.press('Alt+2');
    await page.getByRole('table', { name: 'Zones' }).getByText('Enterprise', { exact: true }).waitFor();
    await expect.poll(() => page.getByRole('table', { name: 'Zones' }).getByText('Corporate', { exact: true }).count()).toBe(0);
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.getByRole('grid', { name: 'Asset inventory' }).getAttribute('aria-rowcount')).toBe('296');

    await openSnapshots();
    await expect.poll(() => rows().count()).toBe(3);
    await expect.poll(() => rows().nth(1).textContent()).toContain('Before a restore');
    await expect.poll(() => rows().nth(2).textContent()).toContain('By hand');
    await app.screenshot('80-snapshots-dialog');
    await dialog().getByRole('button', { name: 'Close' }).click();
    expect(app.pageErrors).toEqual([]);
  });

  it('snapshots before a bulk delete on its own, and restoring it brings the assets back', async () => {
    const { page } = app;
    const grid = page.getByRole('grid', { name: 'Asset inventory' });
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('PLC-0');
    await expect.poll(() => grid.getAttribute('aria-rowcount')).not.toBe('296');
    await grid.getByRole('checkbox', { name: 'Select all shown assets' }).check();
    const bulk = page.getByRole('region', { name: 'Bulk edit' });
    await bulk.getByRole('button', { name: 'Delete selected' }).click();
    await page.getByRole('dialog', { name: 'Delete the selected assets?' }).getByRole('button', { name: /^Delete \d+$/ }).click();
    await expect.poll(async () => (await readAssets(page)).length).toBeLessThan(295);
    await page.getByRole('searchbox', { name: 'Search assets' }).fill('');

    await openSnapshots();
    await expect.poll(() => rows().count()).toBe(4);
    await expect.poll(() => rows().nth(1).textContent()).toContain('Before a bulk edit295 assets');
    await rows().nth(1).getByRole('button', { name: /^Restore the snapshot of/ }).click();
    await page.getByRole('dialog', { name: 'Restore this snapshot?' }).getByRole('button', { name: 'Restore' }).click();
    await expect.poll(async () => (await readAssets(page)).length).toBe(295);
    await expect.poll(() => grid.getAttribute('aria-rowcount')).toBe('296');
  });

  it('warns in the status bar, beyond grey text, while the browser has not made the storage persistent', async () => {
    const { page } = app;
    const statusLine = page.getByTestId('storage-status');
    await expect.poll(() => statusLine.textContent()).toMatch(/· (persistent|not persistent)/);
    const status = (await statusLine.textContent()) ?? '';
    const warnings = page.getByTestId('storage-warnings');
    // Headless Chromium decides persistence itself: the banner must agree with what the status line reports.
    if (status.includes('not persistent'))
      await expect.poll(() => warnings.textContent()).toContain('The browser has not granted persistent storage: it may delete this data under storage pressure.');
    else await expect.poll(() => warnings.count()).toBe(0);
  });
});
