import { describe, expect, it } from 'vitest';
import { CATALOGUE, levelsFor, requirementById, requirementsOfStep } from '../../../shared/catalogue/catalogue';
import { ED1_ELEMENTS, SPES, ed1ElementOf, referencesFor, speNumberOf } from '../../../shared/catalogue/references';
import type { MaturityLevel } from '../../../shared/catalogue/types';

const { steps, requirements } = CATALOGUE;
const elementIds = new Set(ED1_ELEMENTS.map((e) => e.clause));
const LEVELS: MaturityLevel[] = [1, 2, 3, 4];

describe('catalogue data', () => {
  it('has a semver version and the 11 steps in order', () => {
    expect(CATALOGUE.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(steps.map((s) => s.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    for (const step of steps) {
      expect(step.title.trim()).not.toBe('');
      expect(step.summary.trim()).not.toBe('');
    }
  });

  it('has at least 80 requirements, at least 5 per step, listed in step order', () => {
    expect(requirements.length).toBeGreaterThanOrEqual(80);
    for (const step of steps) expect(requirementsOfStep(step.id).length, `step ${step.id}`).toBeGreaterThanOrEqual(5);
    const order = requirements.map((r) => r.step);
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has unique, well-formed ids, each prefix used by one step only', () => {
    const ids = requirements.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}-\d{2}$/);
    const stepOfPrefix = new Map<string, number>();
    for (const r of requirements) {
      const prefix = r.id.slice(0, 3);
      expect(stepOfPrefix.get(prefix) ?? r.step, r.id).toBe(r.step);
      stepOfPrefix.set(prefix, r.step);
    }
    expect(requirementById('GOV-01')?.step).toBe(1);
    expect(requirementById('NOPE-01')).toBeUndefined();
  });

  it('places every requirement in an existing step', () => {
    const stepIds = new Set(steps.map((s) => s.id));
    for (const r of requirements) expect(stepIds.has(r.step), r.id).toBe(true);
  });

  it('cites only clauses of known edition-1 elements, and cites every element', () => {
    const cited = new Set<string>();
    for (const r of requirements) {
      expect(r.ed1.length, r.id).toBeGreaterThan(0);
      for (const clause of r.ed1) {
        expect(clause, r.id).toMatch(/^4(\.\d+){2,4}$/);
        const element = ed1ElementOf(clause);
        expect(elementIds.has(element), `${r.id} cites ${clause}`).toBe(true);
        cited.add(element);
      }
    }
    expect([...elementIds].filter((e) => !cited.has(e))).toEqual([]);
  });

  it('cites only resolvable edition-2 references, consistently written, covering all 8 SPEs', () => {
    const cited = new Set<number>();
    for (const r of requirements) {
      expect(r.ed2.length, r.id).toBeGreaterThan(0);
      for (const ref of r.ed2) {
        const n = speNumberOf(ref);
        expect(n, `${r.id} cites ${ref}`).toBeDefined();
        const spe = SPES.find((s) => s.number === n);
        expect(ref, r.id).toBe(`SPE ${spe?.number} / ${spe?.abbreviation}`);
        cited.add(n as number);
      }
    }
    expect([...cited].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('asks one clear question with concrete guidance per requirement', () => {
    for (const r of requirements) {
      expect(r.title.trim(), r.id).not.toBe('');
      expect(r.question.trim(), r.id).toMatch(/\?$/);
      expect(r.guidance.trim().length, r.id).toBeGreaterThan(40);
    }
  });

  it('gives requirement-specific levels to at least a third of the requirements', () => {
    const specific = requirements.filter((r) => r.levels).length;
    expect(specific * 3).toBeGreaterThanOrEqual(requirements.length);
  });

  it('resolves four non-empty level descriptions for every requirement', () => {
    for (const r of requirements) {
      const levels = levelsFor(r);
      expect(Object.keys(levels).sort(), r.id).toEqual(['1', '2', '3', '4']);
      for (const level of LEVELS) expect(levels[level].trim(), `${r.id} ML${level}`).not.toBe('');
    }
  });

  it('falls back to the step’s generic levels only when a requirement has none', () => {
    const generic = requirements.find((r) => !r.levels);
    const specific = requirements.find((r) => r.levels);
    expect(generic && levelsFor(generic)).toBe(steps.find((s) => s.id === generic?.step)?.levels);
    expect(specific && levelsFor(specific)).toBe(specific?.levels);
  });
});

describe('referencesFor', () => {
  it('returns edition-1 clauses or edition-2 SPEs by edition', () => {
    const r = { ed1: ['4.3.3.5'], ed2: ['SPE 6 / USER'] };
    expect(referencesFor(r, '2-1:2010')).toEqual(['4.3.3.5']);
    expect(referencesFor(r, '2-1:2024')).toEqual(['SPE 6 / USER']);
  });
});

describe('ed1ElementOf', () => {
  it.each([
    ['4.3.3.5.1', '4.3.3.5'],
    ['4.3.3.5', '4.3.3.5'],
    ['4.2.3.4', '4.2.3'],
    ['4.2.2', '4.2.2'],
    ['4.4.3.1', '4.4.3'],
    ['4.3.4.3.12', '4.3.4.3'],
  ])('%s belongs to %s', (clause, element) => {
    expect(ed1ElementOf(clause)).toBe(element);
  });

  it('does not invent an element for a group clause', () => {
    expect(elementIds.has(ed1ElementOf('4.3.2'))).toBe(false);
  });
});

describe('speNumberOf', () => {
  it.each([
    ['SPE 6', 6],
    ['USER', 6],
    ['SPE 4 / COMP', 4],
    ['SPE 1 / ORG', 1],
    ['spe 8', 8],
    ['AVAIL', 8],
    ['CM / inventory', 2],
  ])('%s is SPE %i', (ref, n) => {
    expect(speNumberOf(ref)).toBe(n);
  });

  it.each(['SPE 9', 'SPE', 'FOO', '', 'NETWORK'])('%j is not an SPE', (ref) => {
    expect(speNumberOf(ref)).toBeUndefined();
  });
});
