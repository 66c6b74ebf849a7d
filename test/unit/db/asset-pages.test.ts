import { describe, expect, it } from 'vitest';
import { changePages, pageIdOf, type AssetPage } from '../../../renderer/db/asset-pages';
import type { Asset } from '../../../shared/assets/asset';
import { content } from '../assets/asset-fixtures';

const A = '11111111-1111-4111-8111-111111111111';
const asset = (id: string, name: string, assessmentId = A): Asset => ({
  ...content(name),
  id,
  assessmentId,
  createdAt: '2026-11-23T00:00:00.000Z',
  updatedAt: '2026-11-23T00:00:00.000Z',
});

describe('asset pages', () => {
  it('puts an asset on the page named by its assessment and the first two hex digits of its id', () => {
    expect(pageIdOf(asset('AB345678-0000-4000-8000-000000000000', 'x'))).toBe(`${A}/ab`);
  });

  it('groups new assets into pages, one per id prefix', () => {
    const assets = [asset('ab000000-0000-4000-8000-000000000001', 'A'), asset('ab000000-0000-4000-8000-000000000002', 'B'), asset('cd000000-0000-4000-8000-000000000003', 'C')];
    const { write, emptied } = changePages([], assets);
    expect(emptied).toEqual([]);
    expect(write.map((p) => [p.id, p.assessmentId, p.assets.map((a) => a.name)])).toEqual([
      [`${A}/ab`, A, ['A', 'B']],
      [`${A}/cd`, A, ['C']],
    ]);
  });

  it('replaces, adds and removes on the touched pages only, keeping order, and reports emptied pages', () => {
    const a = asset('ab000000-0000-4000-8000-000000000001', 'A');
    const b = asset('ab000000-0000-4000-8000-000000000002', 'B');
    const c = asset('cd000000-0000-4000-8000-000000000003', 'C');
    const pages: AssetPage[] = [
      { id: `${A}/ab`, assessmentId: A, assets: [a, b] },
      { id: `${A}/cd`, assessmentId: A, assets: [c] },
      { id: `${A}/ef`, assessmentId: A, assets: [asset('ef000000-0000-4000-8000-000000000004', 'untouched')] },
    ];
    const renamed = { ...a, name: 'A2' };
    const added = asset('ab000000-0000-4000-8000-000000000009', 'New');
    const { write, emptied } = changePages(pages, [renamed, added], [b.id, c.id]);
    expect(write.map((p) => [p.id, p.assets.map((x) => x.name)])).toEqual([[`${A}/ab`, ['A2', 'New']]]);
    expect(emptied).toEqual([`${A}/cd`]);
    // The input pages are not modified: a failed transaction must leave callers' copies as they were.
    expect(pages[0]!.assets.map((x) => x.name)).toEqual(['A', 'B']);
  });

  it('drops an asset that is both put and removed', () => {
    const a = asset('ab000000-0000-4000-8000-000000000001', 'A');
    expect(changePages([], [a], [a.id])).toEqual({ write: [], emptied: [`${A}/ab`] });
  });
});
