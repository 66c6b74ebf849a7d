import { describe, expect, it } from 'vitest';
import { SYSTEM_KINDS, SYSTEM_KIND_LABELS, emptyScope, scopeInputSchema, scopeSchema, systemKindEntries } from '../../../shared/scope/scope';

describe('scope schema', () => {
  it('accepts the empty scope with every kind undecided', () => {
    const scope = emptyScope();
    expect(scopeInputSchema.safeParse(scope).success).toBe(true);
    expect(scope.systemKinds.map((e) => e.kind)).toEqual([...SYSTEM_KINDS]);
    expect(SYSTEM_KINDS.every((k) => SYSTEM_KIND_LABELS[k].length > 0)).toBe(true);
  });

  it('rejects an out-of-scope kind without a reason, with its message on the reason field', () => {
    const scope = emptyScope();
    scope.systemKinds[8] = { kind: 'safety-systems', status: 'out', reason: '  ' };
    const result = scopeInputSchema.safeParse(scope);
    expect(result.success).toBe(false);
    expect(result.error?.issues).toEqual([
      expect.objectContaining({ path: ['systemKinds', 8, 'reason'], message: 'Give a reason for leaving this out of scope' }),
    ]);
    scope.systemKinds[8] = { kind: 'safety-systems', status: 'out', reason: 'Assessed separately under IEC 61511' };
    expect(scopeInputSchema.safeParse(scope).success).toBe(true);
  });

  it('rejects a kind listed twice but tolerates missing kinds (filled as undecided)', () => {
    const dup = { ...emptyScope(), systemKinds: [{ kind: 'scada', status: 'in', reason: '' }, { kind: 'scada', status: 'out', reason: 'x' }] };
    expect(scopeInputSchema.safeParse(dup).error?.issues[0]?.path).toEqual(['systemKinds', 1, 'kind']);
    const partial = scopeInputSchema.parse({ ...emptyScope(), systemKinds: [{ kind: 'plcs', status: 'in', reason: '' }] });
    const entries = systemKindEntries(partial);
    expect(entries).toHaveLength(SYSTEM_KINDS.length);
    expect(entries.find((e) => e.kind === 'plcs')?.status).toBe('in');
    expect(entries.find((e) => e.kind === 'scada')?.status).toBe('undecided');
  });

  it('checks stakeholders and stores as a child record', () => {
    const stakeholder = { id: 's1', name: 'Jo Smith', role: 'OT lead', organisation: 'Plant', interviewedOn: '2025-02-03' };
    const stored = {
      ...emptyScope(),
      stakeholders: [stakeholder, { ...stakeholder, id: 's2', interviewedOn: '' }],
      id: '6a1f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
      assessmentId: '0b7f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60',
      createdAt: '2025-01-01T00:00:00.000Z',
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    expect(scopeSchema.safeParse(stored).success).toBe(true);
    expect(scopeInputSchema.safeParse({ ...emptyScope(), stakeholders: [{ ...stakeholder, interviewedOn: '3 Feb' }] }).success).toBe(false);
    expect(scopeInputSchema.safeParse({ ...emptyScope(), stakeholders: [{ ...stakeholder, name: '' }] }).success).toBe(false);
  });
});
