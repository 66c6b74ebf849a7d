import { z } from 'zod';
import { childRecordSchema } from '../domain/record';

/** The kinds of system a CSMS scope decides on (domain reference §1d, step 2). Keys are stored data. */
export const SYSTEM_KINDS = [
  'control-networks',
  'scada',
  'plcs',
  'engineering-workstations',
  'hmis',
  'industrial-servers',
  'communication-networks',
  'remote-access',
  'safety-systems',
] as const;
export type SystemKind = (typeof SYSTEM_KINDS)[number];

export const SYSTEM_KIND_LABELS: Record<SystemKind, string> = {
  'control-networks': 'Control networks',
  scada: 'SCADA / DCS systems',
  plcs: 'PLCs and controllers',
  'engineering-workstations': 'Engineering workstations',
  hmis: 'HMIs',
  'industrial-servers': 'Industrial servers and applications',
  'communication-networks': 'Communication networks and links',
  'remote-access': 'Remote access systems',
  'safety-systems': 'Safety instrumented systems',
};

export const SCOPE_STATUSES = ['in', 'out', 'undecided'] as const;
export type ScopeStatus = (typeof SCOPE_STATUSES)[number];
export const SCOPE_STATUS_LABELS: Record<ScopeStatus, string> = {
  in: 'In scope',
  out: 'Out of scope',
  undecided: 'Not decided yet',
};

const text = (max: number) => z.string().trim().max(max);

/** An exclusion must be justified: auditors ask why a system was left out. */
export const systemKindEntrySchema = z
  .object({
    kind: z.enum(SYSTEM_KINDS),
    status: z.enum(SCOPE_STATUSES),
    reason: text(2000),
  })
  .refine((e) => e.status !== 'out' || e.reason.length > 0, {
    message: 'Give a reason for leaving this out of scope',
    path: ['reason'],
  });
export type SystemKindEntry = z.infer<typeof systemKindEntrySchema>;

export const stakeholderSchema = z.object({
  id: z.string().min(1),
  name: text(200).min(1, 'Stakeholder name is required'),
  role: text(200),
  organisation: text(200),
  interviewedOn: z.iso.date().or(z.literal('')),
});
export type Stakeholder = z.infer<typeof stakeholderSchema>;

/**
 * What the scope form edits. Kinds missing from `systemKinds` count as undecided, so scopes saved before a
 * kind was added stay valid; a kind listed twice is rejected because the two answers could disagree.
 */
export const scopeInputSchema = z.object({
  /** The site and the system under consideration (ZCR 1.1). */
  sucDescription: text(20000),
  statement: text(20000),
  /** Logical and physical boundaries, access points into the SUC. */
  boundaries: text(20000),
  systemKinds: z.array(systemKindEntrySchema).superRefine((entries, ctx) => {
    const seen = new Set<SystemKind>();
    entries.forEach((entry, index) => {
      if (seen.has(entry.kind)) {
        ctx.addIssue({
          code: 'custom',
          message: `${SYSTEM_KIND_LABELS[entry.kind]} is listed more than once`,
          path: [index, 'kind'],
        });
      }
      seen.add(entry.kind);
    });
  }),
  stakeholders: z.array(stakeholderSchema).max(500),
});
export type ScopeInput = z.infer<typeof scopeInputSchema>;

export const scopeSchema = childRecordSchema.extend(scopeInputSchema.shape);
export type Scope = z.infer<typeof scopeSchema>;

export function emptyScope(): ScopeInput {
  return {
    sucDescription: '',
    statement: '',
    boundaries: '',
    systemKinds: SYSTEM_KINDS.map((kind) => ({ kind, status: 'undecided', reason: '' })),
    stakeholders: [],
  };
}

/** One entry per kind in the canonical order, filling kinds the record lacks as undecided. */
export function systemKindEntries(scope: Pick<ScopeInput, 'systemKinds'>): SystemKindEntry[] {
  return SYSTEM_KINDS.map(
    (kind) => scope.systemKinds.find((e) => e.kind === kind) ?? { kind, status: 'undecided', reason: '' },
  );
}
