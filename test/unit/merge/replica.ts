import {
  vectorOf,
  type AuditAction,
  type AuditEntry,
  type AuditedTable,
  type Author,
  type FieldChange,
  type VersionVector,
} from '../../../shared/audit/audit';
import { diffRecord } from '../../../shared/audit/diff';
import { emptyTables, type AssessmentBundle } from '../../../shared/bundle/bundle';
import { sha256Hex } from '../../../shared/bundle/sha256';
import { auditedRecords } from '../../../shared/merge/audited-records';
import { applyMerge, planMerge } from '../../../shared/merge/merge';
import type { MergeChoice, MergeConflict, MergePlan } from '../../../shared/merge/types';

/**
 * A laptop holding one assessment, as the app keeps it: the bundle, and the audit clock it writes entries with
 * (renderer/db/audit-log.ts). Edits are plain functions on a copy of the bundle; what they changed is found with
 * the real diffRecord and recorded as one entry, stamped by a clock shared by every replica of a test, so each
 * entry is later than those before it.
 */
export interface Replica {
  id: string;
  author: Author;
  seq: number;
  known: VersionVector;
  bundle: AssessmentBundle;
}

type Loose = Record<string, unknown>;

/** Entry ids and times that increase over a whole test. */
export class Clock {
  private n = 0;
  tick(): { id: string; at: string } {
    this.n++;
    return { id: uuid(0xe0000000 + this.n), at: new Date(Date.UTC(2026, 10, 22, 8) + this.n * 1000).toISOString() };
  }
}

export function uuid(n: number): string {
  return `${n.toString(16).padStart(8, '0').slice(-8)}-0000-4000-8000-${n.toString(16).padStart(12, '0').slice(-12)}`;
}

/** A laptop that took the file `bundle` as it is (an import): its trail, and a replica of its own to continue it. */
export function replicaOf(bundle: AssessmentBundle, id: string, name: string): Replica {
  return { id, author: { id: crypto.randomUUID(), name }, seq: 0, known: vectorOf(bundle.audit), bundle: structuredClone(bundle) };
}

/** The changes from `before` to `after`, table by table, as the app records them. */
function changesBetween(before: AssessmentBundle, after: AssessmentBundle): FieldChange[] {
  const afterTables = new Map(auditedRecords(after));
  return auditedRecords(before).flatMap(([table, records]) => {
    const now = new Map((afterTables.get(table) ?? []).map((r) => [String(r.id), r]));
    const was = new Map(records.map((r) => [String(r.id), r]));
    const ids = new Set([...was.keys(), ...now.keys()]);
    return [...ids].flatMap((id) => diffRecord(table, strip(table, was.get(id)), strip(table, now.get(id))));
  });
}

const strip = (table: AuditedTable, record: Loose | undefined) => {
  if (!record || table !== 'evidence') return record;
  const { data: _data, ...meta } = record;
  return meta;
};

/**
 * Runs `edit` on a copy of the replica's bundle and records its changes as one entry (none if nothing changed).
 * Changed records get `updatedAt` = the entry's time, and answers the author's stamp, as the repositories do.
 */
export function act(r: Replica, clock: Clock, edit: (b: AssessmentBundle) => void, action: AuditAction = 'edit'): AuditEntry | null {
  const after = structuredClone(r.bundle);
  edit(after);
  const changes = changesBetween(r.bundle, after);
  if (changes.length === 0) return null;
  const { id, at } = clock.tick();
  const touched = new Set(changes.filter((c) => c.op !== 'delete').map((c) => `${c.table}/${c.recordId}`));
  for (const [table, records] of auditedRecords(after))
    for (const record of records as Loose[])
      if (touched.has(`${table}/${String(record.id)}`)) {
        record.updatedAt = at;
        if (table === 'answers') Object.assign(record, { answeredBy: r.author.name, answeredAt: at });
      }
  const seq = r.seq + 1;
  const known = { ...r.known, [r.id]: seq };
  const entry: AuditEntry = { id, assessmentId: after.assessment.id, replica: r.id, seq, known, at, by: r.author, action, changes };
  r.seq = seq;
  r.known = known;
  r.bundle = { ...after, audit: [...after.audit, entry] };
  return entry;
}

export type Resolver = (conflict: MergeConflict, local: AssessmentBundle, incoming: AssessmentBundle) => MergeChoice;

/** Merges `incoming` into the replica as the app would: plan, settle every conflict with `resolve`, apply. */
export function mergeInto(r: Replica, clock: Clock, incoming: AssessmentBundle, resolve: Resolver, note = 'colleague.csms'): MergePlan {
  const plan = planMerge(r.bundle, incoming);
  const choices = Object.fromEntries(plan.conflicts.map((c) => [c.id, resolve(c, r.bundle, incoming)]));
  const { id, at } = clock.tick();
  const seq = r.seq + 1;
  r.bundle = applyMerge(r.bundle, incoming, choices, { replica: r.id, seq, at, by: r.author, entryId: id, note });
  r.seq = seq;
  r.known = r.bundle.audit.at(-1)!.known;
  return plan;
}

export const ASSESSMENT_ID = '0f8b3c2e-5a41-4d6e-9b7a-2c1d3e4f5a60';
export const T0 = '2026-11-20T08:30:00.000Z';
export const ZONE_ID = '11111111-1111-4111-8111-111111111111';
export const assetId = (n: number) => uuid(0x33330000 + n);
export const answerId = (n: number) => uuid(0x44440000 + n);
export const riskId = (n: number) => uuid(0x55550000 + n);
export const evidenceId = (n: number) => uuid(0x66660000 + n);

const child = (id: string, fields: Loose) => ({ id, assessmentId: ASSESSMENT_ID, createdAt: T0, updatedAt: T0, ...fields });

export function asset(n: number, fields: Loose = {}) {
  return child(assetId(n), { name: `PLC-${n}`, type: 'plc', criticality: 'medium', zoneId: ZONE_ID, ip: `10.0.0.${n}`, ...fields });
}

export function answer(n: number, requirementId: string, fields: Loose = {}) {
  return child(answerId(n), {
    requirementId,
    status: 'partial',
    naReason: '',
    achieved: 2,
    target: 3,
    notes: '',
    records: [],
    evidenceIds: [],
    answeredBy: 'Ana Ruiz',
    answeredAt: T0,
    ...fields,
  });
}

export async function evidence(n: number, answer: string, text: string) {
  const data = new TextEncoder().encode(text);
  const meta = { fileName: `evidence-${n}.txt`, mimeType: 'text/plain', size: data.byteLength, sha256: await sha256Hex(data) };
  return { ...child(evidenceId(n), { answerId: answer }), ...meta, data };
}

/** The assessment all replicas of a test start from, as a file exported before anyone edited it (no trail). */
export function baseBundle(): AssessmentBundle {
  const tables = emptyTables();
  tables.zones = [child(ZONE_ID, { name: 'Process control', targetSl: 2 })];
  tables.assets = [asset(1), asset(2), asset(3, { criticality: 'high' })];
  tables.answers = [answer(1, 'SP.01.01'), answer(2, 'SP.01.02', { status: 'implemented', achieved: 3 })];
  tables.risks = [child(riskId(1), { title: 'Flat network', likelihood: 4, assetIds: [assetId(1), assetId(2)], findingIds: [] })];
  return {
    assessment: {
      id: ASSESSMENT_ID,
      createdAt: T0,
      updatedAt: T0,
      name: 'Riverside WTP',
      organisation: 'Riverside Water Authority',
      location: 'Zürich',
      sector: 'water',
      assessors: ['Ana Ruiz'],
      startDate: '2026-11-20',
      endDate: '',
      edition: '2-1:2024',
      scope: { sucDescription: 'Treatment plant control system', statement: '', boundaries: '', systemKinds: [], stakeholders: [] },
    },
    tables,
    evidence: [],
    audit: [],
  };
}

/** The records of a bundle by table and id, for comparing merge results. */
export function recordsOf(bundle: AssessmentBundle): Record<string, Record<string, Loose>> {
  return Object.fromEntries(auditedRecords(bundle).map(([table, records]) => [table, Object.fromEntries(records.map((r) => [String(r.id), r]))]));
}
