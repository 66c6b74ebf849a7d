import { FOUNDATIONAL_REQUIREMENTS, type SecurityLevel, type SecurityLevelPerFr, type ZonePurdueLevel } from '../../../shared/scope/zones';

export const PURDUE_LEVEL_NAMES: Record<ZonePurdueLevel, string> = {
  0: 'Process',
  1: 'Basic control',
  2: 'Supervisory',
  3: 'Site operations',
  3.5: 'Industrial DMZ',
  4: 'Enterprise',
  5: 'External / cloud',
};

export const purdueText = (levels: readonly ZonePurdueLevel[]) =>
  levels.length ? [...levels].sort((a, b) => a - b).map((l) => (l === 3.5 ? '3.5 (DMZ)' : String(l))).join(', ') : '—';

/** The SL vector per FR, as IEC 62443-3-3 writes it ({2,2,3,…}), where one FR differs from the zone's level. */
export function slVector(level: SecurityLevel | null, perFr: SecurityLevelPerFr | undefined): string | null {
  if (!perFr || Object.keys(perFr).length === 0) return null;
  return `{${FOUNDATIONAL_REQUIREMENTS.map((fr) => perFr[fr] ?? level ?? '–').join(',')}}`;
}
