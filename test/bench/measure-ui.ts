import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CDPSession, Locator, Page } from 'playwright-core';
import { createAssessment, launchApp } from '../e2e/harness';
import type { BenchFile } from './generate-files';
import { peakRssOf, rendererPids, resetPeakRss, rssOf } from './proc';

export const PHASES = ['openAnalyse', 'checkRows', 'write', 'gridVisible'] as const;
export type Phase = (typeof PHASES)[number];
export const PHASE_LABELS: Record<Phase, string> = {
  openAnalyse: 'open + analyse',
  checkRows: 'check rows',
  write: 'write',
  gridVisible: 'grid visible',
};

export interface UiRun {
  rows: number;
  format: BenchFile['format'];
  /** From the click on "Import spreadsheet…" to the grid's aria-rowcount reaching rows + 1. */
  totalMs: number;
  phasesMs: Record<Phase, number>;
  /** Longest gap between the page's 16 ms heartbeats in each phase: how long the UI could not respond. */
  longestStallMs: Record<Phase, number>;
  /** Peak of JSHeapUsedSize (CDP Performance.getMetrics, sampled every 250 ms; a blocked page answers late). */
  jsHeapPeakBytes: number | null;
  jsHeapSamples: number;
  /** Peak RSS (VmHWM) of the Chromium renderer process(es) during the import. */
  rendererPeakRssBytes: number | null;
  /** vmhwm: the kernel's peak since the click (exact); sampled: the largest of the 250 ms RSS samples. */
  rendererRssMethod: 'vmhwm' | 'sampled';
  /** Peak RSS of this Node process, where the harness runs the main-process handlers. */
  nodePeakRssBytes: number | null;
  /** RSS just before the click, to tell the import's share from the baseline (app loaded, bench, Playwright). */
  rendererRssBeforeBytes: number | null;
  nodeRssBeforeBytes: number;
  pageErrors: string[];
}

const SAMPLE_MS = 250;
const HEARTBEAT_MS = 16;
const POLL_MS = 15;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Beat {
  last: number;
  max: number;
}
type BeatWindow = { __benchBeat?: Beat };

function installHeartbeat(page: Page) {
  return page.evaluate((interval) => {
    const beat = { last: performance.now(), max: 0 };
    (window as unknown as BeatWindow).__benchBeat = beat;
    window.setInterval(() => {
      const now = performance.now();
      beat.max = Math.max(beat.max, now - beat.last);
      beat.last = now;
    }, interval);
  }, HEARTBEAT_MS);
}

/** The longest gap since the last call, counting the one still open; the page answering proves it is free now. */
function takeLongestStall(page: Page) {
  return page.evaluate(() => {
    const beat = (window as unknown as BeatWindow).__benchBeat!;
    const now = performance.now();
    const longest = Math.max(beat.max, now - beat.last);
    beat.max = 0;
    beat.last = now;
    return longest;
  });
}

/** Samples renderer JS heap (CDP) and renderer/Node RSS until stopped. */
function startSampler(cdp: CDPSession) {
  let running = true;
  let jsHeapPeak = 0;
  let jsHeapSamples = 0;
  let nodeRssPeak = 0;
  let rendererRssPeak = 0;
  const renderers = rendererPids();
  const heapLoop = (async () => {
    while (running) {
      try {
        const { metrics } = await cdp.send('Performance.getMetrics');
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
        if (used !== undefined) {
          jsHeapPeak = Math.max(jsHeapPeak, used);
          jsHeapSamples++;
        }
      } catch {
        // The page closed under the sampler.
      }
      await sleep(SAMPLE_MS);
    }
  })();
  const rssTimer = setInterval(() => {
    nodeRssPeak = Math.max(nodeRssPeak, process.memoryUsage.rss());
    for (const pid of renderers) rendererRssPeak = Math.max(rendererRssPeak, rssOf(pid) ?? 0);
  }, SAMPLE_MS);
  return async () => {
    running = false;
    clearInterval(rssTimer);
    await heapLoop;
    return { jsHeapPeak, jsHeapSamples, nodeRssPeak, rendererRssPeak, renderers };
  };
}

/** The report's Close button, or the wizard closing itself: whichever comes first ends the write. */
async function closeOrGone(page: Page, closeButton: Locator, wizard: Locator, timeout: number): Promise<'close' | 'gone'> {
  const deadline = performance.now() + timeout;
  while (performance.now() < deadline) {
    if (await closeButton.isVisible()) return 'close';
    if (!(await wizard.isVisible())) return 'gone';
    await page.waitForTimeout(POLL_MS);
  }
  throw new Error(`The import did not finish writing within ${timeout} ms`);
}

/** One import through the wizard in a fresh app with a fresh on-disk profile (launchApp uses launchPersistentContext). */
export async function measureUiImport(file: BenchFile, phaseTimeoutMs: number): Promise<UiRun> {
  const app = await launchApp();
  try {
    const { page } = app;
    await createAssessment(page, 'Bench plant');
    await page.keyboard.press('Alt+3');
    const importButton = page.getByRole('button', { name: /^Import (a )?spreadsheet/ }).first();
    await importButton.waitFor();

    await installHeartbeat(page);
    const cdp = await app.context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const nodeRssBeforeBytes = process.memoryUsage.rss();
    const nodePeakReset = resetPeakRss('self');
    const renderersBefore = rendererPids();
    const rendererRssBefore = renderersBefore.map((pid) => rssOf(pid) ?? 0);
    const rendererPeakReset = renderersBefore.map((pid) => resetPeakRss(pid)).every(Boolean) && renderersBefore.length > 0;
    await takeLongestStall(page);
    const stopSampler = startSampler(cdp);

    const wizard = page.getByRole('dialog', { name: /^Import/ });
    const timeout = phaseTimeoutMs;
    const phasesMs = {} as Record<Phase, number>;
    const longestStallMs = {} as Record<Phase, number>;
    app.dialogs.opens.push(file.path);

    const start = performance.now();
    let phaseStart = start;
    const endPhase = async (phase: Phase) => {
      phasesMs[phase] = performance.now() - phaseStart;
      longestStallMs[phase] = await takeLongestStall(page);
      phaseStart = performance.now();
    };

    await importButton.click();
    await wizard.getByRole('button', { name: 'Check rows', disabled: false }).waitFor({ timeout });
    await endPhase('openAnalyse');
    await wizard.getByRole('button', { name: 'Check rows' }).click();
    // "Import 10,000 assets" or "Import 10,000 new": the wording may change, the count leads.
    const importAssets = wizard.getByRole('button', { name: /^Import [\d,]+\b/ });
    await importAssets.waitFor({ timeout });
    await endPhase('checkRows');
    await importAssets.click();
    const closeButton = wizard.getByRole('button', { name: 'Close', exact: true });
    const after = await closeOrGone(page, closeButton, wizard, timeout);
    await endPhase('write');
    if (after === 'close') await closeButton.click();
    await page.waitForFunction(
      (n) => document.querySelector('[role=grid]')?.getAttribute('aria-rowcount') === String(n + 1),
      file.rows,
      { timeout },
    );
    const totalMs = performance.now() - start;
    await endPhase('gridVisible');

    const sampled = await stopSampler();
    const rendererHwm = sampled.renderers.map((pid) => peakRssOf(pid) ?? 0);
    await cdp.detach().catch(() => undefined);
    return {
      rows: file.rows,
      format: file.format,
      totalMs,
      phasesMs,
      longestStallMs,
      jsHeapPeakBytes: sampled.jsHeapSamples ? sampled.jsHeapPeak : null,
      jsHeapSamples: sampled.jsHeapSamples,
      rendererPeakRssBytes: rendererPeakReset ? Math.max(...rendererHwm) : sampled.rendererRssPeak || null,
      rendererRssMethod: rendererPeakReset ? 'vmhwm' : 'sampled',
      nodePeakRssBytes: nodePeakReset ? peakRssOf(process.pid) : sampled.nodeRssPeak,
      rendererRssBeforeBytes: rendererRssBefore.length ? Math.max(...rendererRssBefore) : null,
      nodeRssBeforeBytes,
      pageErrors: [...app.pageErrors],
    };
  } catch (error) {
    const shot = join(mkdtempSync(join(tmpdir(), 'csms-bench-failure-')), 'page.png');
    await app.page.screenshot({ path: shot }).catch(() => undefined);
    throw new Error(`${error instanceof Error ? error.message.split('\n')[0] : String(error)} (screenshot: ${shot})`, { cause: error });
  } finally {
    await app.close();
  }
}
