import type { ImportReport } from '../../../shared/import/report';
import { emptyAssetContent, type Asset, type AssetContent } from '../../../shared/assets/asset';
import type { ImportedRow } from '../../../shared/import/types';

export const ASSESSMENT = '5a0f3f6e-8f3c-4a8e-9d41-0c6b2b7d9e11';

export function content(name: string, extra: Partial<AssetContent> = {}): AssetContent {
  return { ...emptyAssetContent(name), ...extra };
}

export function stored(id: string, name: string, extra: Partial<AssetContent> = {}): Asset {
  const t = '2026-11-01T10:00:00.000Z';
  return { ...content(name, extra), id, assessmentId: ASSESSMENT, createdAt: t, updatedAt: t };
}

export function row(n: number, name: string, extra: Partial<AssetContent> = {}, rejected = false): ImportedRow {
  return {
    row: n,
    asset: content(name, { ...extra, source: { file: 'plant.xlsx', sheet: 'Assets', row: n } }),
    issues: rejected ? [{ row: n, column: 1, columnName: 'Tag', severity: 'error', message: 'The name is empty.' }] : [],
    rejected,
  };
}

/** The report of a two-row import, for tests of what happens around an import. */
export const TWO_ROW_IMPORT_REPORT: ImportReport = {
  fileName: 'plant.xlsx',
  sheet: 'Assets',
  headerRow: 1,
  importedAt: '2026-11-23T10:00:00.000Z',
  counts: { rows: 2, imported: 2, merged: 0, skipped: 0, rejected: 0 },
  mapping: {},
  outcomes: [],
  issues: [],
};

/** The report of an import from `fileName` with nothing in it: for tests about what is stored, not what is reported. */
export const importReport = (fileName: string): ImportReport => ({
  fileName,
  sheet: 'Assets',
  headerRow: 1,
  importedAt: '2026-11-22T10:00:00.000Z',
  counts: { rows: 0, imported: 0, merged: 0, skipped: 0, rejected: 0 },
  mapping: {},
  outcomes: [],
  issues: [],
});
