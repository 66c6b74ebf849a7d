import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { vectorOf, type AuditAction, type AuditEntry, type Author, type FieldChange, type VersionVector } from '../../../shared/audit/audit';
import { diffRecord } from '../../../shared/audit/diff';
import { CRITICALITIES } from '../../../shared/assets/taxonomy';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { encodeBundle } from '../../../shared/bundle/encode';
import { bundleWithAssets } from '../reports/big-bundle';

/**
 * The two files of the merge benchmark, both grown from the sample with `assets` assets (its own small trail):
 * - mine (ana.csms): the copy this laptop holds, where Ana changed the criticality of a few assets;
 * - theirs (bea.csms): Bea's copy of the same start, where she imported a spreadsheet of new assets, edited others
 *   one field each, and changed the criticality of Ana's few assets to other values: the conflicts.
 * Each edit is one trail entry, as the app records an inline edit (renderer/db/audit-log.ts): the side's replica,
 * its next entry number, and a `known` vector of everything that side had seen, the changes found by diffRecord.
 */

export const ADDED = 1_000;
export const EDITED = 500;
export const CONFLICTS = 20;

type Asset = AssessmentBundle['tables']['assets'][number];

/** A value the merged inventory must hold (every conflict settled with "Keep all mine"). */
export interface ExpectedValue {
  id: string;
  field: 'criticality' | 'notes';
  value: unknown;
}

export interface MergeFiles {
  assets: number;
  assessmentName: string;
  mine: { path: string; bytes: number; entries: number };
  theirs: { path: string; bytes: number; entries: number };
  /** Assets after the merge: the starting ones plus Bea's additions. */
  mergedAssets: number;
  expected: ExpectedValue[];
}

/** One laptop's copy of the assessment and the clock it numbers its trail entries with. */
class Replica {
  private seq = 0;
  private known: VersionVector;
  private tick = 0;

  constructor(
    readonly bundle: AssessmentBundle,
    private readonly replica: string,
    private readonly by: Author,
    /** Where this replica's entry ids and times start: the two sides never share one. */
    private readonly idBase: number,
    private readonly startsAt: number,
  ) {
    this.known = vectorOf(bundle.audit);
  }

  /** The next entry's id and time; the caller stamps the records it changes with the time, as the repositories do. */
  next(): { id: string; at: string } {
    this.tick++;
    const n = this.idBase + this.tick;
    return { id: `00000000-0000-4000-a000-${n.toString(16).padStart(12, '0')}`, at: new Date(this.startsAt + this.tick * 1000).toISOString() };
  }

  record(stamp: { id: string; at: string }, action: AuditAction, changes: FieldChange[], note?: string) {
    this.seq++;
    this.known = { ...this.known, [this.replica]: this.seq };
    const entry: AuditEntry = {
      id: stamp.id,
      assessmentId: this.bundle.assessment.id,
      replica: this.replica,
      seq: this.seq,
      known: this.known,
      at: stamp.at,
      by: this.by,
      action,
      ...(note ? { note } : {}),
      changes,
    };
    this.bundle.audit.push(entry);
  }

  /** An inline edit of one field of one asset: the record changed and one entry saying so. */
  editAsset(index: number, field: ExpectedValue['field'], value: unknown) {
    const assets = this.bundle.tables.assets;
    const stamp = this.next();
    const before = assets[index]!;
    const after: Asset = { ...before, [field]: value, updatedAt: stamp.at };
    assets[index] = after;
    this.record(stamp, 'edit', diffRecord('assets', before, after));
  }

  /** A spreadsheet import that only adds: the app records it as one entry with a note, no per-asset changes. */
  importAssets(added: (at: string) => Asset[], fileName: string) {
    const stamp = this.next();
    const assets = added(stamp.at);
    this.bundle.tables.assets.push(...assets);
    this.record(stamp, 'import-assets', [], `${fileName}: ${assets.length} added, 0 merged`);
  }
}

/** A copy of `base` whose assets list and trail can be changed without touching base's. */
const copyOf = (base: AssessmentBundle): AssessmentBundle => ({
  ...base,
  tables: { ...base.tables, assets: [...base.tables.assets] },
  audit: [...base.audit],
});

/** The criticality `steps` places after the asset's own in CRITICALITIES: 1 for Ana, 2 for Bea, 3 for Bea's plain edits. */
const shifted = (asset: Asset, steps: number) => {
  const at = Math.max(0, CRITICALITIES.indexOf(asset.criticality as (typeof CRITICALITIES)[number]));
  return CRITICALITIES[(at + steps) % CRITICALITIES.length];
};

/**
 * Which assets each side edits, spread over the inventory: Bea's plain edits on every `step`-th asset from the
 * second, the conflicts on multiples of a multiple of `step`, so the two sets never meet.
 */
function pickAssets(assets: number) {
  const step = Math.floor(assets / EDITED);
  if (step < 2) throw new Error(`The merge bench needs at least ${2 * EDITED} assets (BENCH_MERGE_ASSETS), not ${assets}.`);
  const conflictStep = step * Math.floor(assets / (CONFLICTS * step));
  return {
    edited: Array.from({ length: EDITED }, (_, k) => 1 + k * step),
    conflicting: Array.from({ length: CONFLICTS }, (_, k) => k * conflictStep),
  };
}

const EXPORTED_AT = '2026-11-25T17:00:00.000Z';

export async function makeMergeFiles(dir: string, assets: number): Promise<MergeFiles> {
  const base = bundleWithAssets(assets);
  const { edited, conflicting } = pickAssets(assets);
  const ana = new Replica(copyOf(base), 'c0a1e5f2-0000-4000-8000-00000000a1a1', { id: 'c0a1e5f2-0000-4000-8000-0000000000a1', name: 'Ana Ruiz' }, 0, Date.parse('2026-11-24T09:00:00Z'));
  const bea = new Replica(copyOf(base), 'c0a1e5f2-0000-4000-8000-00000000beab', { id: 'c0a1e5f2-0000-4000-8000-0000000000be', name: 'Bea Novak' }, 1 << 24, Date.parse('2026-11-24T10:00:00Z'));
  const expected: ExpectedValue[] = [];

  for (const i of conflicting) {
    const asset = base.tables.assets[i]!;
    ana.editAsset(i, 'criticality', shifted(asset, 1));
    expected.push({ id: String(asset.id), field: 'criticality', value: shifted(asset, 1) });
  }

  bea.importAssets(
    (at) =>
      Array.from({ length: ADDED }, (_, k) => {
        const template = base.tables.assets[k % base.tables.assets.length]!;
        const id = `00000000-0000-4000-9000-${k.toString(16).padStart(12, '0')}`;
        return { ...template, id, name: `${String(template.name)}-bea-${k}`, createdAt: at, updatedAt: at };
      }),
    'bea-site-walk.xlsx',
  );
  edited.forEach((i, k) => {
    const asset = base.tables.assets[i]!;
    const [field, value] = k % 2 ? (['notes', `Checked on site by Bea (${k})`] as const) : (['criticality', shifted(asset, 3)] as const);
    bea.editAsset(i, field, value);
    expected.push({ id: String(asset.id), field, value });
  });
  for (const i of conflicting) bea.editAsset(i, 'criticality', shifted(base.tables.assets[i]!, 2));

  const write = async (replica: Replica, name: string) => {
    const bytes = await encodeBundle(replica.bundle, { appVersion: 'bench', exportedAt: EXPORTED_AT });
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return { path, bytes: bytes.byteLength, entries: replica.bundle.audit.length };
  };
  return {
    assets,
    assessmentName: base.assessment.name,
    mine: await write(ana, 'ana.csms'),
    theirs: await write(bea, 'bea.csms'),
    mergedAssets: assets + ADDED,
    expected,
  };
}
