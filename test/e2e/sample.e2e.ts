import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchApp, type AppSession } from './harness';
import { readAssets, readStore } from './idb';
import { stepsOfOneStory } from './story';

/** The sample assessment opened from the home screen, walked through every step with its real data. */
describe('the sample assessment in Chromium', () => {
  // One story: the screens checked are those of the sample the first step opened.
  stepsOfOneStory();
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('opens from the Assessments home and lands on its scope', async () => {
    const { page } = app;
    await page.getByRole('button', { name: 'Open sample' }).click();
    await expect.poll(() => page.getByTestId('open-assessment-name').textContent()).toBe('Riverside Water Treatment Works');
    await expect.poll(() => page.getByRole('heading', { name: 'Scope', level: 1 }).isVisible()).toBe(true);
    await expect.poll(() => page.getByRole('table', { name: 'Zones' }).getByRole('row').count()).toBe(7);
    await expect.poll(() => page.locator('figure svg').textContent()).toContain('Chemical dosing');
    await app.screenshot('60-sample-scope');
    expect((await readAssets(page)).length).toBe(295);
  });

  it('shows its inventory, answers, findings and risks on their screens', async () => {
    const { page } = app;
    await page.keyboard.press('Alt+3');
    await expect.poll(() => page.getByRole('grid', { name: 'Asset inventory' }).getAttribute('aria-rowcount')).toBe('296');
    await app.screenshot('61-sample-assets');

    await page.keyboard.press('Alt+4');
    await expect.poll(() => page.getByText(/\d+ of \d+ applicable requirements answered/).isVisible()).toBe(true);
    await page.getByRole('tab', { name: 'Dashboard' }).click();
    await app.screenshot('62-sample-dashboard');
    await page.getByRole('tab', { name: /^Findings/ }).click();
    await expect.poll(() => page.getByRole('tab', { name: /^Findings/ }).textContent()).toBe('Findings (56)');

    await page.keyboard.press('Alt+5');
    await expect.poll(() => page.getByRole('tab', { name: /^Register/ }).textContent()).toBe('Register (12)');
    await page.getByRole('tab', { name: 'Heat maps' }).click();
    await app.screenshot('63-sample-heat-maps');
    await expect.poll(() => readStore(page, 'risks')).toHaveLength(12);
    expect(app.offOriginRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });
});
