import { newId } from '../domain/record';
import { RECORD_TABLES, type AssessmentBundle } from './bundle';

/** Replaces every string that is exactly a mapped id, wherever it sits, so cross-references stay intact. */
function remapValue(value: unknown, ids: ReadonlyMap<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value;
  if (value instanceof Uint8Array) return value;
  if (Array.isArray(value)) return value.map((v) => remapValue(v, ids));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remapValue(v, ids)]));
  }
  return value;
}

/**
 * A copy of the assessment with fresh ids for every record (duplicate, or importing a file whose assessment
 * already exists here), named `name`, stamped `now`. The trail stays behind: it names the old ids, and the copy
 * starts its own (the repository records the copy as its first entry).
 */
export function copyBundle(bundle: AssessmentBundle, name: string, now: string): AssessmentBundle {
  const ids = new Map<string, string>([[bundle.assessment.id, newId()]]);
  for (const t of RECORD_TABLES) for (const r of bundle.tables[t]) ids.set(r.id, newId());
  for (const e of bundle.evidence) ids.set(e.id, newId());
  const copy = remapValue({ ...bundle, audit: [] }, ids) as AssessmentBundle;
  return { ...copy, assessment: { ...copy.assessment, name, createdAt: now, updatedAt: now } };
}
