import type { Catalogue, MaturityLevel } from '../catalogue/types';
import type { Answer, AnswerStatus } from '../questionnaire/answer';
import { proposeFindings, type Finding } from '../questionnaire/finding-drafts';
import { DEMO_ASSESSORS } from './site';
import { demoTime, stamp, type Rng } from './ids';

const NOTES: Record<Exclude<AnswerStatus, 'not-assessed' | 'not-applicable'>, readonly string[]> = {
  implemented: [
    'Procedure in place and followed; records for the last 12 months were shown.',
    'Documented, approved by the head of production, reviewed yearly.',
    'Seen applied on the SCADA and DMZ systems during the walk-through.',
  ],
  partial: [
    'Exists for the SCADA zone only; remote sites and filtration PLCs are not covered.',
    'Drafted but not approved; staff follow it informally.',
    'Done by the integrator, but no records kept by the plant.',
    'Applied to IT-managed systems; OT exceptions are not documented.',
  ],
  'not-implemented': [
    'No process; staff confirmed it is handled ad hoc when something breaks.',
    'Not in place; planned for the 2027 OT security budget.',
    'Nobody is assigned; the previous owner left in 2025.',
  ],
};

const NA_REASONS = [
  'No wireless is used in the OT zones (checked on site).',
  'The plant has no programmable safety instrumented system; leak shutdown is hard-wired.',
  'No cloud services are connected to the OT network.',
];

function statusFor(rng: Rng): Exclude<AnswerStatus, 'not-assessed'> {
  const r = rng.next();
  if (r < 0.42) return 'implemented';
  if (r < 0.72) return 'partial';
  if (r < 0.93) return 'not-implemented';
  return 'not-applicable';
}

/** Answers for about 70% of the requirements, spread over the week of interviews. */
export function demoAnswers(rng: Rng, assessmentId: string, catalogue: Catalogue): Answer[] {
  const answers: Answer[] = [];
  catalogue.requirements.forEach((requirement, i) => {
    if (!rng.chance(0.76)) return;
    const status = statusFor(rng);
    const target = rng.pick([2, 3, 3, 3, 4] as const satisfies readonly MaturityLevel[]);
    const achieved: MaturityLevel | null =
      status === 'implemented'
        ? (Math.max(1, target - rng.int(0, 1)) as MaturityLevel)
        : status === 'partial'
          ? (Math.max(1, target - rng.int(1, 2)) as MaturityLevel)
          : status === 'not-implemented'
            ? 1
            : null;
    const day = Math.min(4, Math.floor((i / catalogue.requirements.length) * 5));
    const at = demoTime(day, 9 + (i % 8), (i * 7) % 60);
    const who = rng.pick(DEMO_ASSESSORS);
    answers.push({
      ...stamp(rng, assessmentId, at),
      requirementId: requirement.id,
      status,
      naReason: status === 'not-applicable' ? rng.pick(NA_REASONS) : '',
      achieved,
      target: status === 'not-applicable' ? null : target,
      notes: status === 'not-applicable' ? '' : rng.pick(NOTES[status]),
      records:
        status === 'not-applicable' || !rng.chance(0.3)
          ? []
          : [
              {
                id: rng.uuid(),
                kind: rng.chance(0.6) ? 'interview' : 'observation',
                text: status === 'implemented' ? 'Showed the current register and its last review.' : 'Could not show a written record.',
                who: rng.pick(['Jürgen Weiß', 'Miriam Keller', 'Ольга Петрова']),
                on: at.slice(0, 10),
              },
            ],
      evidenceIds: [],
      answeredBy: who,
      answeredAt: at,
    });
  });
  return answers;
}

/** The proposed findings as stored records; the assessor accepted the critical and a few high ones. */
export function demoFindings(
  rng: Rng,
  assessmentId: string,
  catalogue: Catalogue,
  answers: readonly Answer[],
  zoneIdsByStep: (step: number) => string[],
): Finding[] {
  const drafts = proposeFindings(catalogue, answers, [], '2-1:2024');
  return drafts.map((draft, i) => {
    const step = catalogue.requirements.find((r) => r.id === draft.requirementIds[0])?.step ?? 0;
    const accepted = draft.severity === 'critical' || (draft.severity === 'high' && i % 2 === 0);
    return {
      ...stamp(rng, assessmentId, demoTime(4, 10 + (i % 6), (i * 11) % 60)),
      ...draft,
      zoneIds: zoneIdsByStep(step),
      status: accepted ? 'accepted' : 'draft',
    };
  });
}
