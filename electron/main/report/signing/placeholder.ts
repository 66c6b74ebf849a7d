/// <reference types="pdfkit" />
import { pdfkitAddPlaceholder } from '@signpdf/placeholder-pdfkit';

/**
 * Room reserved for the CMS signature, in bytes (written as twice as many hex digits). A 4096-bit signer certificate
 * with two 4096-bit CA certificates and the signed attributes comes to about 6 KB; 16 KB leaves room for longer chains.
 */
const SIGNATURE_BYTES = 16 * 1024;

export interface SignatureMeta {
  name: string;
  reason: string;
  location: string;
  contactInfo: string;
  /** The signature dictionary's /M; pass the time given to signPdf so both say the same. */
  signedAt?: Date;
}

/**
 * Adds an invisible signature field, and the space signPdf fills, to the current (last) page. Call it after the
 * last page and the footer pass, just before `doc.end()`: nothing may be written after it.
 */
export function addSignaturePlaceholder(doc: PDFKit.PDFDocument, meta: SignatureMeta): void {
  pdfkitAddPlaceholder({
    pdf: doc,
    pdfBuffer: Buffer.alloc(0), // in its types, unused by the pdfkit variant
    name: meta.name,
    reason: meta.reason,
    location: meta.location,
    contactInfo: meta.contactInfo,
    signingTime: meta.signedAt,
    signatureLength: SIGNATURE_BYTES,
  });
}
