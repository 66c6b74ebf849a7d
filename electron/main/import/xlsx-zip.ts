import { BundleError } from '../../../shared/bundle/errors';
import { listZipEntries, type ZipEntry } from '../../../shared/bundle/zip-reader';
import { formatByteSize } from '../../../shared/format/byte-size';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';

export interface ZipLimits {
  /** The most the members may declare in total, unpacked. */
  maxUncompressedBytes: number;
  /** The most one member may be compressed (declared size ÷ stored size) once it is over a megabyte unpacked. */
  maxCompressionRatio: number;
}

/**
 * Real workbooks unpack to a few times their size (100,000 rows × 15 columns: 10 MB → 72 MB, the sheet 7:1);
 * deflate cannot pass about 1,030:1, which only crafted files come near.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = { maxUncompressedBytes: 1024 ** 3, maxCompressionRatio: 500 };
const RATIO_CHECKED_ABOVE = 1024 ** 2;

/**
 * Checks an xlsx from its ZIP central directory alone, before anything is inflated: readable, a workbook, and not a
 * ZIP bomb by the sizes its members declare. The reader inflates members by the same directory and never past the
 * declared size, so a local header that disagrees cannot get round this.
 */
export async function checkXlsxZip(bytes: Uint8Array, limits: ZipLimits): Promise<void> {
  const entries = await listEntries(bytes);
  const names = new Set(entries.map((e) => e.name));
  if (!names.has('xl/workbook.xml'))
    throw new SpreadsheetError(
      names.has('content.xml')
        ? 'This is an OpenDocument file (.ods), not an xlsx workbook: save it as .xlsx and import again.'
        : 'This ZIP archive is not an Excel workbook (it has no xl/workbook.xml), so it is not a spreadsheet (xlsx or csv).',
    );
  const total = entries.reduce((sum, e) => sum + e.originalSize, 0);
  if (total > limits.maxUncompressedBytes)
    throw new SpreadsheetError(
      `The workbook would unpack to ${formatByteSize(total)}, more than the ${formatByteSize(limits.maxUncompressedBytes)} that can be imported safely; it may be a ZIP bomb.`,
    );
  const bomb = entries.find((e) => e.originalSize > RATIO_CHECKED_ABOVE && e.originalSize > e.size * limits.maxCompressionRatio);
  if (bomb)
    throw new SpreadsheetError(
      `Part ${bomb.name} of the workbook is compressed ${Math.round(bomb.originalSize / Math.max(bomb.size, 1))}-fold, which only crafted files (ZIP bombs) are; it was not opened.`,
    );
}

async function listEntries(bytes: Uint8Array): Promise<ZipEntry[]> {
  try {
    return await listZipEntries(bytes);
  } catch (error) {
    if (error instanceof BundleError) throw new SpreadsheetError(error.message);
    throw error;
  }
}
