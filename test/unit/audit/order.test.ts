import { describe, expect, it } from 'vitest';
import { byEntryTime } from '../../../shared/audit/audit';

const AT = '2026-12-06T08:00:00.000Z';
const LATER = '2026-12-06T08:00:00.001Z';

describe('the audit trail’s order', () => {
  it('orders entries of one millisecond by replica, then by the replica’s own entry number, whatever their ids', () => {
    const made = [
      { id: 'ffffffff', at: AT, replica: 'b', seq: 1 },
      { id: '00000000', at: AT, replica: 'a', seq: 2 },
      { id: '99999999', at: AT, replica: 'a', seq: 10 },
      { id: '11111111', at: LATER, replica: 'a', seq: 1 },
      { id: 'eeeeeeee', at: AT, replica: 'a', seq: 1 },
    ];
    const expected = ['eeeeeeee', '00000000', '99999999', 'ffffffff', '11111111'];
    // Every starting order gives the same result: a total order, not the sort's stability.
    for (let shift = 0; shift < made.length; shift++) {
      const rotated = [...made.slice(shift), ...made.slice(0, shift)];
      expect(rotated.sort(byEntryTime).map((e) => e.id)).toEqual(expected);
      expect([...rotated].reverse().sort(byEntryTime).map((e) => e.id)).toEqual(expected);
    }
  });
});
