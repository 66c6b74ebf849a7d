import type { Asset, AssetField } from '../../../shared/assets/asset';
import { duplicateCandidate, findDuplicates, type DuplicateGroup } from '../../../shared/import';
import { rowKey } from '../../../shared/import/plan-import';
import type { ColumnMapping, ImportedRow } from '../../../shared/import/types';
import { api, unwrap } from '../../api';

/** Rows per IPC call: each answer stays a few MB, and the progress bar moves. */
const ROWS_PER_CALL = 10_000;

/** The mapping as the IPC contract carries it (JSON object keys are strings). */
export function mappingForIpc(mapping: ColumnMapping): Record<string, AssetField> {
  return Object.fromEntries(Object.entries(mapping).filter((e): e is [string, AssetField] => e[1] !== undefined));
}

/** Fetches every checked row of the sheet from main, chunk by chunk. */
export async function readAllRows(
  request: { sessionId: string; sheet: string; headerRowIndex: number; mapping: ColumnMapping },
  onProgress: (done: number, total: number) => void,
  isCancelled: () => boolean,
): Promise<ImportedRow[] | null> {
  const rows: ImportedRow[] = [];
  let total = Infinity;
  for (let offset = 0; offset < total; offset += ROWS_PER_CALL) {
    if (isCancelled()) return null;
    const chunk = unwrap(await api().importRows({ ...request, mapping: mappingForIpc(request.mapping), offset, limit: ROWS_PER_CALL }));
    total = chunk.total;
    rows.push(...chunk.rows);
    onProgress(rows.length, total);
  }
  return rows;
}

/** Duplicates within the file and against the stored inventory (rejected rows take no part). */
export function duplicatesOf(rows: readonly ImportedRow[], existing: readonly Asset[]): DuplicateGroup[] {
  return findDuplicates(
    rows.filter((r) => !r.rejected).map((r) => duplicateCandidate(rowKey(r.row), r.asset)),
    existing.map((a) => duplicateCandidate(a.id, a)),
  );
}
