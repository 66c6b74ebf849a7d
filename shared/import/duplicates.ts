import type { AssetContent } from '../assets/asset';
import { isClean } from './normalize-text';
import { normalizeIp } from './values/ip';
import { normalizeMac } from './values/mac';
import type { ImportedRow } from './types';

export interface DuplicateCandidate {
  key: string;
  name: string;
  serialNumber: string;
  macAddresses: string[];
  ipAddresses: string[];
}

export type DuplicateReason = 'mac' | 'serial' | 'ip+name' | 'tag';

export interface DuplicateGroup {
  /** The strongest match that joined the group. */
  reason: DuplicateReason;
  members: { kind: 'incoming' | 'existing'; key: string }[];
}

/** Strongest first: a MAC is burnt into the device, a serial is printed on it, a name is only typed. */
const REASONS: readonly DuplicateReason[] = ['mac', 'serial', 'ip+name', 'tag'];

/** Serials that mean "none" match nothing (they would join every device that lacks one). */
const NO_SERIAL = /^(?:0+|n\/?a|none|unknown|tbd|-+|\?+|x+)$/;
/** Imported and stored MACs are already in this form; others are normalised first. */
const CANONICAL_MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;
const NO_MAC = new Set(['000000000000', 'ffffffffffff']);
const NO_IP = new Set(['0.0.0.0', '127.0.0.1', '::', '::1']);

// Most names and serials are plain ASCII, which NFKC, trimming and collapsing spaces leave as it is.
const nameKey = (name: string) => (isClean(name) ? name : name.normalize('NFKC').trim().replace(/\s+/g, ' ')).toLowerCase();
const serialKey = (serial: string) =>
  (isClean(serial) && !serial.includes(' ') ? serial : serial.normalize('NFKC').replace(/\s+/g, '')).toLowerCase();

type MatchFields = Pick<DuplicateCandidate, 'name' | 'serialNumber' | 'macAddresses' | 'ipAddresses'>;

/** Calls `visit` with each value that marks a candidate, per reason (an index into REASONS); empty values never match. */
function eachMatchKey(c: MatchFields, visit: (reason: number, value: string) => void): void {
  for (const mac of c.macAddresses) {
    const hex = (CANONICAL_MAC.test(mac) ? mac : (normalizeMac(mac) ?? '')).replace(/:/g, '');
    if (hex && !NO_MAC.has(hex)) visit(0, hex);
  }
  const serial = serialKey(c.serialNumber);
  if (serial && !NO_SERIAL.test(serial)) visit(1, serial);
  const name = nameKey(c.name);
  if (!name) return;
  for (const ip of c.ipAddresses) {
    const trimmed = ip.trim();
    const address = normalizeIp(trimmed.includes('/') ? trimmed.replace(/\/\d{1,3}$/, '') : trimmed) ?? trimmed.toLowerCase();
    if (address && !NO_IP.has(address)) visit(2, `${address} ${name}`);
  }
  visit(3, name);
}

/**
 * Groups incoming rows with each other and with stored assets when they share a MAC, a serial number,
 * an IP and name, or a name (tag). Union-find over hash maps: linear in the number of values, so
 * 100k + 100k candidates take well under a second. An asset sits in at most one group; a group is
 * reported only when it holds an incoming candidate, with the strongest reason that joined it.
 */
export function findDuplicates(incoming: readonly DuplicateCandidate[], existing: readonly DuplicateCandidate[]): DuplicateGroup[] {
  const all = [...incoming, ...existing];
  const parent = all.map((_, i) => i);
  const rank = all.map(() => REASONS.length); // best reason seen per root, as an index into REASONS
  const find = (i: number): number => {
    let root = i;
    while (parent[root] !== root) root = parent[root] as number;
    while (parent[i] !== root) {
      const next = parent[i] as number;
      parent[i] = root;
      i = next;
    }
    return root;
  };
  const union = (a: number, b: number, reason: number) => {
    const ra = find(a);
    const rb = find(b);
    const best = Math.min(rank[ra] as number, rank[rb] as number, reason);
    if (ra !== rb) parent[rb] = ra;
    rank[ra] = best;
  };

  // One map per reason: the first candidate seen with each value.
  const firstWith = REASONS.map(() => new Map<string, number>());
  let i = 0;
  const visit = (reason: number, value: string) => {
    const seen = firstWith[reason] as Map<string, number>;
    const first = seen.get(value);
    if (first === undefined) seen.set(value, i);
    else if (first !== i) union(first, i, reason);
  };
  for (; i < all.length; i++) eachMatchKey(all[i] as DuplicateCandidate, visit);

  const groups = new Map<number, number[]>();
  all.forEach((_, i) => {
    const root = find(i);
    const members = groups.get(root);
    if (members) members.push(i);
    else groups.set(root, [i]);
  });

  const out: DuplicateGroup[] = [];
  for (const [root, members] of groups) {
    if (members.length < 2 || (members[0] as number) >= incoming.length) continue;
    out.push({
      reason: REASONS[rank[root] as number] ?? 'tag',
      members: members.map((i) =>
        i < incoming.length ? { kind: 'incoming', key: incoming[i]?.key ?? '' } : { kind: 'existing', key: existing[i - incoming.length]?.key ?? '' },
      ),
    });
  }
  return out;
}

/** A candidate from imported content (the renderer builds the same from stored assets). */
export function duplicateCandidate(key: string, asset: Pick<AssetContent, 'name' | 'serialNumber' | 'macAddresses' | 'ipAddresses'>): DuplicateCandidate {
  return { key, name: asset.name, serialNumber: asset.serialNumber, macAddresses: asset.macAddresses, ipAddresses: asset.ipAddresses };
}

/** How many accepted rows repeat an earlier row of the same file (same MAC, serial, IP and name, or name). */
export function countInFileDuplicates(rows: readonly ImportedRow[]): number {
  const seen = REASONS.map(() => new Set<string>());
  let count = 0;
  // The row's keys, collected before any is added: a row never duplicates itself.
  const reasons: number[] = [];
  const values: string[] = [];
  const collect = (reason: number, value: string) => {
    reasons.push(reason);
    values.push(value);
  };
  for (const row of rows) {
    if (row.rejected) continue;
    reasons.length = 0;
    values.length = 0;
    eachMatchKey(row.asset, collect);
    let repeats = false;
    for (let k = 0; k < values.length; k++) repeats ||= (seen[reasons[k] as number] as Set<string>).has(values[k] as string);
    if (repeats) count += 1;
    for (let k = 0; k < values.length; k++) (seen[reasons[k] as number] as Set<string>).add(values[k] as string);
  }
  return count;
}
