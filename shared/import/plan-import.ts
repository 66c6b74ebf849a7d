import type { Asset, AssetContent } from '../assets/asset';
import type { DuplicateGroup } from './duplicates';
import { mergeAssetContent } from './merge-asset';
import type { SkippedRow } from './footer-rows';
import type { ImportReport } from './report';
import type { ImportedRow } from './types';

/** What to do with the rows of one duplicate group: merge them (into the stored asset if there is one), import
 * them all as separate assets, or skip the file's copies (keeping the stored asset or the file's first row). */
export type DuplicateChoice = 'merge' | 'keep' | 'skip';

export interface ImportPlan {
  /** New assets in file order. */
  add: { row: number; content: AssetContent }[];
  /** Stored assets that file rows merge into, with their merged content. */
  update: { id: string; content: AssetContent }[];
  outcomes: ImportReport['outcomes'];
  counts: ImportReport['counts'];
}

/** Candidate keys: a file row is its 1-based row number as text, a stored asset its id (see duplicateCandidates). */
export const rowKey = (row: number) => String(row);

/**
 * Turns the checked rows, the stored inventory and the assessor's duplicate choices into the writes of one import.
 * Pure, so the same plan is shown, written and reported.
 */
export function planImport(
  rows: readonly ImportedRow[],
  existing: readonly Asset[],
  groups: readonly DuplicateGroup[],
  choiceOf: (groupIndex: number) => DuplicateChoice,
): ImportPlan {
  // Only rows and stored assets that take part in a duplicate group are looked up (often none of 100k).
  const inGroups = new Set(groups.flatMap((g) => g.members.map((m) => m.key)));
  const byRow = new Map(rows.filter((r) => inGroups.has(rowKey(r.row))).map((r) => [rowKey(r.row), r]));
  const stored = new Map(existing.filter((a) => inGroups.has(a.id)).map((a) => [a.id, a]));
  const outcomes: ImportReport['outcomes'] = [];
  const handled = new Set<string>();
  const merged = new Map<string, AssetContent>();
  const mergedIntoRow = new Map<string, AssetContent>();

  groups.forEach((group, index) => {
    const choice = choiceOf(index);
    const incoming = group.members.filter((m) => m.kind === 'incoming' && byRow.get(m.key) && !byRow.get(m.key)!.rejected);
    const target = group.members.find((m) => m.kind === 'existing' && stored.has(m.key));
    if (choice === 'keep' || incoming.length === 0) return;
    const base = target ? undefined : incoming[0]!;
    const others = target ? incoming : incoming.slice(1);
    if (base) mergedIntoRow.set(base.key, byRow.get(base.key)!.asset);
    for (const m of others) {
      const row = byRow.get(m.key)!;
      handled.add(m.key);
      const into = target ? `stored asset “${stored.get(target.key)!.name}”` : `row ${base!.key}`;
      if (choice === 'skip') {
        outcomes.push({ row: row.row, name: row.asset.name, outcome: 'skipped', reason: `Duplicate (${group.reason}) of ${into}; skipped.` });
        continue;
      }
      if (target) merged.set(target.key, mergeAssetContent(merged.get(target.key) ?? stored.get(target.key)!, row.asset));
      else mergedIntoRow.set(base!.key, mergeAssetContent(mergedIntoRow.get(base!.key)!, row.asset));
      outcomes.push({ row: row.row, name: row.asset.name, outcome: 'merged', reason: `Duplicate (${group.reason}) of ${into}; merged.` });
    }
  });

  const add: ImportPlan['add'] = [];
  let rejected = 0;
  for (const row of rows) {
    if (row.rejected) {
      rejected++;
      const reason = row.issues.filter((i) => i.severity === 'error').map((i) => i.message).join(' ') || 'Rejected.';
      outcomes.push({ row: row.row, name: row.asset.name, outcome: 'rejected', reason });
    } else if (handled.size === 0 || !handled.has(rowKey(row.row))) {
      add.push({ row: row.row, content: (mergedIntoRow.size > 0 && mergedIntoRow.get(rowKey(row.row))) || row.asset });
    }
  }
  outcomes.sort((a, b) => a.row - b.row);
  const count = (o: string) => outcomes.filter((x) => x.outcome === o).length;
  return {
    add,
    update: [...merged].map(([id, content]) => ({ id, content })),
    outcomes,
    counts: { rows: rows.length, imported: add.length, merged: count('merged'), skipped: count('skipped'), rejected },
  };
}

/** The plan with the rows left out under the table (totals, notes, links) counted as read and skipped, with why. */
export function withSkippedRows(plan: ImportPlan, skipped: readonly SkippedRow[]): ImportPlan {
  if (skipped.length === 0) return plan;
  const outcomes = [...plan.outcomes, ...skipped.map((s) => ({ row: s.row, name: '', outcome: 'skipped' as const, reason: `Left out: ${s.reason}.` }))];
  outcomes.sort((a, b) => a.row - b.row);
  const counts = { ...plan.counts, rows: plan.counts.rows + skipped.length, skipped: plan.counts.skipped + skipped.length };
  return { ...plan, outcomes, counts };
}
