import type { StateCreator } from 'zustand';
import { formatByteSize } from '../../../shared/format/byte-size';
import type { GeneratedReport } from '../../../shared/ipc/contract';
import { defaultReportOptions, reportOptionsSchema, type ReportOptions } from '../../../shared/report/options';
import type { NewIdentity, SigningIdentity } from '../../../shared/report/signing';
import { unwrap } from '../../api';
import { reportOptionsKey } from '../../db/repos/settings.repo';
import { signingRepo } from '../../db/repos/signing.repo';
import { formatDate, todayIso } from '../../ui/format';
import type { AppState, StoreDeps } from '../store';
import { attempt } from './attempt';

/** What a preview was generated from; when the form no longer matches it, Save PDF generates again. */
export interface ReportBasis {
  assessmentId: string;
  options: ReportOptions;
  /** SHA-256 fingerprint of the certificate it was signed with; null when unsigned. */
  signedWith: string | null;
}

export interface ReportPreview {
  basis: ReportBasis;
  /** Held by main until saved or discarded; `pdf` is the very bytes Save PDF writes. */
  report: GeneratedReport;
}

export interface P12File {
  fileName: string;
  p12: Uint8Array;
}

/**
 * The Reports screen's state: the report options of the open assessment (kept per assessment in the settings
 * table, images included), the signing identity (one per laptop), the previewed PDF and what is being generated.
 * Actions resolve to whether they succeeded; failures become error notices and write nothing.
 */
export interface ReportsSlice {
  /** The stored options of one assessment, or its defaults; null until loaded. */
  reportSetup: { assessmentId: string; options: ReportOptions } | null;
  /** undefined until loaded; null when there is none. */
  signingIdentity: SigningIdentity | null | undefined;
  reportPreview: ReportPreview | null;
  /** What is being done ("Generating the PDF…"), for the busy state; null when idle. */
  reportBusy: string | null;
  loadReportSetup: (assessmentId: string) => Promise<void>;
  /** Quiet on success: the form saves as the assessor types. */
  saveReportOptions: (assessmentId: string, options: ReportOptions) => Promise<boolean>;
  /** Generates the PDF (signed with the stored identity when a passphrase is given) and shows it. */
  previewReport: (assessmentId: string, options: ReportOptions, passphrase: string | null) => Promise<boolean>;
  /** Saves the previewed PDF, generating it first when the options or the signing choice changed since. */
  saveReportPdf: (assessmentId: string, options: ReportOptions, passphrase: string | null) => Promise<boolean>;
  /** Drops the preview and frees the PDF held in main. */
  discardReportPreview: () => Promise<void>;
  exportReportWorkbook: (assessmentId: string, options: ReportOptions) => Promise<boolean>;
  createSigningIdentity: (input: NewIdentity) => Promise<boolean>;
  /** The .p12/.pfx the assessor picks; null when cancelled or unreadable (then a notice says why). */
  openSigningFile: () => Promise<P12File | null>;
  /** Stores the file once its passphrase opens it; resolves to the problem to show beside the passphrase, or null. */
  importSigningIdentity: (file: P12File, passphrase: string) => Promise<string | null>;
  removeSigningIdentity: () => Promise<boolean>;
}

const IMAGE_FIELDS = ['logo', 'assessorSignature', 'siteSignature'] as const;

/** Images compare by their bytes' identity: a new file always brings new bytes, and hashing 2 MB per keystroke is waste. */
function sameOptions(a: ReportOptions, b: ReportOptions): boolean {
  const text = (o: ReportOptions) => JSON.stringify({ ...o, logo: null, assessorSignature: null, siteSignature: null });
  return text(a) === text(b) && IMAGE_FIELDS.every((f) => a[f]?.data === b[f]?.data && a[f]?.mimeType === b[f]?.mimeType);
}

export const sameBasis = (a: ReportBasis, b: ReportBasis): boolean =>
  a.assessmentId === b.assessmentId && a.signedWith === b.signedWith && sameOptions(a.options, b.options);

/**
 * Stored options as this version reads them: unknown keys dropped, missing ones defaulted, and a field this
 * version no longer accepts put back to its default while the rest are kept.
 */
export function restoreReportOptions(stored: unknown, today: string): ReportOptions {
  const defaults = defaultReportOptions(today);
  const saved = (typeof stored === 'object' && stored !== null ? stored : {}) as Record<string, unknown>;
  const candidate: Record<string, unknown> = Object.fromEntries(Object.entries(defaults).map(([k, v]) => [k, saved[k] ?? v]));
  const first = reportOptionsSchema.safeParse(candidate);
  if (first.success) return first.data;
  const refused = new Set(first.error.issues.map((i) => String(i.path[0])));
  const repaired = reportOptionsSchema.safeParse(Object.fromEntries(Object.entries(candidate).map(([k, v]) => [k, refused.has(k) ? defaults[k as keyof ReportOptions] : v])));
  return repaired.success ? repaired.data : defaults;
}

function parseOptions(options: ReportOptions): ReportOptions {
  const parsed = reportOptionsSchema.safeParse(options);
  if (!parsed.success) throw new Error(`The report options need fixing: ${parsed.error.issues[0]?.message ?? 'a field is not valid'}.`);
  return parsed.data;
}

export const createReportsSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ReportsSlice> =>
  (set, get) => {
    const signing = signingRepo(deps.settings);
    const run = (work: () => Promise<string | null>) => attempt(get().notify, work);

    /** One report action at a time, shown as busy; a second click while one runs does nothing. */
    async function busy(label: string, work: () => Promise<string | null>): Promise<boolean> {
      if (get().reportBusy) return false;
      set({ reportBusy: label });
      try {
        return await run(work);
      } finally {
        set({ reportBusy: null });
      }
    }

    function basisOf(assessmentId: string, options: ReportOptions, passphrase: string | null): ReportBasis {
      const identity = get().signingIdentity;
      if (passphrase === null) return { assessmentId, options, signedWith: null };
      if (!identity) throw new Error('There is no signing certificate: create or import one, or untick “Sign the PDF”.');
      return { assessmentId, options, signedWith: identity.certificate.sha256Fingerprint };
    }

    async function discardHeld(preview: ReportPreview | null) {
      // Only frees memory in main, which keeps at most a few reports anyway; a failure here changes nothing for the user.
      if (preview) await deps.api().reportDiscard({ reportId: preview.report.reportId }).catch(() => undefined);
    }

    async function generate(assessmentId: string, rawOptions: ReportOptions, passphrase: string | null): Promise<ReportPreview> {
      const options = parseOptions(rawOptions);
      const basis = basisOf(assessmentId, options, passphrase);
      const identity = get().signingIdentity;
      if (passphrase === '' && identity) throw new Error(`Type the passphrase of “${identity.fileName}” to sign the PDF.`);
      await deps.settings.set(reportOptionsKey(assessmentId), options);
      const bundle = await deps.assessments.readBundle(assessmentId);
      const request = passphrase !== null && identity ? { fileName: identity.fileName, p12: identity.p12, passphrase } : null;
      const report = unwrap(await deps.api().reportGeneratePdf({ bundle, options, signing: request }));
      const preview = { basis, report };
      const previous = get().reportPreview;
      set({ reportPreview: preview, reportSetup: { assessmentId, options } });
      await discardHeld(previous);
      return preview;
    }

    return {
      reportSetup: null,
      signingIdentity: undefined,
      reportPreview: null,
      reportBusy: null,

      async loadReportSetup(assessmentId) {
        const [stored, identity] = await Promise.all([deps.settings.get<unknown>(reportOptionsKey(assessmentId)), signing.get()]);
        set({ reportSetup: { assessmentId, options: restoreReportOptions(stored, todayIso()) }, signingIdentity: identity });
      },

      saveReportOptions: (assessmentId, options) =>
        run(async () => {
          const parsed = parseOptions(options);
          await deps.settings.set(reportOptionsKey(assessmentId), parsed);
          set({ reportSetup: { assessmentId, options: parsed } });
          return null;
        }),

      previewReport: (assessmentId, options, passphrase) =>
        busy('Generating the PDF…', async () => {
          await generate(assessmentId, options, passphrase);
          return null;
        }),

      saveReportPdf: (assessmentId, options, passphrase) =>
        busy('Saving the PDF…', async () => {
          const current = get().reportPreview;
          const wanted = basisOf(assessmentId, parseOptions(options), passphrase);
          const preview = current && sameBasis(current.basis, wanted) ? current : await generate(assessmentId, options, passphrase);
          const result = unwrap(await deps.api().reportSavePdf({ reportId: preview.report.reportId }));
          if (result.status === 'cancelled') return null;
          const { pageCount, signature } = preview.report;
          const signed = signature ? `, signed by ${signature.certificate.commonName}` : ', not signed';
          return `Saved the report to ${result.path} (${formatByteSize(result.bytes)}, ${pageCount} page${pageCount === 1 ? '' : 's'}${signed}).`;
        }),

      async discardReportPreview() {
        const preview = get().reportPreview;
        set({ reportPreview: null });
        await discardHeld(preview);
      },

      exportReportWorkbook: (assessmentId, options) =>
        busy('Saving the workbook…', async () => {
          const parsed = parseOptions(options);
          const bundle = await deps.assessments.readBundle(assessmentId);
          const result = unwrap(await deps.api().reportSaveWorkbook({ bundle, options: parsed }));
          return result.status === 'saved' ? `Saved the workbook to ${result.path} (${formatByteSize(result.bytes)}).` : null;
        }),

      createSigningIdentity: (input) =>
        run(async () => {
          const identity = unwrap(await deps.api().signingCreateIdentity(input));
          await signing.set(identity);
          set({ signingIdentity: identity });
          return `Created a self-signed certificate for “${identity.certificate.commonName}”, valid until ${formatDate(identity.certificate.notAfter)}.`;
        }),

      async openSigningFile() {
        let file: P12File | null = null;
        await run(async () => {
          const result = unwrap(await deps.api().signingOpenP12({}));
          if (result.status === 'opened') file = { fileName: result.fileName, p12: result.p12 };
          return null;
        });
        return file;
      },

      async importSigningIdentity(file, passphrase) {
        try {
          const certificate = unwrap(await deps.api().signingInspect({ ...file, passphrase }));
          const identity = { ...file, certificate };
          await signing.set(identity);
          set({ signingIdentity: identity });
          get().notify('success', `Imported the certificate of “${certificate.commonName}” from “${file.fileName}”.`);
          return null;
        } catch (error) {
          return error instanceof Error ? error.message : String(error);
        }
      },

      removeSigningIdentity: () =>
        run(async () => {
          const identity = get().signingIdentity;
          await signing.remove();
          set({ signingIdentity: null });
          return identity ? `Removed the certificate of “${identity.certificate.commonName}” from this laptop.` : null;
        }),
    };
  };
