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

/** The identifiers that tell devices apart: members of a group that disagree on one may be different devices. */
export type IdentityField = 'name' | 'serialNumber' | 'macAddresses';

export interface DuplicateGroup {
  /** The strongest match that joined the group. */
  reason: DuplicateReason;
  members: { kind: 'incoming' | 'existing'; key: string }[];
  /** Identifiers on which members disagree (both filled, different): the match may join distinct devices. */
  conflicts: IdentityField[];
}

/** A serial or MAC not used to match: a placeholder, or one value written on many rows. */
export interface IgnoredIdentifier {
  field: 'serialNumber' | 'macAddresses';
  /** As the first candidate holding it wrote it. */
  value: string;
  /** Candidates (file rows and stored assets) that hold it. */
  count: number;
  why: 'placeholder' | 'repeated';
}

export interface DuplicateFindings {
  groups: DuplicateGroup[];
  ignored: IgnoredIdentifier[];
}

/** Strongest first: a MAC is burnt into the device, a serial is printed on it, a name is only typed. */
const REASONS: readonly DuplicateReason[] = ['mac', 'serial', 'ip+name', 'tag'];
const MAC = 0;
const SERIAL = 1;

/**
 * One device is listed once in a file, perhaps again in the stored inventory and once more by mistake; a serial or
 * MAC on more candidates than this is a model number, a gateway's MAC behind which many IPs sit, or a filler.
 */
export const MAX_SHARED_IDENTIFIER = 4;

/** Serials that mean "none" match nothing (they would join every device that lacks one). */
const NO_SERIAL = /^(?:0+|n\/?a|none|unknown|tbd|-+|\?+|x+|1234(?:5(?:6(?:78?9?)?)?)?)$/;
/** Imported and stored MACs are already in this form; others are normalised first. */
const CANONICAL_MAC = /^[0-9a-f]{2}(?::[0-9a-f]{2}){5}$/;
const NO_MAC = new Set(['000000000000', 'ffffffffffff', '010203040506', '112233445566', '123456789abc', 'aabbccddeeff']);
const NO_IP = new Set(['0.0.0.0', '127.0.0.1', '::', '::1']);

// Most names and serials are plain ASCII, which NFKC, trimming and collapsing spaces leave as it is.
const nameKey = (name: string) => (isClean(name) ? name : name.normalize('NFKC').trim().replace(/\s+/g, ' ')).toLowerCase();
const serialKey = (serial: string) =>
  (isClean(serial) && !serial.includes(' ') ? serial : serial.normalize('NFKC').replace(/\s+/g, '')).toLowerCase();
const macKey = (mac: string) => (CANONICAL_MAC.test(mac) ? mac : (normalizeMac(mac) ?? '')).replace(/:/g, '');

type MatchFields = Pick<DuplicateCandidate, 'name' | 'serialNumber' | 'macAddresses' | 'ipAddresses'>;

/** A candidate's serial and MACs as keys, placeholders included (the caller decides what they are worth). */
function eachIdentifier(c: MatchFields, visit: (field: number, key: string, raw: string) => void): void {
  for (const mac of c.macAddresses) {
    const hex = macKey(mac);
    if (hex) visit(MAC, hex, mac);
  }
  const serial = serialKey(c.serialNumber);
  if (serial) visit(SERIAL, serial, c.serialNumber.trim());
}

const isPlaceholderKey = (field: number, key: string) => (field === MAC ? NO_MAC.has(key) : NO_SERIAL.test(key));

/** Calls `visit` with each value that marks a candidate, per reason (an index into REASONS); empty values never match. */
function eachMatchKey(c: MatchFields, usable: (field: number, key: string) => boolean, visit: (reason: number, value: string) => void): void {
  eachIdentifier(c, (field, key) => {
    if (usable(field, key)) visit(field, key);
  });
  const name = nameKey(c.name);
  if (!name) return;
  for (const ip of c.ipAddresses) {
    const trimmed = ip.trim();
    const address = normalizeIp(trimmed.includes('/') ? trimmed.replace(/\/\d{1,3}$/, '') : trimmed) ?? trimmed.toLowerCase();
    if (address && !NO_IP.has(address)) visit(2, `${address} ${name}`);
  }
  visit(3, name);
}

/** Serials and MACs that are placeholders or sit on more than MAX_SHARED_IDENTIFIER candidates, with their counts. */
function identifiersToIgnore(all: readonly MatchFields[]): { ignored: IgnoredIdentifier[]; keys: Set<string>[] } {
  const counts = [new Map<string, { value: string; count: number; last: number }>(), new Map<string, { value: string; count: number; last: number }>()];
  all.forEach((c, i) =>
    eachIdentifier(c, (field, key, raw) => {
      const seen = counts[field]!.get(key);
      if (!seen) counts[field]!.set(key, { value: raw, count: 1, last: i });
      else if (seen.last !== i) {
        seen.count += 1;
        seen.last = i;
      }
    }),
  );
  const ignored: IgnoredIdentifier[] = [];
  const keys = [new Set<string>(), new Set<string>()];
  counts.forEach((byKey, field) => {
    for (const [key, { value, count }] of byKey) {
      const placeholder = isPlaceholderKey(field, key);
      if (placeholder || count > MAX_SHARED_IDENTIFIER) keys[field]!.add(key);
      if (count > 1 && (placeholder || count > MAX_SHARED_IDENTIFIER))
        ignored.push({ field: field === MAC ? 'macAddresses' : 'serialNumber', value, count, why: placeholder ? 'placeholder' : 'repeated' });
    }
  });
  ignored.sort((a, b) => b.count - a.count);
  return { ignored, keys };
}

/** Identifiers on which filled members differ. MAC lists differ when one shares no address with the first filled one. */
function conflictsOf(members: readonly MatchFields[], usable: (field: number, key: string) => boolean): IdentityField[] {
  const names = new Set<string>();
  const serials = new Set<string>();
  let firstMacs: Set<string> | null = null;
  let macsDiffer = false;
  for (const m of members) {
    const name = nameKey(m.name);
    if (name) names.add(name);
    const macs = new Set<string>();
    eachIdentifier(m, (field, key) => {
      if (!usable(field, key)) return;
      if (field === SERIAL) serials.add(key);
      else macs.add(key);
    });
    if (macs.size === 0) continue;
    if (!firstMacs) firstMacs = macs;
    else if (!macsDiffer) macsDiffer = ![...macs].some((mac) => firstMacs!.has(mac));
  }
  const conflicts: IdentityField[] = [];
  if (names.size > 1) conflicts.push('name');
  if (serials.size > 1) conflicts.push('serialNumber');
  if (macsDiffer) conflicts.push('macAddresses');
  return conflicts;
}

/**
 * Groups incoming rows with each other and with stored assets when they share a MAC, a serial number, an IP and
 * name, or a name (tag); placeholder and widely repeated serials and MACs join nothing and are reported. Union-find
 * over hash maps: linear in the number of values, so 100k + 100k candidates take well under a second. An asset sits
 * in at most one group; a group is reported only when it holds an incoming candidate, with the strongest reason that
 * joined it and the identifiers its members disagree on.
 */
export function findDuplicates(incoming: readonly DuplicateCandidate[], existing: readonly DuplicateCandidate[]): DuplicateFindings {
  const all = [...incoming, ...existing];
  const { ignored, keys } = identifiersToIgnore(all);
  const usable = (field: number, key: string) => !keys[field]!.has(key);
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
  for (; i < all.length; i++) eachMatchKey(all[i] as DuplicateCandidate, usable, visit);

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
      conflicts: conflictsOf(
        members.map((i) => all[i] as DuplicateCandidate),
        usable,
      ),
    });
  }
  return { groups: out, ignored };
}

/**
 * What an import does with a group unless the assessor says otherwise: the same MAC, serial, or IP and name is one
 * device listed twice, merged; a shared name alone, or members that disagree on an identifier, may be two devices,
 * kept apart.
 */
export const mergesByDefault = (group: DuplicateGroup) => group.reason !== 'tag' && group.conflicts.length === 0;

/** A candidate from imported content (the renderer builds the same from stored assets). */
export function duplicateCandidate(key: string, asset: Pick<AssetContent, 'name' | 'serialNumber' | 'macAddresses' | 'ipAddresses'>): DuplicateCandidate {
  return { key, name: asset.name, serialNumber: asset.serialNumber, macAddresses: asset.macAddresses, ipAddresses: asset.ipAddresses };
}

/** The duplicate findings of a file on its own: accepted rows only. */
export function inFileDuplicates(rows: readonly ImportedRow[]): DuplicateFindings {
  return findDuplicates(
    rows.filter((r) => !r.rejected).map((r) => duplicateCandidate(String(r.row), r.asset)),
    [],
  );
}

/** How many accepted rows repeat another row of the same file: each group's members beyond its first. */
export const countDuplicateRows = (groups: readonly DuplicateGroup[]) => groups.reduce((n, g) => n + g.members.length - 1, 0);
