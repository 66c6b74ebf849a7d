import type { ReportSignature } from '../../../shared/ipc/contract';
import type { ReportModel } from '../../../shared/report/model';
import type { SigningRequest } from '../../../shared/report/signing';
import { renderReportPdf } from './pdf/render-report';
import { addSignaturePlaceholder } from './signing/placeholder';
import { certificateInfoOf } from './signing/certificate-info';
import { openP12 } from './signing/inspect-p12';
import { signWithOpened } from './signing/sign-pdf';

export interface ProducedPdf {
  pdf: Uint8Array;
  pageCount: number;
  signature: ReportSignature | null;
}

/**
 * The report as the assessor hands it over: rendered, and signed when a certificate is given. The certificate file
 * is opened and checked once, before anything is rendered, so a wrong passphrase or an expired certificate costs no
 * time and leaves nothing behind; the sign-off page prints the same time and fingerprint the signature carries.
 */
export async function producePdf(
  model: ReportModel,
  options: { fontsDir: string; signing: SigningRequest | null; now: Date },
): Promise<ProducedPdf> {
  const { signing, now } = options;
  if (!signing) {
    const { pdf, pageCount } = await renderReportPdf(model, { fontsDir: options.fontsDir, signature: null });
    return { pdf, pageCount, signature: null };
  }
  const opened = openP12(signing.p12, signing.passphrase, signing.fileName, now);
  const certificate = certificateInfoOf(opened.certificate);
  const signature: ReportSignature = { signedAt: now.toISOString(), certificate };
  const rendered = await renderReportPdf(model, {
    fontsDir: options.fontsDir,
    signature,
    beforeEnd: (doc) =>
      addSignaturePlaceholder(doc, {
        name: certificate.commonName,
        reason: `${model.options.title}: ${model.assessment.name}`,
        location: model.assessment.location,
        contactInfo: certificate.email,
        signedAt: now,
      }),
  });
  const pdf = await signWithOpened(rendered.pdf, opened, signing.fileName, now);
  return { pdf, pageCount: rendered.pageCount, signature };
}
