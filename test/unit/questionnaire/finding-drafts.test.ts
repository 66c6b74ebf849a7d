import { describe, expect, it } from 'vitest';
import {
  findingInputSchema,
  findingSchema,
  mergeFindings,
  proposeFindings,
  type Finding,
  type FindingInput,
} from '../../../shared/questionnaire/finding-drafts';
import { answer, catalogue, requirement, step } from './fake-catalogue';

const cat = catalogue(
  [
    requirement('GOV-01', 1, { ed1: ['4.3.2.6.1'], ed2: ['SPE 1', 'ORG'] }),
    requirement('ACC-01', 6, { levels: { 1: 'l1', 2: 'l2', 3: 'Unique accounts everywhere.', 4: 'l4' } }),
    requirement('NET-01', 7),
    requirement('NET-02', 7),
    requirement('INV-01', 4),
  ],
  [step(1), step(4), step(6), step(7)],
);

function finding(change: Partial<FindingInput> = {}): FindingInput {
  return {
    title: 'T',
    observation: '',
    recommendation: '',
    severity: 'low',
    requirementIds: [],
    references: [],
    zoneIds: [],
    assetIds: [],
    status: 'draft',
    origin: 'manual',
    ...change,
  };
}

describe('proposeFindings', () => {
  const answers = [
    answer('GOV-01', { status: 'not-implemented', notes: 'No policy found.' }),
    answer('ACC-01', { status: 'not-implemented', achieved: 1, target: 3 }),
    answer('NET-01', { status: 'partial' }),
    answer('NET-02', { status: 'implemented', achieved: 2, target: 3 }),
    answer('INV-01', { status: 'implemented', achieved: 3, target: 3 }),
  ];

  it('drafts one valid finding per gap, in catalogue order, with the severity rule', () => {
    const drafts = proposeFindings(cat, answers, [], '2-1:2024');
    expect(drafts.map((d) => [d.requirementIds[0], d.severity, d.title])).toEqual([
      ['GOV-01', 'high', 'Not implemented: Title of GOV-01'],
      ['ACC-01', 'critical', 'Not implemented: Title of ACC-01'],
      ['NET-01', 'medium', 'Partially implemented: Title of NET-01'],
      ['NET-02', 'low', 'Below target maturity: Title of NET-02'],
    ]);
    for (const draft of drafts) {
      expect(findingInputSchema.safeParse(draft).success).toBe(true);
      expect(draft).toMatchObject({ status: 'draft', origin: 'generated', zoneIds: [], assetIds: [] });
    }
  });

  it('builds the observation from notes and levels and the recommendation from the requirement', () => {
    const [gov, acc, , net2] = proposeFindings(cat, answers, [], '2-1:2024');
    expect(gov?.observation).toContain('Assessed as not implemented.');
    expect(gov?.observation).toContain('Assessor notes: No policy found.');
    expect(gov?.recommendation).toContain('"Title of GOV-01"');
    expect(gov?.recommendation).toContain('Ask for the GOV-01 record.');
    expect(acc?.observation).toContain('Achieved maturity: level 1 (Initial); target: level 3 (Defined).');
    expect(acc?.recommendation).toContain('Unique accounts everywhere.'); // requirement-specific level text
    expect(net2?.recommendation).toContain('from level 2 (Managed) to level 3 (Defined)');
    expect(net2?.recommendation).toContain('Practised everywhere with evidence.'); // the step's generic level text
  });

  it('cites the references of the assessment edition', () => {
    expect(proposeFindings(cat, answers, [], '2-1:2010')[0]?.references).toEqual(['4.3.2.6.1']);
    expect(proposeFindings(cat, answers, [], '2-1:2024')[0]?.references).toEqual(['SPE 1', 'ORG']);
  });

  it('skips requirements an existing finding covers, whatever its status', () => {
    const existing = [
      finding({ requirementIds: ['GOV-01'], status: 'dismissed' }),
      finding({ requirementIds: ['NET-01', 'NET-02'], status: 'accepted' }),
    ];
    expect(proposeFindings(cat, answers, existing, '2-1:2024').map((d) => d.requirementIds)).toEqual([['ACC-01']]);
  });

  it('proposes nothing for unanswered, N/A or met requirements', () => {
    const quiet = [answer('GOV-01'), answer('ACC-01', { status: 'not-applicable', naReason: 'x' }), answer('INV-01', { status: 'implemented' })];
    expect(proposeFindings(cat, quiet, [], '2-1:2024')).toEqual([]);
  });
});

describe('mergeFindings', () => {
  it('unites lists, keeps the higher severity and joins texts', () => {
    const stored: Finding = {
      id: '6a1f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
      assessmentId: '0b7f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
      ...finding({
        title: 'Weak passwords',
        observation: 'Shared accounts on HMIs.',
        recommendation: 'Same advice.',
        severity: 'medium',
        requirementIds: ['ACC-01'],
        references: ['SPE 6'],
        zoneIds: ['z1'],
        origin: 'generated',
      }),
    };
    const other = finding({
      title: 'No MFA for remote access',
      observation: 'VPN uses password only.',
      recommendation: 'Same advice.',
      severity: 'critical',
      requirementIds: ['ACC-02', 'ACC-01'],
      references: ['SPE 6', 'USER'],
      zoneIds: ['z2'],
      assetIds: ['a1'],
      status: 'dismissed',
      origin: 'generated',
    });
    const merged = mergeFindings(stored, other);
    expect(merged.id).toBe(stored.id);
    expect(merged).toMatchObject({
      title: 'Weak passwords / No MFA for remote access',
      observation: 'Shared accounts on HMIs.\n\nVPN uses password only.',
      recommendation: 'Same advice.',
      severity: 'critical',
      requirementIds: ['ACC-01', 'ACC-02'],
      references: ['SPE 6', 'USER'],
      zoneIds: ['z1', 'z2'],
      assetIds: ['a1'],
      status: 'draft',
      origin: 'generated',
    });
    expect(findingSchema.safeParse(merged).success).toBe(true);
  });

  it('is accepted if either was, manual if either was', () => {
    const merged = mergeFindings(finding({ status: 'accepted', origin: 'generated' }), finding({ status: 'dismissed' }));
    expect(merged).toMatchObject({ status: 'accepted', origin: 'manual', title: 'T', severity: 'low' });
  });
});
