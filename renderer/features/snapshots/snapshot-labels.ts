import type { Snapshot, SnapshotReason } from '../../db/repos/snapshots.repo';

export const REASON_LABELS: Record<SnapshotReason, string> = {
  timer: 'Automatic',
  manual: 'By hand',
  'before-import': 'Before an import',
  'before-undo': 'Before an undo',
  'before-bulk-edit': 'Before a bulk edit',
  'before-restore': 'Before a restore',
  'before-merge': 'Before a merge',
};

const COUNTED: readonly [table: string, one: string, many: string][] = [
  ['assets', 'asset', 'assets'],
  ['zones', 'zone', 'zones'],
  ['conduits', 'conduit', 'conduits'],
  ['answers', 'answer', 'answers'],
  ['evidence', 'evidence file', 'evidence files'],
  ['findings', 'finding', 'findings'],
  ['risks', 'risk', 'risks'],
  ['actions', 'action', 'actions'],
];

/** "295 assets · 6 zones · 75 answers …", leaving out what there is none of. */
export function describeCounts(counts: Snapshot['counts']): string {
  const parts = COUNTED.flatMap(([table, one, many]) => {
    const n = counts[table] ?? 0;
    return n === 0 ? [] : [`${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`];
  });
  return parts.length > 0 ? parts.join(' · ') : 'No records yet';
}

/** "23 Nov 2026, 10:05:12" in the laptop's local time: snapshots a minute apart must still read apart. */
export function formatSnapshotTime(iso: string): string {
  return new Date(iso).toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit' });
}
