/** A tiny seeded PRNG (mulberry32) and UUID-v4-shaped ids from it, so the demo is the same on every run. */
export interface Rng {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  /** A UUID-v4-shaped id (version nibble 4, variant 8–b). */
  uuid(): string;
  hex(digits: number): string;
}

export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const hex = (digits: number) => Array.from({ length: digits }, () => int(0, 15).toString(16)).join('');
  return {
    next,
    int,
    pick: <T>(items: readonly T[]): T => items[int(0, items.length - 1)] as T,
    chance: (p) => next() < p,
    hex,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${'89ab'[int(0, 3)]}${hex(3)}-${hex(12)}`,
  };
}

/** Fixed clock of the demo: the assessment week 2026-11-16..20. */
export const DEMO_DAYS = ['2026-11-16', '2026-11-17', '2026-11-18', '2026-11-19', '2026-11-20'] as const;

export function demoTime(day: number, hour: number, minute = 0): string {
  const date = DEMO_DAYS[Math.max(0, Math.min(DEMO_DAYS.length - 1, day))];
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

/** The fields every child record carries, stamped at a fixed time. */
export function stamp(rng: Rng, assessmentId: string, at: string) {
  return { id: rng.uuid(), assessmentId, createdAt: at, updatedAt: at };
}
