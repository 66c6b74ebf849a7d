import { describe, expect, it } from 'vitest';
import { NO_FILTER, countBy, filterAssets, sortAssets } from '../../../shared/assets/inventory-view';
import { stored } from './asset-fixtures';

const assets = [
  stored('1', 'PLC-10', { assetType: 'plc', zone: 'Cell 1', criticality: 'high', ipAddresses: ['10.0.0.10'], vendor: 'Siemens', purdueLevel: '1' }),
  stored('2', 'PLC-9', { assetType: 'plc', zone: 'Cell 2', criticality: 'critical', vendor: 'Omron', purdueLevel: '1' }),
  stored('3', 'hmi-1', { assetType: 'hmi', zone: 'Cell 1', macAddresses: ['00:1b:1b:aa:bb:cc'], purdueLevel: '2' }),
  stored('4', 'Unknown box'),
];

describe('inventory view', () => {
  it('searches every word across name, vendor, IPs and MACs, case-insensitively', () => {
    expect(filterAssets(assets, { ...NO_FILTER, search: 'siemens 10.0.0' }).map((a) => a.id)).toEqual(['1']);
    expect(filterAssets(assets, { ...NO_FILTER, search: 'AA:BB' }).map((a) => a.id)).toEqual(['3']);
    expect(filterAssets(assets, { ...NO_FILTER, search: 'PLC' }).map((a) => a.id)).toEqual(['1', '2']);
  });

  it('filters by type (or missing type), zone and criticality', () => {
    expect(filterAssets(assets, { ...NO_FILTER, assetType: 'plc', zone: 'Cell 1' }).map((a) => a.id)).toEqual(['1']);
    expect(filterAssets(assets, { ...NO_FILTER, assetType: 'none' }).map((a) => a.id)).toEqual(['4']);
    expect(filterAssets(assets, { ...NO_FILTER, criticality: 'none' }).map((a) => a.id)).toEqual(['3', '4']);
  });

  it('sorts naturally (PLC-9 before PLC-10), both ways, empty values last', () => {
    expect(sortAssets(assets, { field: 'name', direction: 'asc' }).map((a) => a.name)).toEqual(['hmi-1', 'PLC-9', 'PLC-10', 'Unknown box']);
    expect(sortAssets(assets, { field: 'vendor', direction: 'desc' }).map((a) => a.id)).toEqual(['1', '2', '3', '4']);
    expect(sortAssets(assets, { field: 'purdueLevel', direction: 'desc' }).map((a) => a.id)).toEqual(['3', '1', '2', '4']);
  });

  it('counts by type, zone, criticality and Purdue level, largest first', () => {
    expect(countBy(assets, 'assetType')).toEqual([['plc', 2], ['(none)', 1], ['hmi', 1]]);
    expect(countBy(assets, 'zone')).toEqual([['Cell 1', 2], ['(none)', 1], ['Cell 2', 1]]);
    expect(countBy(assets, 'purdueLevel')).toEqual([['1', 2], ['(none)', 1], ['2', 1]]);
  });
});
