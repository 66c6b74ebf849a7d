import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { launchApp, type AppSession } from '../../e2e/harness';
import type { ExpectedValue, MergeFiles } from './make-files';

export interface UiMergeRun {
  /** Import .csms file… → the "Imported" notice: only to show what setting up a run costs. */
  importMs: number;
  /** "Merge a colleague's file…" → the merge dialog showing its plan (main reads and decodes the file, the page reads its own copy from IndexedDB and plans). */
  planShownMs: number;
  /** Merge (after "Keep all mine") → the "Merged" notice (snapshot, the merge in one transaction, the inventory read again). */
  mergeAppliedMs: number;
  /**
   * Time the page waited on main during each timed step (calls through window.csms, timed in the page): for the
   * plan, opening the file: main's read and decode plus the harness's transport (JSON text through a Playwright
   * binding, where Electron would structured-clone the bundle).
   */
  planIpcMs: number;
  mergeIpcMs: number;
  /** The calls made during each step, by name. */
  ipcCalls: { plan: string[]; merge: string[] };
  /** As the dialog's Conflicts heading counts them. */
  conflictsShown: number;
  /** The dialog's Assets row: "1,000 added, 500 changed, – deleted". */
  assetsRow: string;
  notice: string;
  /** Counted in IndexedDB's asset pages after the merge. */
  assetsStored: number;
  /** The inventory grid's data rows after the merge. */
  gridRows: number;
  /** Expected values (conflicts kept as mine, Bea's plain edits taken) the stored assets do not hold. */
  mismatches: string[];
  pageErrors: string[];
}

const ASSESSOR = 'Ana Ruiz';

/** Waits for `ok`, failing at once with the text of an error notice if one shows first. */
async function shownOrAlert(page: Page, ok: Locator, what: string, timeout: number) {
  const alert = page.getByRole('alert');
  await ok.or(alert).first().waitFor({ timeout });
  if (!(await ok.first().isVisible())) throw new Error(`${what}: the app said “${(await alert.first().textContent())?.replace(/×$/, '')}”`);
}

async function setProfileName(app: AppSession, name: string) {
  await app.page.getByTestId('assessor-status').click();
  const dialog = app.page.getByRole('dialog', { name: 'Assessor on this laptop' });
  await dialog.getByLabel('Your name').fill(name);
  await dialog.getByRole('button', { name: 'Save name' }).click();
  await app.page.getByTestId('assessor-status').filter({ hasText: `Assessor: ${name}` }).waitFor();
}

/** The grid's data rows once its aria-rowcount (header included) reaches rows + 1. */
async function gridShows(page: Page, rows: number, timeout: number) {
  await page.waitForFunction((n) => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(n + 1), rows, { timeout });
  return rows;
}

/** Counts the stored assets and checks the expected values, inside the page: 100k assets never cross to Node. */
function checkStored(page: Page, expected: readonly ExpectedValue[]) {
  return page.evaluate(
    (wanted) =>
      new Promise<{ count: number; mismatches: string[] }>((resolve, reject) => {
        const open = indexedDB.open('csms-assessor');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('assetPages', 'readonly').objectStore('assetPages').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            open.result.close();
            const assets = (request.result as { assets: Record<string, unknown>[] }[]).flatMap((p) => p.assets);
            const byId = new Map(assets.map((a) => [a.id, a]));
            const mismatches = wanted
              .filter((w) => byId.get(w.id)?.[w.field] !== w.value)
              .map((w) => `${w.id} ${w.field}: ${JSON.stringify(byId.get(w.id)?.[w.field])}, expected ${JSON.stringify(w.value)}`);
            resolve({ count: assets.length, mismatches });
          };
        };
      }),
    expected,
  );
}

interface IpcCall {
  name: string;
  ms: number;
}
type BenchWindow = { csms: Record<string, (request: unknown) => Promise<unknown>>; __benchIpc: IpcCall[] };

/** Wraps the page's bridge to main so each call's time, as the page waits for it, is kept for takeIpcCalls. */
function timeIpcCalls(page: Page) {
  return page.evaluate(() => {
    const w = window as unknown as BenchWindow;
    const bridge = w.csms;
    const calls: IpcCall[] = [];
    w.__benchIpc = calls;
    w.csms = Object.freeze(
      Object.fromEntries(
        Object.entries(bridge).map(([name, call]) => [
          name,
          async (request: unknown) => {
            const start = performance.now();
            try {
              return await call(request);
            } finally {
              calls.push({ name, ms: performance.now() - start });
            }
          },
        ]),
      ),
    );
  });
}

/** The calls made since the last take. */
const takeIpcCalls = (page: Page) => page.evaluate(() => (window as unknown as BenchWindow).__benchIpc.splice(0));
const sum = (calls: readonly IpcCall[]) => calls.reduce((total, c) => total + c.ms, 0);

/** One merge through the UI in a fresh app with a fresh on-disk profile: import mine, then merge theirs into it. */
export async function measureUiMerge(files: MergeFiles, timeout: number, log: (line: string) => void): Promise<UiMergeRun> {
  const app = await launchApp();
  const { page } = app;
  const name = files.assessmentName;
  const theirs = basename(files.theirs.path);
  try {
    await setProfileName(app, ASSESSOR);
    await page.keyboard.press('Alt+1');
    app.dialogs.opens.push(files.mine.path);
    const importStart = performance.now();
    await page.getByRole('button', { name: 'Import .csms file…' }).click();
    await shownOrAlert(page, page.getByRole('status').filter({ hasText: `Imported “${name}”` }), `Importing ${basename(files.mine.path)}`, timeout);
    const importMs = performance.now() - importStart;
    log(`  imported ${basename(files.mine.path)} in ${(importMs / 1000).toFixed(1)} s; opening the inventory`);
    await page.getByRole('table', { name: 'Assessments' }).getByRole('button', { name, exact: true }).click();
    await page.getByTestId('open-assessment-name').filter({ hasText: name }).waitFor();
    // The inventory held in memory, as when the assessor works on it: the merge reads it again afterwards.
    await page.keyboard.press('Alt+3');
    await gridShows(page, files.assets, timeout);

    await timeIpcCalls(page);
    await takeIpcCalls(page);
    app.dialogs.opens.push(files.theirs.path);
    const dialog = page.getByRole('dialog', { name: `Merge “${theirs}” into “${name}”` });
    const summary = dialog.getByRole('region', { name: 'What the file brings' });
    const planStart = performance.now();
    await page.getByRole('button', { name: 'Merge a colleague’s file…' }).click();
    await shownOrAlert(page, summary, `Planning the merge of ${theirs}`, timeout);
    const planShownMs = performance.now() - planStart;
    const planIpc = await takeIpcCalls(page);
    log(`  plan shown in ${(planShownMs / 1000).toFixed(2)} s, of which ${(sum(planIpc) / 1000).toFixed(2)} s waiting on main (${planIpc.map((c) => c.name).join(', ')})`);

    const heading = dialog.getByRole('region', { name: 'Conflicts' }).getByRole('heading', { level: 3 });
    const conflictsShown = (await heading.count()) ? Number((await heading.textContent())?.match(/^([\d,]+) conflicts?:/)?.[1]?.replaceAll(',', '') ?? NaN) : 0;
    const [added, changed, deleted] = await summary.getByRole('row', { name: /^Assets/ }).getByRole('cell').allTextContents();
    const assetsRow = `${added ?? '–'} added, ${changed ?? '–'} changed, ${deleted ?? '–'} deleted`;
    if (conflictsShown > 0) {
      await dialog.getByRole('button', { name: 'Keep all mine' }).click();
      await dialog.getByRole('status').filter({ hasText: `${conflictsShown} of ${conflictsShown} conflict` }).waitFor();
    }

    const notice = page.getByRole('status').filter({ hasText: `Merged “${theirs}”` });
    await takeIpcCalls(page);
    const mergeStart = performance.now();
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await shownOrAlert(page, notice, `Merging ${theirs}`, timeout);
    const mergeAppliedMs = performance.now() - mergeStart;
    const mergeIpc = await takeIpcCalls(page);
    // Confirmations fade after a while: read it now.
    const noticeText = ((await notice.first().textContent()) ?? '').replace(/×$/, '');
    log(`  merge applied in ${(mergeAppliedMs / 1000).toFixed(2)} s, of which ${(sum(mergeIpc) / 1000).toFixed(2)} s waiting on main; checking what is stored`);

    const gridRows = await gridShows(page, files.mergedAssets, timeout).catch(async () => {
      const shown = await page.locator('[role=grid]').getAttribute('aria-rowcount');
      throw new Error(`The inventory shows ${Number(shown) - 1} assets after the merge, not ${files.mergedAssets}`);
    });
    const stored = await checkStored(page, files.expected);
    return {
      importMs,
      planShownMs,
      mergeAppliedMs,
      planIpcMs: sum(planIpc),
      mergeIpcMs: sum(mergeIpc),
      ipcCalls: { plan: planIpc.map((c) => c.name), merge: mergeIpc.map((c) => c.name) },
      conflictsShown,
      assetsRow,
      notice: noticeText,
      assetsStored: stored.count,
      gridRows,
      mismatches: stored.mismatches,
      pageErrors: [...app.pageErrors],
    };
  } catch (error) {
    const shot = join(mkdtempSync(join(tmpdir(), 'csms-bench-merge-failure-')), 'page.png');
    await page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot: ${shot})`, { cause: error });
  } finally {
    await app.close();
  }
}
