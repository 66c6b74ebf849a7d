import { describe, expect, it } from 'vitest';
import {
  indexAnswers,
  isGap,
  largestGaps,
  scoreAssessment,
  scoreStep,
  zoneSecurityGaps,
} from '../../../shared/questionnaire/scoring';
import { answer, catalogue, requirement, step } from './fake-catalogue';

const reqs = [requirement('A', 1), requirement('B', 1), requirement('C', 1), requirement('D', 1)];

describe('scoreStep', () => {
  it('all not applicable: nothing to assess, so coverage and compliance are null', () => {
    const answers = reqs.map((r) => answer(r.id, { status: 'not-applicable', naReason: 'No such system' }));
    const score = scoreStep(reqs, indexAnswers(answers));
    expect(score).toMatchObject({ total: 4, applicable: 0, notApplicable: 4, answered: 0, coverage: null, compliance: null });
    expect(score).toMatchObject({ averageAchieved: null, minimumAchieved: null, averageGap: null, gaps: 0 });
  });

  it('nothing answered: coverage 0, compliance null, missing answers count as not assessed', () => {
    const score = scoreStep(reqs, indexAnswers([answer('A')]));
    expect(score).toMatchObject({ total: 4, applicable: 4, answered: 0, coverage: 0, compliance: null, gaps: 0 });
  });

  it('mixed statuses and levels', () => {
    const answers = [
      answer('A', { status: 'implemented', achieved: 3, target: 3 }),
      answer('B', { status: 'partial', achieved: 2, target: 4 }),
      answer('C', { status: 'not-implemented', achieved: 1 }),
      answer('D', { status: 'not-applicable', naReason: 'n/a', achieved: 4, target: 4 }),
      answer('ZZ', { status: 'implemented' }), // not in the set: ignored
    ];
    const score = scoreStep(reqs, indexAnswers(answers));
    expect(score).toMatchObject({ total: 4, applicable: 3, notApplicable: 1, answered: 3, coverage: 1 });
    expect(score).toMatchObject({ implemented: 1, partial: 1, notImplemented: 1 });
    expect(score.compliance).toBeCloseTo(0.5);
    expect(score.averageAchieved).toBeCloseTo(2); // N/A's level 4 is not counted
    expect(score.minimumAchieved).toBe(1);
    expect(score.averageGap).toBeCloseTo(1); // A: 0, B: 2
    expect(score.maturityGaps).toBe(1);
    expect(score.gaps).toBe(2);
  });

  it('floors the gap at 0 when achieved is above target', () => {
    const score = scoreStep(reqs.slice(0, 1), indexAnswers([answer('A', { status: 'implemented', achieved: 4, target: 2 })]));
    expect(score.averageGap).toBe(0);
    expect(score.maturityGaps).toBe(0);
  });

  it('a step with no requirements scores as empty', () => {
    expect(scoreStep([], new Map())).toMatchObject({ total: 0, applicable: 0, coverage: null, compliance: null });
  });
});

describe('scoreAssessment', () => {
  it('scores each catalogue step and the whole', () => {
    const cat = catalogue([requirement('A', 1), requirement('B', 1)], [step(1), step(2, 'Scope')]);
    const result = scoreAssessment(cat, [answer('A', { status: 'implemented' }), answer('B', { status: 'partial' })]);
    expect(result.steps.map((s) => [s.step, s.title, s.score.total, s.score.coverage])).toEqual([
      [1, 'Step 1', 2, 1],
      [2, 'Scope', 0, null],
    ]);
    expect(result.overall.compliance).toBeCloseTo(0.75);
  });

  it('takes the last answer when a requirement has several', () => {
    const cat = catalogue([requirement('A', 1)]);
    const result = scoreAssessment(cat, [answer('A', { status: 'implemented' }), answer('A', { status: 'not-implemented' })]);
    expect(result.overall.notImplemented).toBe(1);
  });
});

describe('isGap', () => {
  it('covers not implemented, partial and below target, never unanswered or N/A', () => {
    expect(isGap(answer('A', { status: 'not-implemented' }))).toBe(true);
    expect(isGap(answer('A', { status: 'partial' }))).toBe(true);
    expect(isGap(answer('A', { status: 'implemented', achieved: 2, target: 3 }))).toBe(true);
    expect(isGap(answer('A', { status: 'implemented', achieved: 3, target: 3 }))).toBe(false);
    expect(isGap(answer('A', { status: 'not-applicable', naReason: 'x', achieved: 1, target: 4 }))).toBe(false);
    expect(isGap(answer('A', { achieved: 1, target: 4 }))).toBe(false);
  });
});

describe('largestGaps', () => {
  const cat = catalogue(['A', 'B', 'C', 'D', 'E', 'F'].map((id) => requirement(id, 1)));
  const answers = [
    answer('A', { status: 'implemented', achieved: 1, target: 4 }),
    answer('B', { status: 'partial', achieved: 3, target: 4 }),
    answer('C', { status: 'not-implemented' }),
    answer('D', { status: 'partial', achieved: 1, target: 4 }),
    answer('E', { status: 'not-implemented', achieved: 1, target: 3 }),
    answer('F', { status: 'implemented', achieved: 4, target: 4 }),
  ];

  it('orders not implemented, then partial, then below target, larger maturity gap first', () => {
    expect(largestGaps(cat, answers, 10).map((g) => g.requirement.id)).toEqual(['E', 'C', 'D', 'B', 'A']);
  });

  it('limits to n and reports the maturity gap', () => {
    const top = largestGaps(cat, answers, 2);
    expect(top.map((g) => [g.requirement.id, g.maturityGap])).toEqual([
      ['E', 2],
      ['C', null],
    ]);
    expect(largestGaps(cat, answers, 0)).toEqual([]);
  });
});

describe('zoneSecurityGaps', () => {
  it('compares SL-A with SL-T overall and per recorded FR', () => {
    const [gap, unknown] = zoneSecurityGaps([
      {
        id: 'z1',
        name: 'Control',
        slTarget: 3,
        slAchieved: 1,
        slTargetPerFr: { FR1: 4, FR5: 2 },
        slAchievedPerFr: { FR5: 3 },
      },
      { id: 'z2', name: 'DMZ', slTarget: 2, slAchieved: null },
    ]);
    expect(gap).toMatchObject({ zoneId: 'z1', target: 3, achieved: 1, gap: 2, worstGap: 3 });
    expect(gap?.perFr).toEqual([
      { fr: 'FR1', target: 4, achieved: 1, gap: 3 },
      { fr: 'FR5', target: 2, achieved: 3, gap: 0 },
    ]);
    expect(unknown).toMatchObject({ gap: null, perFr: [], worstGap: null });
  });
});
