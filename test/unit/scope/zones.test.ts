import { describe, expect, it } from 'vitest';
import {
  FOUNDATIONAL_REQUIREMENTS,
  FR_LABELS,
  conduitInputSchema,
  conduitProblems,
  conduitSchema,
  emptyConduitInput,
  emptyZoneInput,
  validateZoneNames,
  zoneInputSchema,
  zoneNameProblem,
} from '../../../shared/scope/zones';

const base = {
  id: '6a1f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
  assessmentId: '0b7f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
};

describe('zone schema', () => {
  it('accepts Purdue levels including the 3.5 DMZ and SL vectors per FR', () => {
    const zone = { ...emptyZoneInput('DMZ'), purdueLevels: [3.5], slTarget: 2, slTargetPerFr: { FR1: 3, FR5: 3 } };
    expect(zoneInputSchema.safeParse(zone).success).toBe(true);
  });

  it('rejects levels outside the scales and unknown FRs', () => {
    expect(zoneInputSchema.safeParse({ ...emptyZoneInput('Z'), purdueLevels: [2.5] }).success).toBe(false);
    expect(zoneInputSchema.safeParse({ ...emptyZoneInput('Z'), slTarget: 5 }).success).toBe(false);
    expect(zoneInputSchema.safeParse({ ...emptyZoneInput('Z'), slAchievedPerFr: { FR8: 1 } }).success).toBe(false);
    expect(zoneInputSchema.safeParse(emptyZoneInput('')).error?.issues[0]?.message).toBe('Zone name is required');
  });

  it('labels all seven FRs', () => {
    expect(FOUNDATIONAL_REQUIREMENTS.map((fr) => FR_LABELS[fr])).toEqual([
      'Identification and authentication control (IAC)',
      'Use control (UC)',
      'System integrity (SI)',
      'Data confidentiality (DC)',
      'Restricted data flow (RDF)',
      'Timely response to events (TRE)',
      'Resource availability (RA)',
    ]);
  });
});

describe('zone names', () => {
  it('reports names used twice, ignoring case and spaces', () => {
    expect(validateZoneNames([{ name: 'Cell 1' }, { name: ' cell 1 ' }, { name: 'DMZ' }])).toEqual([
      'Zone name "Cell 1" is used by 2 zones; zone names must be unique',
    ]);
    expect(validateZoneNames([{ name: 'A' }, { name: 'B' }])).toEqual([]);
  });

  it('checks one name against the other zones, not against itself', () => {
    const zones = [{ id: 'z1', name: 'Cell 1' }, { id: 'z2', name: 'DMZ' }];
    expect(zoneNameProblem('CELL 1', zones, 'z1')).toBeNull();
    expect(zoneNameProblem('dmz', zones, 'z1')).toBe('Another zone is already named "dmz"');
    expect(zoneNameProblem(' ', zones)).toBe('Zone name is required');
  });
});

describe('conduit schema and problems', () => {
  const conduit = { ...emptyConduitInput('z1', 'z2'), name: 'Historian replication', protocols: ['OPC UA'], direction: 'one-way' };

  it('accepts a conduit between two zones', () => {
    expect(conduitInputSchema.safeParse(conduit).success).toBe(true);
    expect(conduitSchema.safeParse({ ...base, ...conduit }).success).toBe(true);
  });

  it('rejects a conduit from a zone to itself, on toZoneId', () => {
    for (const schema of [conduitInputSchema, conduitSchema]) {
      const result = schema.safeParse({ ...base, ...conduit, toZoneId: 'z1' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]).toMatchObject({ path: ['toZoneId'], message: 'A conduit must connect two different zones' });
    }
  });

  it('lists missing, deleted and identical zones for the form', () => {
    const zones = [{ id: 'z1' }, { id: 'z2' }];
    expect(conduitProblems(conduit, zones)).toEqual([]);
    expect(conduitProblems({ fromZoneId: '', toZoneId: 'gone' }, zones)).toEqual([
      'Choose the zone the conduit starts from',
      'The zone the conduit leads to no longer exists',
    ]);
    expect(conduitProblems({ fromZoneId: 'z1', toZoneId: 'z1' }, zones)).toEqual(['A conduit must connect two different zones']);
  });
});
