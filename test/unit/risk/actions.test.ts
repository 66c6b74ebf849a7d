import { describe, expect, it } from 'vitest';
import {
  emptyAction,
  isOverdue,
  quarterOf,
  remediationActionInputSchema,
  remediationActionSchema,
  roadmap,
  type RemediationAction,
} from '../../../shared/risk/actions';
import type { RemediationActionContent } from '../../../shared/risk/types';
import { ASSESSMENT_ID } from './fixtures';

let n = 0;
const action = (title: string, patch: Partial<RemediationActionContent> = {}): RemediationAction => ({
  id: `00000000-0000-4000-9000-${String(++n).padStart(12, '0')}`,
  assessmentId: ASSESSMENT_ID,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
  ...emptyAction(),
  title,
  ...patch,
});

describe('action schema', () => {
  it('needs a title and a real date or none', () => {
    expect(remediationActionInputSchema.safeParse(emptyAction()).success).toBe(false);
    expect(remediationActionInputSchema.safeParse({ ...emptyAction(), title: 'Deploy jump host' }).success).toBe(true);
    expect(remediationActionSchema.safeParse(action('A', { dueDate: '2026-03-31' })).success).toBe(true);
    expect(remediationActionSchema.safeParse(action('A', { dueDate: '31/03/2026' })).success).toBe(false);
    expect(emptyAction()).toMatchObject({ priority: 'medium', effort: 'medium', status: 'planned' });
  });
});

describe('isOverdue and quarterOf', () => {
  it('flags open actions past their due date only', () => {
    const today = '2026-05-10';
    expect(isOverdue(action('a', { dueDate: '2026-05-09' }), today)).toBe(true);
    expect(isOverdue(action('a', { dueDate: '2026-05-09', status: 'in-progress' }), today)).toBe(true);
    expect(isOverdue(action('a', { dueDate: '2026-05-10' }), today)).toBe(false);
    expect(isOverdue(action('a', { dueDate: '2026-05-09', status: 'done' }), today)).toBe(false);
    expect(isOverdue(action('a', { dueDate: '2026-05-09', status: 'cancelled' }), today)).toBe(false);
    expect(isOverdue(action('a'), today)).toBe(false);
  });

  it('names the calendar quarter', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-11-03')).toBe('2026-Q4');
  });
});

describe('roadmap', () => {
  it('groups by quarter from the earliest, unscheduled last, by due date then priority', () => {
    const later = action('later', { dueDate: '2027-02-01' });
    const low = action('low', { dueDate: '2026-05-20', priority: 'low' });
    const urgent = action('urgent', { dueDate: '2026-05-20', priority: 'urgent' });
    const early = action('early', { dueDate: '2026-04-02', priority: 'low' });
    const undated = action('undated');
    const past = action('past', { dueDate: '2025-12-01', status: 'done' });
    const groups = roadmap([later, undated, low, urgent, early, past], '2026-05-10');
    expect(groups.map((g) => [g.quarter, g.actions.map((a) => a.title)])).toEqual([
      ['2025-Q4', ['past']],
      ['2026-Q2', ['early', 'urgent', 'low']],
      ['2027-Q1', ['later']],
      ['Unscheduled', ['undated']],
    ]);
    expect(groups.map((g) => g.overdue)).toEqual([0, 1, 0, 0]);
  });

  it('orders open before closed actions on the same date and priority', () => {
    const done = action('done', { dueDate: '2026-01-10', status: 'done' });
    const open = action('open', { dueDate: '2026-01-10' });
    const [group] = roadmap([done, open], '2026-02-01');
    expect(group?.actions.map((a) => a.title)).toEqual(['open', 'done']);
    expect(group?.overdue).toBe(1);
  });

  it('returns no groups for no actions', () => {
    expect(roadmap([], '2026-01-01')).toEqual([]);
  });
});
