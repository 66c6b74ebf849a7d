import type { AssessmentBundle } from '../bundle/bundle';

type Loose = Record<string, unknown>;

/**
 * An assessment has one answer per requirement, but two laptops may each create it, under different random ids.
 * Both are one answer: the merged one takes the smaller of the current ids. The trail labels an answer's changes
 * with its requirement (recordLabel), so changes made under any id the requirement's answer ever had count for it.
 *
 * Returns requirement → merged answer id; a requirement answered twice on one side is left out (ids as they are).
 */
export function mergedAnswerIds(local: AssessmentBundle, incoming: AssessmentBundle): Map<string, string> {
  const ids = new Map<string, { local: string[]; incoming: string[] }>();
  for (const [side, bundle] of [['local', local], ['incoming', incoming]] as const)
    for (const answer of bundle.tables.answers) {
      const requirement = requirementOf(answer);
      if (requirement === undefined) continue;
      const found = ids.get(requirement) ?? { local: [], incoming: [] };
      found[side].push(answer.id);
      ids.set(requirement, found);
    }
  const merged = new Map<string, string>();
  for (const [requirement, found] of ids)
    if (found.local.length <= 1 && found.incoming.length <= 1) merged.set(requirement, [...found.local, ...found.incoming].sort()[0]!);
  return merged;
}

/**
 * The bundle with its answers under their merged ids and the evidence filed under them pointing there too;
 * `refiled` holds the evidence records whose answer moved (a change to them, unlike an answer's new id).
 */
export function withMergedAnswerIds(
  bundle: AssessmentBundle,
  byRequirement: ReadonlyMap<string, string>,
): { bundle: AssessmentBundle; refiled: Set<Loose> } {
  const moves = new Map<string, string>();
  for (const answer of bundle.tables.answers) {
    const requirement = requirementOf(answer);
    const target = requirement === undefined ? undefined : byRequirement.get(requirement);
    if (target !== undefined && target !== answer.id) moves.set(answer.id, target);
  }
  const refiled = new Set<Loose>();
  if (moves.size === 0) return { bundle, refiled };
  const evidence = bundle.evidence.map((e) => {
    const target = typeof e.answerId === 'string' ? moves.get(e.answerId) : undefined;
    if (target === undefined) return e;
    const moved = { ...e, answerId: target };
    refiled.add(moved);
    return moved;
  });
  const answers = bundle.tables.answers.map((a) => ({ ...a, id: moves.get(a.id) ?? a.id }));
  return { bundle: { ...bundle, tables: { ...bundle.tables, answers }, evidence }, refiled };
}

function requirementOf(answer: Loose): string | undefined {
  return typeof answer.requirementId === 'string' ? answer.requirementId : undefined;
}
