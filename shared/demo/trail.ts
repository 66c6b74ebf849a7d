import type { AuditAction, AuditEntry, Author, FieldChange, VersionVector } from '../audit/audit';
import { diffRecord } from '../audit/diff';
import type { AssessmentBundle } from '../bundle/bundle';
import { demoTime, type Rng } from './ids';
import { DEMO_ASSESSORS } from './site';

type Tables = AssessmentBundle['tables'];

/**
 * The sample's audit trail: the two assessors' laptops (two replicas) recording the week as a real pair would —
 * Ana sets up the assessment and zones, Jo imports the inventory and reviews it on his own copy, Ana answers the
 * questionnaire, then merges Jo's file. Enough for the History screen, the merge rules and the report's
 * "Recorded by" to show real data.
 */
export function demoTrail(rng: Rng, assessment: AssessmentBundle['assessment'], tables: Tables): AuditEntry[] {
  const [ana, jo] = DEMO_ASSESSORS.map((name): Author => ({ id: rng.uuid(), name }));
  const replicas = { ana: rng.uuid(), jo: rng.uuid() };
  const seen: VersionVector = {};
  const entries: AuditEntry[] = [];
  const add = (who: 'ana' | 'jo', at: string, action: AuditAction, changes: FieldChange[], note?: string) => {
    const replica = replicas[who];
    seen[replica] = (seen[replica] ?? 0) + 1;
    entries.push({
      id: rng.uuid(),
      assessmentId: assessment.id,
      replica,
      seq: seen[replica],
      known: who === 'jo' ? { [replicas.ana]: 2, [replica]: seen[replica] } : { ...seen },
      at,
      by: who === 'ana' ? ana! : jo!,
      action,
      ...(note ? { note } : {}),
      changes,
    });
  };

  const { scope: _scope, risk: _risk, ...basics } = assessment;
  add('ana', demoTime(0, 8, 30), 'create', diffRecord('assessments', undefined, basics));
  add('ana', demoTime(0, 9, 10), 'create', tables.zones.flatMap((z) => diffRecord('zones', undefined, z)));
  // Jo works on a copy of Ana's file from here (he has seen her first two entries).
  add('jo', demoTime(1, 8, 45), 'import-assets', [], `riverside-assets.xlsx: ${tables.assets.length} added, 0 merged`);
  const plc = tables.assets.find((a) => a.criticality === 'high') ?? tables.assets[0];
  if (plc) add('jo', demoTime(1, 11, 5), 'edit', diffRecord('assets', { ...plc, criticality: 'medium' }, plc));
  add('ana', demoTime(2, 9, 0), 'create', tables.answers.slice(0, 3).flatMap((a) => diffRecord('answers', undefined, a)));
  add('ana', demoTime(3, 17, 30), 'merge', [], 'riverside-jo.csms');
  return entries;
}
