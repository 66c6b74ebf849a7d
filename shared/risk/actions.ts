import { z } from 'zod';
import { childRecordSchema } from '../domain/record';
import {
  ACTION_STATUSES,
  EFFORTS,
  PRIORITIES,
  RISK_LEVELS,
  type ActionStatus,
  type Effort,
  type Priority,
  type RemediationActionContent,
} from './types';

export const PRIORITY_LABELS: Record<Priority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const EFFORT_LABELS: Record<Effort, string> = {
  small: 'Small (days)',
  medium: 'Medium (weeks)',
  large: 'Large (months, budget or shutdown needed)',
};

export const ACTION_STATUS_LABELS: Record<ActionStatus, string> = {
  planned: 'Planned',
  'in-progress': 'In progress',
  done: 'Done',
  cancelled: 'Cancelled',
};

const text = (max: number) => z.string().trim().max(max);
const ids = z.array(z.string().min(1)).max(1000);

export const remediationActionInputSchema = z.object({
  title: text(300).min(1, 'Action title is required'),
  description: text(20000),
  owner: text(200),
  dueDate: z.iso.date('Due date must be a date').or(z.literal('')),
  priority: z.enum(PRIORITIES),
  effort: z.enum(EFFORTS),
  status: z.enum(ACTION_STATUSES),
  findingIds: ids,
  riskIds: ids,
  expectedResidual: z.enum(RISK_LEVELS).nullable(),
});

export const remediationActionSchema = childRecordSchema.extend(remediationActionInputSchema.shape);
export type RemediationAction = z.infer<typeof remediationActionSchema>;

export function emptyAction(): RemediationActionContent {
  return {
    title: '',
    description: '',
    owner: '',
    dueDate: '',
    priority: 'medium',
    effort: 'medium',
    status: 'planned',
    findingIds: [],
    riskIds: [],
    expectedResidual: null,
  };
}

const isOpen = (a: Pick<RemediationActionContent, 'status'>) => a.status === 'planned' || a.status === 'in-progress';

/** Open (planned or in progress) with a due date before `today`; ISO dates compare as strings. */
export function isOverdue(action: RemediationActionContent, today: string): boolean {
  return isOpen(action) && action.dueDate !== '' && action.dueDate < today;
}

/** "2026-11-03" → "2026-Q4". */
export function quarterOf(isoDate: string): string {
  const month = Number(isoDate.slice(5, 7));
  return `${isoDate.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

export const UNSCHEDULED = 'Unscheduled';

const priorityRank = (p: Priority) => PRIORITIES.length - 1 - PRIORITIES.indexOf(p);

export interface RoadmapQuarter {
  /** "2026-Q2", or 'Unscheduled' for actions without a due date. */
  quarter: string;
  actions: RemediationAction[];
  /** How many of `actions` are open and past their due date on `today`. */
  overdue: number;
}

/**
 * The plan by quarter of due date, earliest first, then the actions without a due date as 'Unscheduled'. Within a
 * quarter: due date, then priority (urgent first), then open before closed. Overdue actions stay in their own
 * quarter, counted in `overdue`, so the plan shows where it slipped.
 */
export function roadmap(actions: readonly RemediationAction[], today: string): RoadmapQuarter[] {
  const order = (a: RemediationAction, b: RemediationAction) =>
    a.dueDate.localeCompare(b.dueDate) ||
    priorityRank(a.priority) - priorityRank(b.priority) ||
    Number(isOpen(b)) - Number(isOpen(a));
  const groups = new Map<string, RemediationAction[]>();
  for (const action of [...actions].sort(order)) {
    const quarter = action.dueDate ? quarterOf(action.dueDate) : UNSCHEDULED;
    groups.set(quarter, [...(groups.get(quarter) ?? []), action]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === UNSCHEDULED ? 1 : b === UNSCHEDULED ? -1 : a.localeCompare(b)))
    .map(([quarter, list]) => ({ quarter, actions: list, overdue: list.filter((a) => isOverdue(a, today)).length }));
}
