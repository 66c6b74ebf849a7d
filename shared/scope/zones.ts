import { z } from 'zod';
import { childRecordSchema } from '../domain/record';

/** Foundational requirements of IEC 62443-3-3 / 4-2; an SL may be recorded per FR (domain reference §2). */
export const FOUNDATIONAL_REQUIREMENTS = ['FR1', 'FR2', 'FR3', 'FR4', 'FR5', 'FR6', 'FR7'] as const;
export type FoundationalRequirement = (typeof FOUNDATIONAL_REQUIREMENTS)[number];
export const FR_LABELS: Record<FoundationalRequirement, string> = {
  FR1: 'Identification and authentication control (IAC)',
  FR2: 'Use control (UC)',
  FR3: 'System integrity (SI)',
  FR4: 'Data confidentiality (DC)',
  FR5: 'Restricted data flow (RDF)',
  FR6: 'Timely response to events (TRE)',
  FR7: 'Resource availability (RA)',
};

export const SECURITY_LEVELS = [0, 1, 2, 3, 4] as const;
export type SecurityLevel = (typeof SECURITY_LEVELS)[number];
export const SECURITY_LEVEL_LABELS: Record<SecurityLevel, string> = {
  0: 'SL 0 · No specific requirement',
  1: 'SL 1 · Casual or coincidental violation',
  2: 'SL 2 · Intentional, simple means',
  3: 'SL 3 · Intentional, sophisticated means',
  4: 'SL 4 · Intentional, extended resources',
};

/** Purdue levels a zone spans; 3.5 is the industrial DMZ. Numbers (not the asset model's strings) so they sort. */
export const ZONE_PURDUE_LEVELS = [0, 1, 2, 3, 3.5, 4, 5] as const;
export type ZonePurdueLevel = (typeof ZONE_PURDUE_LEVELS)[number];

const text = (max: number) => z.string().trim().max(max);
const securityLevelSchema = z.literal(SECURITY_LEVELS);
/** Only the FRs the assessor recorded; a missing FR falls back to the zone's overall level. */
const perFrSchema = z.partialRecord(z.enum(FOUNDATIONAL_REQUIREMENTS), securityLevelSchema);
export type SecurityLevelPerFr = z.infer<typeof perFrSchema>;

/** What the zone form edits. Name uniqueness spans records, so `validateZoneNames` checks it, not zod. */
export const zoneInputSchema = z.object({
  name: text(200).min(1, 'Zone name is required'),
  description: text(20000),
  purdueLevels: z.array(z.literal(ZONE_PURDUE_LEVELS)).max(ZONE_PURDUE_LEVELS.length),
  /** Safety designation (ZCR 3.3): the zone holds safety-related assets. */
  safety: z.boolean(),
  /** Accountable organisation or person. */
  owner: text(200),
  slTarget: securityLevelSchema.nullable(),
  slTargetPerFr: perFrSchema.optional(),
  slAchieved: securityLevelSchema.nullable(),
  slAchievedPerFr: perFrSchema.optional(),
});
export type ZoneInput = z.infer<typeof zoneInputSchema>;

export const zoneSchema = childRecordSchema.extend(zoneInputSchema.shape);
export type Zone = z.infer<typeof zoneSchema>;

export const CONDUIT_DIRECTIONS = ['one-way', 'two-way'] as const;
export type ConduitDirection = (typeof CONDUIT_DIRECTIONS)[number];
export const CONDUIT_DIRECTION_LABELS: Record<ConduitDirection, string> = {
  'one-way': 'One-way (from → to)',
  'two-way': 'Two-way',
};

const conduitFields = z.object({
  name: text(200).min(1, 'Conduit name is required'),
  fromZoneId: z.string().min(1, 'Choose the zone the conduit starts from'),
  toZoneId: z.string().min(1, 'Choose the zone the conduit leads to'),
  protocols: z.array(text(100).min(1)).max(100),
  /** One-way means data flows only from `fromZoneId` to `toZoneId` (e.g. through a data diode). */
  direction: z.enum(CONDUIT_DIRECTIONS),
  accessPoints: text(20000),
  securityMeasures: text(20000),
});

const SAME_ZONE_MESSAGE = 'A conduit must connect two different zones';
const differentZones = (c: { fromZoneId: string; toZoneId: string }) => !c.fromZoneId || c.fromZoneId !== c.toZoneId;

export const conduitInputSchema = conduitFields.refine(differentZones, { message: SAME_ZONE_MESSAGE, path: ['toZoneId'] });
export type ConduitInput = z.infer<typeof conduitInputSchema>;

export const conduitSchema = childRecordSchema
  .extend(conduitFields.shape)
  .refine(differentZones, { message: SAME_ZONE_MESSAGE, path: ['toZoneId'] });
export type Conduit = z.infer<typeof conduitSchema>;

export function emptyZoneInput(name = ''): ZoneInput {
  return {
    name,
    description: '',
    purdueLevels: [],
    safety: false,
    owner: '',
    slTarget: null,
    slAchieved: null,
  };
}

export function emptyConduitInput(fromZoneId = '', toZoneId = ''): ConduitInput {
  return {
    name: '',
    fromZoneId,
    toZoneId,
    protocols: [],
    direction: 'two-way',
    accessPoints: '',
    securityMeasures: '',
  };
}

const nameKey = (name: string) => name.trim().toLocaleLowerCase();

/** One message per zone name used more than once (ignoring case and surrounding spaces). */
export function validateZoneNames(zones: readonly Pick<ZoneInput, 'name'>[]): string[] {
  const counts = new Map<string, { name: string; count: number }>();
  for (const zone of zones) {
    const key = nameKey(zone.name);
    if (!key) continue;
    const entry = counts.get(key);
    if (entry) entry.count += 1;
    else counts.set(key, { name: zone.name.trim(), count: 1 });
  }
  return [...counts.values()]
    .filter((e) => e.count > 1)
    .map((e) => `Zone name "${e.name}" is used by ${e.count} zones; zone names must be unique`);
}

/** For the zone form: whether `name` clashes with another zone of the assessment (`selfId` is the zone being edited). */
export function zoneNameProblem(
  name: string,
  zones: readonly Pick<Zone, 'id' | 'name'>[],
  selfId?: string,
): string | null {
  const key = nameKey(name);
  if (!key) return 'Zone name is required';
  const clash = zones.some((z) => z.id !== selfId && nameKey(z.name) === key);
  return clash ? `Another zone is already named "${name.trim()}"` : null;
}

/** Problems the conduit form shows: missing or deleted zones and a conduit looping back to its own zone. */
export function conduitProblems(
  conduit: Pick<ConduitInput, 'fromZoneId' | 'toZoneId'>,
  zones: readonly Pick<Zone, 'id'>[],
): string[] {
  const known = new Set(zones.map((z) => z.id));
  const problems: string[] = [];
  const check = (id: string, end: 'starts from' | 'leads to') => {
    if (!id) problems.push(`Choose the zone the conduit ${end}`);
    else if (!known.has(id)) problems.push(`The zone the conduit ${end} no longer exists`);
  };
  check(conduit.fromZoneId, 'starts from');
  check(conduit.toZoneId, 'leads to');
  if (conduit.fromZoneId && conduit.fromZoneId === conduit.toZoneId) problems.push(SAME_ZONE_MESSAGE);
  return problems;
}
