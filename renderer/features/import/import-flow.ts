import type { Asset, AssetField } from '../../../shared/assets/asset';
import { duplicateCandidate, findDuplicates, type DuplicateGroup } from '../../../shared/import';
import { unpackRows } from '../../../shared/import/packed-rows';
import { rowKey } from '../../../shared/import/plan-import';
import type { ColumnMapping, ImportedRow } from '../../../shared/import/types';
import { api, unwrap } from '../../api';

/** Rows per IPC call: each answer stays a few MB, and the progress bar moves. */
const ROWS_PER_CALL = 5_000;

/** The mapping as the IPC contract carries it (JSON object keys are strings). */
export function mappingForIpc(mapping: ColumnMapping): Record<string, AssetField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, AssetField] => e[1] !== undefined));
}

/**
 * Fetches every checked row of the sheet from main, chunk by chunk: the next chunk is asked for before this one is
 * unpacked, so main checks rows on its own core while the renderer takes in the previous ones.
 */
export async function readAllRows(
  request: { sessionId: string; sheet: string; headerRowIndex: number; mapping: ColumnMapping; total: number },
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean,
): Promise<ImportedRow[] | null> {
  const { total, ...sheet } = request;
  const fetchChunk = (offset: number) => api().importRows({ ...sheet, mapping: mappingForIpc(sheet.mapping), offset, limit: ROWS_PER_CALL });
  const rows: ImportedRow[] = [];
  let next = fetchChunk(0);
  for (let offset = 0; ; offset += ROWS_PER_CALL) {
    const chunk = unwrap(await next);
    if (isCancelled()) return null;
    // The sheet's data rows were counted when it was analysed; a different count means it is not the same sheet.
    if (chunk.total !== total) throw new Error(`The sheet now has ${chunk.total} data rows instead of ${total}; open the file again.`);
    if (offset + ROWS_PER_CALL < total) next = fetchChunk(offset + ROWS_PER_CALL);
    for (const row of unpackRows(chunk.rows)) rows.push(row);
    onProgress(rows.length, total);
    if (offset + ROWS_PER_CALL >= total) return rows;
  }
}

/** Duplicates within the file and against the stored inventory (rejected rows take no part). */
export function duplicatesOf(rows: readonly ImportedRow[], existing: readonly Asset[]): DuplicateGroup[] {
  return findDuplicates(
    rows.filter((r) => !r.rejected).map((r) => duplicateCandidate(rowKey(r.row), r.asset)),
    existing.map((a) => duplicateCandidate(a.id, a)),
  );
}
