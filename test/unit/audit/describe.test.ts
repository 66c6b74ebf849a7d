import { describe, expect, it } from 'vitest';
import {
  authorName,
  describeValue,
  entryTitle,
  EMPTY_VALUE,
  fieldLabel,
  SHORT_TEXT,
  TABLE_LABELS,
  UNNAMED_ASSESSOR,
} from '../../../shared/audit/describe';

describe('audit trail in words', () => {
  it('names fields as words, opening the assessment’s scope and risk settings with “›”', () => {
    expect(fieldLabel('assets', 'criticality')).toBe('Criticality');
    expect(fieldLabel('assets', 'ipAddresses')).toBe('IP addresses');
    expect(fieldLabel('assets', 'name')).toBe('Name / tag');
    expect(fieldLabel('assessments', 'scope.boundaries')).toBe('Scope › Boundaries');
    expect(fieldLabel('assessments', 'scope.sucDescription')).toBe('Scope › System under consideration');
    expect(fieldLabel('assessments', 'risk.ownThreats')).toBe('Risk settings › Own threats');
    expect(fieldLabel('assessments', 'startDate')).toBe('Start date');
    expect(fieldLabel('zones', 'slTarget')).toBe('SL-T');
    expect(fieldLabel('zones', 'slAchievedPerFr')).toBe('SL-A per FR');
    expect(fieldLabel('zones', 'purdueLevels')).toBe('Purdue levels');
    expect(fieldLabel('conduits', 'fromZoneId')).toBe('From zone');
    expect(fieldLabel('actions', 'riskIds')).toBe('Risks');
    expect(fieldLabel('answers', 'achieved')).toBe('Achieved maturity');
    expect(fieldLabel('answers', 'naReason')).toBe('Why it does not apply');
    expect(fieldLabel('risks', 'existingCountermeasures')).toBe('Existing countermeasures');
    expect(fieldLabel('risks', 'residualLikelihood')).toBe('Likelihood (residual)');
  });

  it('shows empty values as a dash and booleans as yes or no', () => {
    for (const empty of [undefined, null, '', [], {}]) expect(describeValue('assets', 'notes', empty)).toEqual({ text: EMPTY_VALUE });
    expect(describeValue('zones', 'safety', true)).toEqual({ text: 'yes' });
    expect(describeValue('assets', 'remoteAccess', false)).toEqual({ text: 'no' });
    expect(describeValue('zones', 'slTarget', 0)).toEqual({ text: '0' });
  });

  it('shows stored keys by the labels the screens use', () => {
    expect(describeValue('assets', 'criticality', 'high').text).toBe('High');
    expect(describeValue('assets', 'assetType', 'ews').text).toBe('Engineering workstation');
    expect(describeValue('answers', 'status', 'not-implemented').text).toBe('Not implemented');
    expect(describeValue('answers', 'achieved', 2).text).toBe('2 · Managed');
    expect(describeValue('risks', 'consequences', { safety: 3, production: 2 }).text).toBe('Health and safety: 3, Production / business continuity: 2');
    // A key the labels do not know (a newer version's) still reads as itself.
    expect(describeValue('assets', 'criticality', 'extreme').text).toBe('extreme');
  });

  it('joins short lists and counts long ones, with every item in the full text', () => {
    expect(describeValue('assets', 'ipAddresses', ['10.0.0.1', '10.0.0.2'])).toEqual({ text: '10.0.0.1, 10.0.0.2' });
    const many = Array.from({ length: 9 }, (_, i) => `10.0.0.${i}`);
    expect(describeValue('assets', 'ipAddresses', many)).toEqual({ text: '9 items', full: many.join('\n') });
    const records = [{ id: 'r1', kind: 'interview', text: 'Backups are tested yearly', who: 'J. Weiß', on: '2026-11-21' }];
    const described = describeValue('answers', 'records', records);
    expect(described.text).toBe('1 item');
    expect(described.full).toContain('Backups are tested yearly');
  });

  it('shows an asset’s extra attributes from its file as "label: value" lines', () => {
    expect(fieldLabel('assets', 'attributes')).toBe('Extra attributes');
    const attributes = [
      { label: 'Rack', value: 'R01' },
      { label: 'Last service', value: '2026-03-14' },
    ];
    expect(describeValue('assets', 'attributes', attributes)).toEqual({ text: '2 items', full: 'Rack: R01\nLast service: 2026-03-14' });
  });

  it('names records that ids point to when their names are known, and counts them otherwise', () => {
    const names = new Map([
      ['z1', 'Control'],
      ['z2', 'DMZ'],
    ]);
    const nameOf = (id: string) => names.get(id);
    expect(describeValue('conduits', 'fromZoneId', 'z1', nameOf).text).toBe('Control');
    expect(describeValue('findings', 'zoneIds', ['z1', 'z2'], nameOf).text).toBe('Control, DMZ');
    expect(describeValue('findings', 'zoneIds', ['z1', 'unknown-id'], nameOf).text).toBe('2 items');
    expect(describeValue('risks', 'target', { kind: 'zone', zoneId: 'z2' }, nameOf).text).toBe('Zone: DMZ');
  });

  it('cuts long text to a line and keeps the whole of it', () => {
    const long = 'The boundary runs along the fence of the treatment works and includes the remote pumping stations. '.repeat(3);
    const described = describeValue('assessments', 'scope.boundaries', long);
    expect(described.text.length).toBe(SHORT_TEXT);
    expect(described.text.endsWith('…')).toBe(true);
    expect(described.full).toBe(long);
    expect(describeValue('assets', 'notes', 'Line one\nLine two')).toEqual({ text: 'Line one Line two', full: 'Line one\nLine two' });
    expect(describeValue('assets', 'notes', 'Short')).toEqual({ text: 'Short' });
  });

  it('names assessors, unnamed ones too, and entries by their action and file', () => {
    expect(authorName({ id: 'a', name: 'Ana Ruiz' })).toBe('Ana Ruiz');
    expect(authorName({ id: 'a', name: '  ' })).toBe(UNNAMED_ASSESSOR);
    expect(entryTitle({ action: 'merge', note: 'jurgen-site-b.csms' })).toBe('Merged a colleague’s file — jurgen-site-b.csms');
    expect(entryTitle({ action: 'edit' })).toBe('Edited');
    expect(TABLE_LABELS.risks.one).toBe('Risk scenario');
  });
});
