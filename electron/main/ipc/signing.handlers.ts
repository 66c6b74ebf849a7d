import { formatByteSize } from '../../../shared/format/byte-size';
import { UserFacingError } from '../../../shared/ipc/result';
import { P12_MAX_BYTES } from '../../../shared/report/signing';
import { fileNameOf } from '../paths';
import { withIoError } from '../io-error';
import { runIsolated } from '../isolation/untrusted-files';
import { createSelfSignedIdentity } from '../report/signing/self-signed';
import type { Handler } from './invoke';

/** A new key and self-signed certificate; the renderer keeps the encrypted .p12 it returns. */
export const signingCreateIdentity: Handler<'signingCreateIdentity'> = (request, ctx) => createSelfSignedIdentity(request, ctx.now());

/** Lets the assessor pick a .p12/.pfx file; it is only read here, and opened with the passphrase by signingInspect. */
export const signingOpenP12: Handler<'signingOpenP12'> = async (_request, ctx) => {
  const path = await ctx.chooseOpenPath({
    title: 'Choose a signing certificate',
    filters: [
      { name: 'Certificate with private key (PKCS#12)', extensions: ['p12', 'pfx'] },
      { name: 'Any file', extensions: ['*'] },
    ],
  });
  if (path === null) return { status: 'cancelled' };
  const fileName = fileNameOf(path);
  const size = await withIoError(`Could not read “${fileName}”`, () => ctx.fs.fileSize(path));
  if (size > P12_MAX_BYTES)
    throw new UserFacingError('bad-file', `“${fileName}” is ${formatByteSize(size)}, too large for a certificate file (.p12 or .pfx files are a few KB). Choose the file that holds your signing certificate.`);
  if (size === 0) throw new UserFacingError('bad-file', `“${fileName}” is empty. Choose the file that holds your signing certificate.`);
  const p12 = await withIoError(`Could not read “${fileName}”`, () => ctx.fs.readFile(path));
  return { status: 'opened', fileName, p12 };
};

/** Opens the file with the passphrase and says whose certificate it is, or why it cannot sign today. */
export const signingInspect: Handler<'signingInspect'> = async ({ p12, passphrase, fileName }, ctx) =>
  runIsolated(ctx.isolation, { subject: `“${fileName}”`, activity: 'opening it', budget: 'certificate' }, 'inspectP12', {
    p12,
    passphrase,
    fileName,
    now: ctx.now().toISOString(),
  });
