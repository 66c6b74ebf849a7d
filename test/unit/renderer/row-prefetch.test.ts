import { afterEach, describe, expect, it, vi } from 'vitest';
import { RowPrefetch } from '../../../renderer/features/import/import-flow';
import { importRows } from '../../../shared/import';
import { packRows } from '../../../shared/import/packed-rows';
import type { ColumnMapping, SheetGrid } from '../../../shared/import/types';
import type { RendererApi } from '../../../shared/ipc/contract';

const SESSION = '6f1c7c1e-0000-4000-8000-000000000001';
const grid: SheetGrid = {
  name: 'Assets',
  rows: [['Tag', 'IP'], ...Array.from({ length: 12_000 }, (_, i) => [`PLC-${i + 1}`, `10.0.${i >> 8}.${i & 255}`])],
};

/** Main's importRows over a real grid and the real pipeline; only the IPC transport is left out. */
function serveRows() {
  const calls: { offset: number; mapping: Record<string, string> }[] = [];
  const importRowsChannel = async (request: { mapping: Record<string, string>; offset: number; limit: number; headerRowIndex: number }) => {
    calls.push({ offset: request.offset, mapping: request.mapping });
    const mapping: ColumnMapping = Object.fromEntries(Object.entries(request.mapping).map(([c, f]) => [Number(c), f])) as ColumnMapping;
    const { rows, total } = importRows(grid, request.headerRowIndex, mapping, { file: 'plant.csv' }, request);
    return { ok: true as const, value: { rows: packRows(rows, grid.name, 'plant.csv'), total } };
  };
  (globalThis as { window?: unknown }).window = { csms: { importRows: importRowsChannel } as unknown as RendererApi };
  return calls;
}
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const request = (mapping: ColumnMapping) => ({ sessionId: SESSION, sheet: 'Assets', headerRowIndex: 0, mapping, total: 12_000 });

describe('checking rows ahead', () => {
  it('hands over the rows fetched ahead, without asking main again', async () => {
    const calls = serveRows();
    const prefetch = new RowPrefetch();
    prefetch.start(request({ 0: 'name', 1: 'ipAddresses' }));
    // Main answers every chunk before the assessor asks for the rows.
    await vi.waitFor(() => expect(calls).toHaveLength(3));
    const rows = await prefetch.take(request({ 0: 'name', 1: 'ipAddresses' }), () => undefined);
    expect(rows).toHaveLength(12_000);
    expect(rows![11_999]).toMatchObject({ row: 12_001, asset: { name: 'PLC-12000', ipAddresses: ['10.0.46.223'] } });
    expect(calls.map((c) => c.offset)).toEqual([0, 5000, 10_000]);
  });

  it('starts over when the mapping changes, and the old fetch stops', async () => {
    const calls = serveRows();
    const prefetch = new RowPrefetch();
    prefetch.start(request({ 0: 'name' }));
    const rows = await prefetch.take(request({ 0: 'name', 1: 'ipAddresses' }), () => undefined);
    expect(rows![0]!.asset.ipAddresses).toEqual(['10.0.0.0']);
    const old = calls.filter((c) => !('1' in c.mapping));
    // The first fetch had at most its first chunk and the one asked ahead in flight when it was stopped.
    expect(old.length).toBeLessThanOrEqual(2);
    expect(calls.filter((c) => '1' in c.mapping).map((c) => c.offset)).toEqual([0, 5000, 10_000]);
  });
});
