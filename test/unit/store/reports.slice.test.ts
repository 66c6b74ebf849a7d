import { describe, expect, it } from 'vitest';
import { signingRepo } from '../../../renderer/db/repos/signing.repo';
import { reportOptionsKey } from '../../../renderer/db/repos/settings.repo';
import { restoreReportOptions } from '../../../renderer/store/slices/reports.slice';
import { createAppStore } from '../../../renderer/store/store';
import { todayIso } from '../../../renderer/ui/format';
import type { GeneratedReport, RendererApi, Request } from '../../../shared/ipc/contract';
import type { IpcResult } from '../../../shared/ipc/result';
import { DEFAULT_SECTIONS, defaultReportOptions, type ReportOptions } from '../../../shared/report/options';
import type { CertificateInfo, NewIdentity } from '../../../shared/report/signing';
import { sampleInput, testDb } from '../db/test-db';
import { testStoreDeps } from './test-deps';
import { pngHeader } from '../../support/images';

const certificate: CertificateInfo = {
  commonName: 'Ana Ruiz',
  organisation: 'Acme Assurance',
  email: 'ana@example.org',
  issuer: 'CN=Ana Ruiz, O=Acme Assurance',
  serialNumber: '01',
  notBefore: '2026-01-01T00:00:00.000Z',
  notAfter: '2029-01-01T00:00:00.000Z',
  sha256Fingerprint: 'AB:CD',
  selfSigned: true,
};
const P12 = new Uint8Array([48, 130, 1, 2, 3]);
const PASSPHRASE = 'correct horse';
const WRONG = { ok: false, error: { code: 'bad-file', message: 'The passphrase does not open “ana.p12”.' } } as const;
const ok = <T>(value: T): IpcResult<T> => ({ ok: true, value });
const png = (bytes: number[]) => ({ mimeType: 'image/png' as const, data: pngHeader(200, 80, bytes) });

/**
 * A scripted main process: generates a "PDF" per request (signed only with the right passphrase), holds it under
 * an id like main does, and records every call, so the tests see what the slice asked for and what it saved.
 */
function fakeMain() {
  const calls = { generate: [] as Request<'reportGeneratePdf'>[], saved: [] as string[], discarded: [] as string[], workbooks: [] as Request<'reportSaveWorkbook'>[] };
  const saveAnswers: ('saved' | 'cancelled')[] = [];
  let next = 0;
  const api: Partial<RendererApi> = {
    reportGeneratePdf: async (request) => {
      calls.generate.push(request);
      if (request.signing && request.signing.passphrase !== PASSPHRASE) return WRONG;
      const reportId = `00000000-0000-4000-8000-00000000000${++next}`;
      const signature = request.signing ? { signedAt: '2026-11-23T10:00:00.000Z', certificate } : null;
      return ok<GeneratedReport>({ reportId, fileName: 'Riverside report.pdf', pdf: new Uint8Array([37, 80, 68, 70, next]), pageCount: 24, signature });
    },
    reportSavePdf: async ({ reportId }) => {
      const answer = saveAnswers.shift() ?? 'saved';
      if (answer === 'cancelled') return ok({ status: 'cancelled' as const });
      calls.saved.push(reportId);
      return ok({ status: 'saved' as const, path: '/tmp/Riverside report.pdf', fileName: 'Riverside report.pdf', bytes: 180_224 });
    },
    reportDiscard: async ({ reportId }) => {
      calls.discarded.push(reportId);
      return ok({ discarded: true });
    },
    reportSaveWorkbook: async (request) => {
      calls.workbooks.push(request);
      return ok({ status: 'saved' as const, path: '/tmp/Riverside.xlsx', fileName: 'Riverside.xlsx', bytes: 52_000 });
    },
    signingCreateIdentity: async (input: NewIdentity) => ok({ fileName: `${input.commonName}.p12`, p12: P12, certificate: { ...certificate, commonName: input.commonName } }),
    signingOpenP12: async () => ok({ status: 'opened' as const, fileName: 'ana.p12', p12: P12 }),
    signingInspect: async ({ passphrase }) => (passphrase === PASSPHRASE ? ok(certificate) : WRONG),
  };
  return { api, calls, saveAnswers };
}

async function setup() {
  const main = fakeMain();
  const deps = testStoreDeps(testDb(), main.api);
  const store = createAppStore(deps);
  await store.getState().createAssessment(sampleInput);
  const id = store.getState().openAssessmentId!;
  await store.getState().loadReportSetup(id);
  const lastNotice = () => store.getState().notices.at(-1);
  const options = (): ReportOptions => store.getState().reportSetup!.options;
  return { ...main, deps, store, id, lastNotice, options };
}

const identityInput: NewIdentity = { commonName: 'Ana Ruiz', organisation: 'Acme Assurance', email: '', passphrase: PASSPHRASE, validityYears: 3 };

describe('reports slice: options', () => {
  it('starts from the defaults with today as the report date, and keeps edits with their images for next time', async () => {
    const { store, deps, id, options } = await setup();
    expect(options()).toEqual(defaultReportOptions(todayIso()));
    expect(options().sections).not.toContain('assetAppendix');

    const logo = png([1, 2, 3]);
    const edited = { ...options(), marking: 'TLP:AMBER', siteRepresentative: 'Jo Smith ', logo, sections: [...DEFAULT_SECTIONS, 'assetAppendix' as const] };
    expect(await store.getState().saveReportOptions(id, edited)).toBe(true);

    const later = createAppStore(deps);
    await later.getState().loadReportSetup(id);
    const restored = later.getState().reportSetup!;
    expect(restored.assessmentId).toBe(id);
    expect(restored.options).toMatchObject({ marking: 'TLP:AMBER', siteRepresentative: 'Jo Smith', sections: [...DEFAULT_SECTIONS, 'assetAppendix'] });
    expect(restored.options.logo?.mimeType).toBe('image/png');
    expect([...restored.options.logo!.data]).toEqual([...logo.data]);
  });

  it('refuses options that do not validate, with a notice, and keeps what was stored', async () => {
    const { store, deps, id, lastNotice, options } = await setup();
    expect(await store.getState().saveReportOptions(id, { ...options(), title: '  ' })).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'The report options need fixing: Title is required.' });
    expect(await deps.settings.get(reportOptionsKey(id))).toBeUndefined();
  });

  it('reads options stored by another version field by field', () => {
    const today = '2026-11-23';
    const defaults = defaultReportOptions(today);
    expect(restoreReportOptions(undefined, today)).toEqual(defaults);
    expect(restoreReportOptions('garbage', today)).toEqual(defaults);
    const stored = { marking: 'SECRET', sections: ['findings', 'chapterFromTheFuture'], futureOption: true, documentStatus: 'draft' };
    expect(restoreReportOptions(stored, today)).toEqual({ ...defaults, marking: 'SECRET', documentStatus: 'draft' });
  });
});

describe('reports slice: generating and saving', () => {
  it('previews the assessment unsigned, then saves exactly the previewed PDF without generating again', async () => {
    const { store, id, calls, lastNotice, options } = await setup();
    expect(await store.getState().previewReport(id, options(), null)).toBe(true);
    expect(calls.generate).toHaveLength(1);
    expect(calls.generate[0]).toMatchObject({ bundle: { assessment: { id, name: sampleInput.name } }, options: options(), signing: null });
    const preview = store.getState().reportPreview!;
    expect(preview.report).toMatchObject({ pageCount: 24, signature: null });
    expect(store.getState().reportBusy).toBeNull();

    expect(await store.getState().saveReportPdf(id, options(), null)).toBe(true);
    expect(calls.generate).toHaveLength(1);
    expect(calls.saved).toEqual([preview.report.reportId]);
    expect(lastNotice()).toMatchObject({ kind: 'success', text: 'Saved the report to /tmp/Riverside report.pdf (176 KB, 24 pages, not signed).' });
  });

  it('generates again before saving when the options changed since the preview, and frees the old PDF', async () => {
    const { store, id, calls, options } = await setup();
    await store.getState().previewReport(id, options(), null);
    const first = store.getState().reportPreview!.report.reportId;

    const changed = { ...options(), marking: 'TLP:RED' };
    expect(await store.getState().saveReportPdf(id, changed, null)).toBe(true);
    expect(calls.generate.map((g) => g.options.marking)).toEqual(['CONFIDENTIAL', 'TLP:RED']);
    const second = store.getState().reportPreview!.report.reportId;
    expect(second).not.toBe(first);
    expect(calls.saved).toEqual([second]);
    expect(calls.discarded).toEqual([first]);

    // A new image is a change too, even with the same text.
    await store.getState().saveReportPdf(id, { ...changed, logo: png([9]) }, null);
    expect(calls.generate).toHaveLength(3);
  });

  it('signs with the stored identity and the typed passphrase; signing or not is part of what was previewed', async () => {
    const { store, id, calls, lastNotice, options } = await setup();
    await store.getState().createSigningIdentity(identityInput);
    expect(await store.getState().previewReport(id, options(), PASSPHRASE)).toBe(true);
    expect(calls.generate[0]!.signing).toEqual({ fileName: 'Ana Ruiz.p12', p12: P12, passphrase: PASSPHRASE });
    expect(store.getState().reportPreview!.report.signature?.certificate.commonName).toBe('Ana Ruiz');

    await store.getState().saveReportPdf(id, options(), PASSPHRASE);
    expect(calls.generate).toHaveLength(1);
    expect(lastNotice()?.text).toBe('Saved the report to /tmp/Riverside report.pdf (176 KB, 24 pages, signed by Ana Ruiz).');

    await store.getState().saveReportPdf(id, options(), null);
    expect(calls.generate.map((g) => g.signing)).toEqual([expect.objectContaining({ passphrase: PASSPHRASE }), null]);
  });

  it('shows main’s message for a wrong passphrase and saves nothing, keeping the earlier preview', async () => {
    const { store, id, calls, lastNotice, options } = await setup();
    await store.getState().createSigningIdentity(identityInput);
    await store.getState().previewReport(id, options(), PASSPHRASE);
    const earlier = store.getState().reportPreview;

    expect(await store.getState().saveReportPdf(id, { ...options(), marking: 'SECRET' }, 'wrong passphrase')).toBe(false);
    expect(lastNotice()).toMatchObject({ kind: 'error', text: 'The passphrase does not open “ana.p12”.' });
    expect(calls.saved).toEqual([]);
    expect(store.getState().reportPreview).toBe(earlier);
    expect(store.getState().reportBusy).toBeNull();
  });

  it('asks for a certificate or a passphrase before asking main to sign', async () => {
    const { store, id, calls, lastNotice, options } = await setup();
    expect(await store.getState().previewReport(id, options(), PASSPHRASE)).toBe(false);
    expect(lastNotice()?.text).toBe('There is no signing certificate: create or import one, or untick “Sign the PDF”.');
    await store.getState().createSigningIdentity(identityInput);
    expect(await store.getState().previewReport(id, options(), '')).toBe(false);
    expect(lastNotice()?.text).toBe('Type the passphrase of “Ana Ruiz.p12” to sign the PDF.');
    expect(calls.generate).toEqual([]);
  });

  it('says nothing when the save dialog is cancelled, and discards the preview on request', async () => {
    const { store, id, calls, saveAnswers, lastNotice, options } = await setup();
    await store.getState().previewReport(id, options(), null);
    const before = lastNotice();
    saveAnswers.push('cancelled');
    expect(await store.getState().saveReportPdf(id, options(), null)).toBe(true);
    expect(lastNotice()).toBe(before);
    const held = store.getState().reportPreview!.report.reportId;
    await store.getState().discardReportPreview();
    expect(store.getState().reportPreview).toBeNull();
    expect(calls.discarded).toEqual([held]);
  });

  it('runs one report action at a time', async () => {
    const { store, id, calls, api, options } = await setup();
    let release!: () => void;
    const generate = api.reportGeneratePdf!;
    api.reportGeneratePdf = async (request) => {
      await new Promise<void>((resolve) => (release = resolve));
      return generate(request);
    };
    const first = store.getState().previewReport(id, options(), null);
    expect(store.getState().reportBusy).toBe('Generating the PDF…');
    expect(await store.getState().exportReportWorkbook(id, options())).toBe(false);
    await expect.poll(() => release).toBeTypeOf('function');
    release();
    expect(await first).toBe(true);
    expect(calls.generate).toHaveLength(1);
    expect(calls.workbooks).toEqual([]);
  });

  it('exports the workbook from the whole assessment and the options', async () => {
    const { store, id, calls, lastNotice, options } = await setup();
    const withSite = { ...options(), siteRepresentative: 'Jo Smith' };
    expect(await store.getState().exportReportWorkbook(id, withSite)).toBe(true);
    expect(calls.workbooks[0]).toMatchObject({ bundle: { assessment: { id } }, options: { siteRepresentative: 'Jo Smith' } });
    expect(lastNotice()?.text).toBe('Saved the workbook to /tmp/Riverside.xlsx (50.8 KB).');
  });
});

describe('reports slice: signing identity', () => {
  it('creates a self-signed identity and keeps it (without any passphrase) for the next session', async () => {
    const { store, deps, lastNotice } = await setup();
    expect(store.getState().signingIdentity).toBeNull();
    expect(await store.getState().createSigningIdentity(identityInput)).toBe(true);
    expect(lastNotice()?.text).toBe('Created a self-signed certificate for “Ana Ruiz”, valid until 1 Jan 2029.');

    const stored = await deps.settings.get<Record<string, unknown>>('signingIdentity');
    expect(Object.keys(stored!).sort()).toEqual(['certificate', 'fileName', 'p12']);
    expect(JSON.stringify(stored)).not.toContain(PASSPHRASE);
    expect(await signingRepo(deps.settings).get()).toMatchObject({ fileName: 'Ana Ruiz.p12', certificate: { sha256Fingerprint: 'AB:CD' } });

    expect(await store.getState().removeSigningIdentity()).toBe(true);
    expect(lastNotice()?.text).toBe('Removed the certificate of “Ana Ruiz” from this laptop.');
    expect(await signingRepo(deps.settings).get()).toBeNull();
  });

  it('imports a .p12 only once its passphrase opens it', async () => {
    const { store, deps, lastNotice } = await setup();
    const file = await store.getState().openSigningFile();
    expect(file).toEqual({ fileName: 'ana.p12', p12: P12 });

    expect(await store.getState().importSigningIdentity(file!, 'nope')).toBe('The passphrase does not open “ana.p12”.');
    expect(await signingRepo(deps.settings).get()).toBeNull();
    expect(store.getState().signingIdentity).toBeNull();

    expect(await store.getState().importSigningIdentity(file!, PASSPHRASE)).toBeNull();
    expect(lastNotice()?.text).toBe('Imported the certificate of “Ana Ruiz” from “ana.p12”.');
    expect(await signingRepo(deps.settings).get()).toEqual({ fileName: 'ana.p12', p12: P12, certificate });
  });

  it('ignores a stored value that is not an identity', async () => {
    const { deps } = await setup();
    await deps.settings.set('signingIdentity', { fileName: 'x.p12', p12: 'not bytes' });
    expect(await signingRepo(deps.settings).get()).toBeNull();
  });
});
