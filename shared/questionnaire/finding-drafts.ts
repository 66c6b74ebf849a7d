import { z } from 'zod';
import type { Catalogue, MaturityLevel, Requirement } from '../catalogue/types';
import type { Edition } from '../domain/assessment';
import { childRecordSchema } from '../domain/record';
import { MATURITY_LABELS, STATUS_LABELS, type AnswerInput } from './answer';
import { indexAnswers, isGap } from './scoring';

export const FINDING_SEVERITIES = ['low', 'medium', 'high', 'critical'] as const;
export type FindingSeverity = (typeof FINDING_SEVERITIES)[number];
export const SEVERITY_LABELS: Record<FindingSeverity, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  critical: 'Critical',
};

export const FINDING_STATUSES = ['draft', 'accepted', 'dismissed'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];
export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  draft: 'Draft',
  accepted: 'Accepted',
  dismissed: 'Dismissed',
};

export const FINDING_ORIGINS = ['generated', 'manual'] as const;
export type FindingOrigin = (typeof FINDING_ORIGINS)[number];

const text = (max: number) => z.string().trim().max(max);
const ids = z.array(z.string().min(1)).max(1000);

const TITLE_MAX = 300;

export const findingInputSchema = z.object({
  title: text(TITLE_MAX).min(1, 'Finding title is required'),
  observation: text(50000),
  recommendation: text(50000),
  severity: z.enum(FINDING_SEVERITIES),
  requirementIds: ids,
  /** Clause or SPE references of the assessment's edition, e.g. "4.3.3.5.1" or "SPE 6". */
  references: z.array(text(200).min(1)).max(200),
  zoneIds: ids,
  assetIds: ids,
  status: z.enum(FINDING_STATUSES),
  origin: z.enum(FINDING_ORIGINS),
});
export type FindingInput = z.infer<typeof findingInputSchema>;

export const findingSchema = childRecordSchema.extend(findingInputSchema.shape);
export type Finding = z.infer<typeof findingSchema>;

/** The answer fields a draft is written from. */
export type DraftSourceAnswer = Pick<AnswerInput, 'requirementId' | 'status' | 'achieved' | 'target' | 'notes'> &
  Partial<Pick<AnswerInput, 'records'>>;

/** Steps whose countermeasures stand directly between an attacker and the process (6 access control, 7 network). */
const EXPOSED_STEPS: readonly number[] = [6, 7];

/**
 * Severity of a proposed finding (the assessor can change it):
 * - not implemented → high, or critical when the requirement belongs to step 6 (access control) or step 7
 *   (network and system security);
 * - partially implemented → medium;
 * - implemented but below its target maturity → low.
 */
export function draftSeverity(requirement: Pick<Requirement, 'step'>, answer: DraftSourceAnswer): FindingSeverity {
  if (answer.status === 'not-implemented') return EXPOSED_STEPS.includes(requirement.step) ? 'critical' : 'high';
  if (answer.status === 'partial') return 'medium';
  return 'low';
}

const level = (l: MaturityLevel) => `level ${l} (${MATURITY_LABELS[l]})`;

function draftTitle(requirement: Requirement, answer: DraftSourceAnswer): string {
  if (answer.status === 'not-implemented') return `Not implemented: ${requirement.title}`;
  if (answer.status === 'partial') return `Partially implemented: ${requirement.title}`;
  return `Below target maturity: ${requirement.title}`;
}

function draftObservation(answer: DraftSourceAnswer): string {
  const lines = [`Assessed as ${STATUS_LABELS[answer.status].toLowerCase()}.`];
  if (answer.achieved !== null && answer.target !== null) {
    lines.push(`Achieved maturity: ${level(answer.achieved)}; target: ${level(answer.target)}.`);
  } else if (answer.achieved !== null) {
    lines.push(`Achieved maturity: ${level(answer.achieved)}.`);
  } else if (answer.target !== null) {
    lines.push(`Target maturity: ${level(answer.target)}.`);
  }
  if (answer.notes.trim()) lines.push(`Assessor notes: ${answer.notes.trim()}`);
  for (const record of answer.records ?? []) {
    const who = record.who ? (record.kind === 'interview' ? ` with ${record.who}` : ` by ${record.who}`) : '';
    lines.push(`${record.kind === 'interview' ? 'Interview' : 'Observation'}${who} on ${record.on}: ${record.text}`);
  }
  return lines.join('\n');
}

function draftRecommendation(catalogue: Catalogue, requirement: Requirement, answer: DraftSourceAnswer): string {
  const name = `"${requirement.title}"`;
  const lines: string[] = [];
  if (answer.status === 'not-implemented') {
    lines.push(
      `Put ${name} in place for the systems in scope: assign an owner, document how it is done and keep evidence that it is applied.`,
    );
  } else if (answer.status === 'partial') {
    lines.push(
      `Complete ${name} so that it covers every system in scope and is applied consistently; close the shortcomings described in the observation.`,
    );
  } else if (answer.achieved !== null && answer.target !== null) {
    lines.push(`Raise the maturity of ${name} from ${level(answer.achieved)} to ${level(answer.target)}.`);
  }
  if (answer.target !== null) {
    const levels = requirement.levels ?? catalogue.steps.find((s) => s.id === requirement.step)?.levels;
    const description = levels?.[answer.target];
    if (description) lines.push(`At the target, ${level(answer.target)}: ${description}`);
  }
  if (requirement.guidance.trim()) lines.push(`Evidence to keep: ${requirement.guidance.trim()}`);
  return lines.join('\n');
}

export function editionReferences(requirement: Pick<Requirement, 'ed1' | 'ed2'>, edition: Edition): string[] {
  return [...(edition === '2-1:2010' ? requirement.ed1 : requirement.ed2)];
}

/**
 * A draft for every gap (see `isGap`) that no existing finding covers by requirement id. Dismissed findings
 * count as covering, so a gap the assessor dismissed is not proposed again. Drafts come in catalogue order.
 */
export function proposeFindings(
  catalogue: Catalogue,
  answers: readonly DraftSourceAnswer[],
  existingFindings: readonly Pick<FindingInput, 'requirementIds'>[],
  edition: Edition,
): FindingInput[] {
  const covered = new Set(existingFindings.flatMap((f) => f.requirementIds));
  const index = indexAnswers(answers);
  return catalogue.requirements.flatMap((requirement) => {
    const answer = index.get(requirement.id);
    if (!answer || !isGap(answer) || covered.has(requirement.id)) return [];
    covered.add(requirement.id);
    return [
      {
        title: draftTitle(requirement, answer),
        observation: draftObservation(answer),
        recommendation: draftRecommendation(catalogue, requirement, answer),
        severity: draftSeverity(requirement, answer),
        requirementIds: [requirement.id],
        references: editionReferences(requirement, edition),
        zoneIds: [],
        assetIds: [],
        status: 'draft',
        origin: 'generated',
      },
    ];
  });
}

const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];
const joinText = (a: string, b: string, separator: string) =>
  !b.trim() || a.trim() === b.trim() ? a : !a.trim() ? b : `${a}${separator}${b}`;

function higherSeverity(a: FindingSeverity, b: FindingSeverity): FindingSeverity {
  return FINDING_SEVERITIES.indexOf(a) >= FINDING_SEVERITIES.indexOf(b) ? a : b;
}

/**
 * `a` absorbing `b` (keeps a's id and timestamps if it is stored, so the caller updates a and deletes b):
 * lists are united, the higher severity wins, texts are joined (identical texts once). The result is accepted if
 * either was, a draft if either was, else dismissed; it is generated only if both were (merging is a human edit).
 */
export function mergeFindings<F extends FindingInput>(a: F, b: FindingInput): F {
  const status: FindingStatus = [a.status, b.status].includes('accepted')
    ? 'accepted'
    : [a.status, b.status].includes('draft')
      ? 'draft'
      : 'dismissed';
  const mergedTitle = joinText(a.title, b.title, ' / ');
  return {
    ...a,
    title: mergedTitle.length <= TITLE_MAX ? mergedTitle : a.title,
    observation: joinText(a.observation, b.observation, '\n\n'),
    recommendation: joinText(a.recommendation, b.recommendation, '\n\n'),
    severity: higherSeverity(a.severity, b.severity),
    requirementIds: union(a.requirementIds, b.requirementIds),
    references: union(a.references, b.references),
    zoneIds: union(a.zoneIds, b.zoneIds),
    assetIds: union(a.assetIds, b.assetIds),
    status,
    origin: a.origin === 'generated' && b.origin === 'generated' ? 'generated' : 'manual',
  };
}
