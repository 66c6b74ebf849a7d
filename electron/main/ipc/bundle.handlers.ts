import { encodeBundle } from '../../../shared/bundle/encode';
import { BundleError } from '../../../shared/bundle/errors';
import { BUNDLE_EXTENSION, bundleFileName } from '../../../shared/bundle/format';
import type { ImportResult } from '../../../shared/ipc/contract';
import { nowIso } from '../../../shared/domain/record';
import { UserFacingError } from '../../../shared/ipc/result';
import { bundleFileError, decodeUntrustedBundle, readBundleFileBytes, writeBundleFile, type BundleFileBytes } from '../bundle-file';
import { fileNameOf } from '../paths';
import type { FileDialogOptions, MainContext } from './context';
import type { Handler } from './invoke';

const FILTERS: FileDialogOptions['filters'] = [{ name: 'CSMS assessment', extensions: [BUNDLE_EXTENSION] }];

export const exportAssessment: Handler<'exportAssessment'> = async ({ bundle, passphrase }, ctx) => {
  const path = await ctx.chooseSavePath({
    title: passphrase === undefined ? 'Export assessment' : 'Export assessment, encrypted',
    defaultFileName: bundleFileName(bundle.assessment.name, ctx.now()),
    filters: FILTERS,
  });
  if (path === null) return { status: 'cancelled' };
  const plain = await encodeBundle(bundle, { appVersion: ctx.appVersion, exportedAt: nowIso(() => ctx.now()) });
  const written = await writeBundleFile(ctx.fs, path, plain, passphrase);
  return { status: 'saved', path, fileName: fileNameOf(path), bytes: written.byteLength };
};

/**
 * `{}` asks for a file. A plain one opens at once; an encrypted one whose header is sound is held here and answered
 * with `needs-passphrase`, and the renderer calls again with the token and the passphrase, as often as it takes.
 * Damage or tampering found then drops the held file: choosing it again would not help.
 */
export const importAssessment: Handler<'importAssessment'> = async (request, ctx) => {
  if ('fileToken' in request) {
    const file = ctx.heldBundleFiles.get(request.fileToken);
    if (!file) throw new UserFacingError('bad-file', 'The file waited too long for its passphrase; choose it again with Import.');
    return openFile(file, request.passphrase, request.fileToken, ctx);
  }
  const path = await ctx.chooseOpenPath({ title: 'Import assessment', filters: FILTERS });
  if (path === null) return { status: 'cancelled' };
  return openFile(await readBundleFileBytes(ctx.fs, path), undefined, null, ctx);
};

async function openFile(file: BundleFileBytes, passphrase: string | undefined, token: string | null, ctx: MainContext): Promise<ImportResult> {
  try {
    const { bundle, encryption } = await decodeUntrustedBundle(ctx.isolation, file, passphrase);
    if (token) ctx.heldBundleFiles.discard(token);
    return { status: 'opened', fileName: file.fileName, bundle, encrypted: encryption !== null };
  } catch (error) {
    if (!(error instanceof BundleError)) throw error;
    if (error.kind === 'needs-passphrase' || error.kind === 'wrong-passphrase') {
      const fileToken = token ?? ctx.heldBundleFiles.hold(file);
      const problem = token === null ? null : error.kind === 'wrong-passphrase' ? `The passphrase does not open “${file.fileName}”.` : 'Enter the passphrase.';
      return { status: 'needs-passphrase', fileName: file.fileName, fileToken, problem };
    }
    if (token) ctx.heldBundleFiles.discard(token);
    throw bundleFileError(file.fileName, error);
  }
}
