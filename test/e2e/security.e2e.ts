import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, META_CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { launchApp, type AppSession } from './harness';

describe('renderer sandbox and network lock-down in Chromium', () => {
  let app: AppSession;
  beforeAll(async () => {
    app = await launchApp();
  });
  afterAll(async () => {
    await app?.close();
  });

  it('gives the page no Node.js and only the contract’s functions', async () => {
    const globals = await app.page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.keys(window.csms).sort(),
    }));
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      api: [
        'evidenceOpenFile',
        'exportAssessment',
        'getAppInfo',
        'importAnalyse',
        'importAssessment',
        'importCancel',
        'importClose',
        'importOpenFile',
        'importProgress',
        'importRows',
        'importSaveReport',
        'reportDiscard',
        'reportGeneratePdf',
        'reportSavePdf',
        'reportSaveWorkbook',
        'signingCreateIdentity',
        'signingInspect',
        'signingOpenP12',
      ],
    });
  });

  it('carries the strict policy and refuses inline script, connections and resources outside the app', async () => {
    const outcome = await app.page.evaluate(async () => {
      const policy = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const inline = (window as unknown as { __inlineRan?: boolean }).__inlineRan ? 'ran' : 'refused';
      let fetchResult: string;
      try {
        await fetch('https://example.com/');
        fetchResult = 'sent';
      } catch {
        fetchResult = 'refused';
      }
      const img = await new Promise<string>((resolve) => {
        const i = new Image();
        i.onload = () => resolve('loaded');
        i.onerror = () => resolve('refused');
        i.src = 'http://198.51.100.7/pixel.png';
      });
      return { policy, inline, fetchResult, img };
    });
    expect(outcome).toEqual({ policy: META_CONTENT_SECURITY_POLICY, inline: 'refused', fetchResult: 'refused', img: 'refused' });
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)/);
    expect(app.offOriginRequests).toEqual([]);
  });

  it('validates payloads in main: a malformed export is refused with the field named', async () => {
    const result = await app.page.evaluate(() =>
      window.csms.exportAssessment({ bundle: { assessment: { id: 'not-a-uuid' } } } as never),
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('invalid-request');
      expect(result.error.message).toMatch(/bundle\./);
    }
  });

  it('shows storage usage and whether the browser made it persistent', async () => {
    await expect.poll(() => app.page.getByTestId('storage-status').textContent()).toMatch(/^Storage: [\d.]+ (bytes|KB|MB|GB) used of [\d.]+ (KB|MB|GB|TB) · (persistent|not persistent: export your work regularly)$/);
    await app.screenshot('10-status-bar');
  });
});
