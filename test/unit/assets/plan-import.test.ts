import { describe, expect, it } from 'vitest';
import { mergeAssetContent } from '../../../shared/import/merge-asset';
import { planImport } from '../../../shared/import/plan-import';
import { content, row, stored } from './asset-fixtures';

describe('mergeAssetContent', () => {
  it('lets the file’s non-empty values win, unites lists and keeps both notes', () => {
    const merged = mergeAssetContent(
      content('PLC-01', { vendor: 'Siemens', firmware: 'V2.8', ipAddresses: ['10.0.0.5'], notes: 'Cabinet 3', criticality: 'high' }),
      content('PLC-01', { firmware: 'V2.9', ipAddresses: ['10.0.0.5', '10.0.1.5'], notes: 'Replaced 2025', criticality: null }),
    );
    expect(merged).toMatchObject({
      vendor: 'Siemens',
      firmware: 'V2.9',
      ipAddresses: ['10.0.0.5', '10.0.1.5'],
      notes: 'Cabinet 3\nReplaced 2025',
      criticality: 'high',
    });
  });
});

describe('planImport', () => {
  const existing = [stored('a1', 'PLC-01', { macAddresses: ['00:1b:1b:00:00:01'], firmware: 'V2.8' })];
  const rows = [
    row(2, 'PLC-01', { macAddresses: ['00:1b:1b:00:00:01'], firmware: 'V2.9' }),
    row(3, 'HMI-01', { ipAddresses: ['10.0.0.9'] }),
    row(4, 'HMI-01', { ipAddresses: ['10.0.0.9'], model: 'KTP900' }),
    row(5, '', {}, true),
    row(6, 'SW-01'),
  ];
  const groups = [
    { reason: 'mac' as const, members: [{ kind: 'incoming' as const, key: '2' }, { kind: 'existing' as const, key: 'a1' }], conflicts: [] },
    { reason: 'ip+name' as const, members: [{ kind: 'incoming' as const, key: '3' }, { kind: 'incoming' as const, key: '4' }], conflicts: [] },
  ];

  it('merges into the stored asset and within the file by default, rejecting rows with errors', () => {
    const plan = planImport(rows, existing, groups, () => 'merge');
    expect(plan.update).toEqual([{ id: 'a1', content: expect.objectContaining({ name: 'PLC-01', firmware: 'V2.9' }) }]);
    expect(plan.add.map((a) => [a.row, a.content.name, a.content.model])).toEqual([
      [3, 'HMI-01', 'KTP900'],
      [6, 'SW-01', ''],
    ]);
    expect(plan.counts).toEqual({ rows: 5, imported: 2, merged: 2, skipped: 0, rejected: 1 });
    expect(plan.outcomes).toEqual([
      { row: 2, name: 'PLC-01', outcome: 'merged', reason: 'Duplicate (mac) of stored asset “PLC-01”; merged.' },
      { row: 4, name: 'HMI-01', outcome: 'merged', reason: 'Duplicate (ip+name) of row 3; merged.' },
      { row: 5, name: '', outcome: 'rejected', reason: 'The name is empty.' },
    ]);
  });

  it('keeps both or skips the file’s copies when asked', () => {
    const keep = planImport(rows, existing, groups, () => 'keep');
    expect(keep.update).toEqual([]);
    expect(keep.add.map((a) => a.row)).toEqual([2, 3, 4, 6]);

    const skip = planImport(rows, existing, groups, (i) => (i === 0 ? 'skip' : 'merge'));
    expect(skip.update).toEqual([]);
    expect(skip.add.map((a) => a.row)).toEqual([3, 6]);
    expect(skip.outcomes[0]).toEqual({ row: 2, name: 'PLC-01', outcome: 'skipped', reason: 'Duplicate (mac) of stored asset “PLC-01”; skipped.' });
  });
});
