import { describe, expect, it } from 'vitest';
import { firstByName } from '../../../renderer/features/scope/first-by-name';

const named = (...names: string[]) => names.map((name) => ({ name }));

describe('firstByName', () => {
  it('keeps the first names in numeric, case-insensitive order, as a full sort would', () => {
    const items = named('PLC-10', 'hmi-2', 'PLC-2', 'HMI-10', 'plc-1', 'EWS');
    expect(firstByName(items, 3).map((i) => i.name)).toEqual(['EWS', 'hmi-2', 'HMI-10']);
    expect(firstByName(items, 10).map((i) => i.name)).toEqual(['EWS', 'hmi-2', 'HMI-10', 'plc-1', 'PLC-2', 'PLC-10']);
    expect(firstByName(items, 0)).toEqual([]);
  });

  it('matches a full sort on a large shuffled list', () => {
    const items = Array.from({ length: 5000 }, (_, i) => ({ name: `Asset ${(i * 7919) % 5000}` }));
    const sorted = [...items].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' }));
    expect(firstByName(items, 200)).toEqual(sorted.slice(0, 200));
  });
});
