import { SignPdf } from '@signpdf/signpdf';
import { UserFacingError } from '../../../../shared/ipc/result';
import type { SigningRequest } from '../../../../shared/report/signing';
import { CmsSigner } from './cms-signer';
import { openP12, type OpenedP12 } from './inspect-p12';

/**
 * Signs a PDF that has a signature placeholder (see placeholder.ts): a detached CMS signature (adbe.pkcs7.detached,
 * SHA-256) over the whole file, its signing time `signedAt`. The certificate is checked first, at `signedAt`, so an
 * expired or unusable one fails with the reason and nothing is produced.
 */
export async function signPdf(unsigned: Uint8Array, request: SigningRequest, signedAt: Date): Promise<Uint8Array> {
  const { fileName, p12, passphrase } = request;
  return signWithOpened(unsigned, openP12(p12, passphrase, fileName, signedAt), fileName, signedAt);
}

/** The same with a file already opened and checked at `signedAt` (openP12), so a report decrypts it only once. */
export async function signWithOpened(unsigned: Uint8Array, opened: OpenedP12, fileName: string, signedAt: Date): Promise<Uint8Array> {
  const signer = new CmsSigner(opened);
  let signed: Buffer;
  try {
    signed = await new SignPdf().sign(Buffer.from(unsigned), signer, signedAt);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (/No ByteRangeStrings/.test(reason)) throw new Error('The PDF has no signature placeholder: call addSignaturePlaceholder before doc.end().');
    if (/exceeds placeholder length/.test(reason))
      throw new UserFacingError('bad-file', `The certificates in “${fileName}” do not fit in the space the report keeps for the signature. Use a file with a shorter certificate chain.`);
    throw new UserFacingError('bad-file', `Could not sign with “${fileName}”: ${reason}`);
  }
  return new Uint8Array(signed.buffer, signed.byteOffset, signed.byteLength);
}
