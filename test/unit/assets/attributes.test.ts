import { describe, expect, it } from 'vitest';
import { emptyAssetContent, type Asset } from '../../../shared/assets/asset';
import { attributeLabels, attributeValue, mergeAttributes, withAttribute } from '../../../shared/assets/attributes';
import { NO_FILTER, attributeColumnKey, filterAssets, sortAssets } from '../../../shared/assets/inventory-view';
import { mergeAssetContent } from '../../../shared/import/merge-asset';

const asset = (id: string, attributes?: Asset['attributes']): Asset => ({
  ...emptyAssetContent(`dev-${id}`),
  id,
  assessmentId: 'a',
  createdAt: '2026-12-06T00:00:00.000Z',
  updatedAt: '2026-12-06T00:00:00.000Z',
  ...(attributes ? { attributes } : {}),
});

describe('extra attributes', () => {
  it('reads, sets, replaces and removes a value by label, ignoring case and spacing', () => {
    const list = [{ label: 'Last service', value: '2026-03-14' }];
    expect(attributeValue({ attributes: list }, 'last  SERVICE')).toBe('2026-03-14');
    expect(attributeValue({}, 'Rack')).toBe('');
    expect(withAttribute(list, 'LAST SERVICE', '2026-06-01')).toEqual([{ label: 'Last service', value: '2026-06-01' }]);
    expect(withAttribute(list, 'Rack', 'R01')).toEqual([...list, { label: 'Rack', value: 'R01' }]);
    expect(withAttribute(list, 'last service', '')).toEqual([]);
    expect(withAttribute(undefined, 'Rack', 'R01')).toEqual([{ label: 'Rack', value: 'R01' }]);
  });

  it('merges label by label with the newer value winning, and lists every label once in first-met order', () => {
    expect(mergeAttributes([{ label: 'Rack', value: 'R01' }, { label: 'Backup', value: 'none' }], [{ label: 'backup', value: 'nightly' }, { label: 'Room', value: '2' }])).toEqual([
      { label: 'Rack', value: 'R01' },
      { label: 'Backup', value: 'nightly' },
      { label: 'Room', value: '2' },
    ]);
    expect(attributeLabels([asset('1', [{ label: 'Rack', value: 'R01' }]), asset('2'), asset('3', [{ label: 'rack', value: 'R2' }, { label: 'Room', value: '1' }])])).toEqual(['Rack', 'Room']);
  });

  it('a duplicate merged on import keeps the stored attributes and takes the file’s', () => {
    const stored = { ...emptyAssetContent('PLC-01'), attributes: [{ label: 'Rack', value: 'R01' }] };
    const incoming = { ...emptyAssetContent('PLC-01'), attributes: [{ label: 'Cabinet', value: 'C3' }] };
    expect(mergeAssetContent(stored, incoming).attributes).toEqual([
      { label: 'Rack', value: 'R01' },
      { label: 'Cabinet', value: 'C3' },
    ]);
    expect(mergeAssetContent(stored, emptyAssetContent('PLC-01')).attributes).toEqual(stored.attributes);
  });

  it('are found by the inventory search and sort as a column', () => {
    const assets = [asset('1', [{ label: 'Rack', value: 'R10' }]), asset('2', [{ label: 'Rack', value: 'R9' }]), asset('3')];
    expect(filterAssets(assets, { ...NO_FILTER, search: 'rack r9' }).map((a) => a.id)).toEqual(['2']);
    expect(sortAssets(assets, { field: attributeColumnKey('Rack'), direction: 'asc' }).map((a) => a.id)).toEqual(['2', '1', '3']);
  });
});
