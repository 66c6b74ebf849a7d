import type { Asset, AssetField } from '../../../shared/assets/asset';
import { duplicateCandidate, findDuplicates, type DuplicateFindings } from '../../../shared/import';
import { unpackRows } from '../../../shared/import/packed-rows';
import { rowKey } from '../../../shared/import/plan-import';
import type { ColumnMapping, ImportedRow } from '../../../shared/import/types';
import { api, unwrap } from '../../api';
import type { MemberOf } from './DuplicateMembers';

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
export function duplicatesOf(rows: readonly ImportedRow[], existing: readonly Asset[]): DuplicateFindings {
  return findDuplicates(
    rows.filter((r) => !r.rejected).map((r) => duplicateCandidate(rowKey(r.row), r.asset)),
    existing.map((a) => duplicateCandidate(a.id, a)),
  );
}

/** Looks group members up by key: maps built once, so a group of 50,000 rows costs 50,000 look-ups, not a scan each. */
export function membersOf(rows: readonly ImportedRow[], existing: readonly Asset[]): MemberOf {
  const byRow = new Map(rows.map((r) => [rowKey(r.row), r.asset]));
  const byId = new Map(existing.map((a) => [a.id, a]));
  return (m) => {
    const asset = m.kind === 'existing' ? byId.get(m.key) : byRow.get(m.key);
    const label = m.kind === 'existing' ? `stored “${asset?.name ?? m.key}”` : `row ${m.key} “${asset?.name ?? ''}”`;
    return {
      label,
      name: asset?.name ?? '',
      serialNumber: asset?.serialNumber ?? '',
      macAddresses: asset?.macAddresses ?? [],
      ipAddresses: asset?.ipAddresses ?? [],
    };
  };
}

type RowsRequest = Parameters<typeof readAllRows>[0];
interface Fetch {
  key: string;
  stopped: boolean;
  rows: Promise<ImportedRow[] | null>;
  progress: (done: number, total: number) => void;
}

/**
 * Fetches the checked rows for the mapping on screen while the assessor looks at it, so "Check rows" only waits for
 * what is left (nothing, for most files). A changed mapping, header row or sheet stops the old fetch and starts anew.
 */
export class RowPrefetch {
  private current: Fetch | null = null;

  start(request: RowsRequest): void {
    const key = keyOf(request);
    if (this.current?.key === key) return;
    this.stop();
    const fetch: Fetch = { key, stopped: false, rows: Promise.resolve(null), progress: () => undefined };
    fetch.rows = readAllRows(request, (done, total) => fetch.progress(done, total), () => fetch.stopped);
    // Failures are reported when the rows are taken; until then nobody is waiting for them.
    fetch.rows.catch(() => undefined);
    this.current = fetch;
  }

  /** The rows for this request (fetched ahead, or fetched now); onProgress hears how far it has got from now on. */
  take(request: RowsRequest, onProgress: (done: number, total: number) => void): Promise<ImportedRow[] | null> {
    this.start(request);
    this.current!.progress = onProgress;
    return this.current!.rows;
  }

  stop(): void {
    if (this.current) this.current.stopped = true;
    this.current = null;
  }
}

const keyOf = ({ sessionId, sheet, headerRowIndex, mapping }: RowsRequest) =>
  JSON.stringify([sessionId, sheet, headerRowIndex, mappingForIpc(mapping)]);
