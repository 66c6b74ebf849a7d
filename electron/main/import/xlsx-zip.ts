import { inflateRaw } from 'node:zlib';
import { SpreadsheetError } from '../../../shared/import/spreadsheet-error';
import { readMember, readZipDirectory, ZipError, type RawInflater, type ZipLimits, type ZipMember } from '../../../shared/zip/zip-archive';

/**
 * Real workbooks unpack to a few times their size (100,000 rows × 15 columns: 10 MB → 72 MB, the sheet 7:1) and
 * hold a few dozen parts; deflate cannot pass about 1,030:1, which only crafted files come near.
 */
export const XLSX_ZIP_LIMITS: ZipLimits = {
  maxMembers: 10_000,
  maxMemberBytes: 1024 ** 3,
  maxTotalBytes: 1024 ** 3,
  maxCompressionRatio: 500,
};

/**
 * The workbook's parts by name, from its ZIP directory alone, before anything is inflated: readable, a workbook,
 * and within the limits. Throws SpreadsheetError.
 */
export function openXlsxZip(bytes: Uint8Array, limits: ZipLimits): Map<string, ZipMember> {
  let members: ZipMember[];
  try {
    members = readZipDirectory(bytes, limits);
  } catch (error) {
    throw error instanceof ZipError ? workbookZipError(error) : error;
  }
  const parts = new Map(members.map((m) => [m.name, m]));
  if (!parts.has('xl/workbook.xml'))
    throw new SpreadsheetError(
      parts.has('content.xml')
        ? 'This is an OpenDocument file (.ods), not an xlsx workbook: save it as .xlsx and import again.'
        : 'This ZIP archive is not an Excel workbook (it has no xl/workbook.xml), so it is not a spreadsheet (xlsx or csv).',
    );
  return parts;
}

/** A part's bytes, inflated by zlib in its thread pool, never past the declared size; throws SpreadsheetError. */
export async function readPart(bytes: Uint8Array, member: ZipMember): Promise<Uint8Array> {
  try {
    return await readMember(bytes, member, inflateWithZlib);
  } catch (error) {
    throw error instanceof ZipError ? workbookZipError(error) : error;
  }
}

export function workbookZipError(error: ZipError): SpreadsheetError {
  return new SpreadsheetError(
    error.kind === 'too-large'
      ? `The workbook was not opened, as it may be a ZIP bomb (a file made to exhaust memory): ${error.message}.`
      : error.kind === 'unsupported'
        ? `The workbook cannot be read: ${error.message}. Save it again from Excel or LibreOffice as a plain .xlsx.`
        : `The file is damaged: ${error.message}.`,
  );
}

const inflateWithZlib: RawInflater = (data, size) => {
  // zlib's default 16 KB chunks cost a callback each: a big sheet inflates four times faster in 1 MB ones.
  const options = { maxOutputLength: Math.max(1, size), chunkSize: Math.min(Math.max(size, 64), 1024 ** 2) };
  return new Promise((resolve, reject) => inflateRaw(data, options, (error, result) => (error ? reject(error) : resolve(result))));
};
