import { formatByteSize } from '../../../shared/format/byte-size';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { EVIDENCE_MAX_BYTES, mimeTypeOf } from '../../../shared/evidence/evidence-file';
import { UserFacingError } from '../../../shared/ipc/result';
import { fileNameOf } from '../paths';
import { withIoError } from '../io-error';
import type { Handler } from './invoke';

/** Lets the assessor pick a document or photo as evidence; returns its bytes with name, type, size and SHA-256. */
export const evidenceOpenFile: Handler<'evidenceOpenFile'> = async (_request, ctx) => {
  const path = await ctx.chooseOpenPath({
    title: 'Attach evidence',
    filters: [
      { name: 'Documents and photos', extensions: ['pdf', 'png', 'jpg', 'jpeg', 'heic', 'webp', 'docx', 'xlsx', 'pptx', 'txt', 'csv', 'log', 'msg', 'eml', 'zip'] },
      { name: 'Any file', extensions: ['*'] },
    ],
  });
  if (path === null) return { status: 'cancelled' };
  const fileName = fileNameOf(path);
  const size = await withIoError(`Could not read “${fileName}”`, () => ctx.fs.fileSize(path));
  if (size > EVIDENCE_MAX_BYTES)
    throw new UserFacingError('bad-file', `“${fileName}” is ${formatByteSize(size)}; evidence files can be up to ${formatByteSize(EVIDENCE_MAX_BYTES)}. Attach a smaller copy or an extract.`);
  const data = await withIoError(`Could not read “${fileName}”`, () => ctx.fs.readFile(path));
  return { status: 'opened', fileName, mimeType: mimeTypeOf(fileName), size: data.byteLength, sha256: await sha256Hex(data), data };
};
