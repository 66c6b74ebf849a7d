import type { AssetField } from '../assets/asset';
import { isBlankHeader } from './sheet-layout';
import { sniffColumn } from './sniff-content';
import { proposeNameColumn } from './propose-name';
import { isOtherAttributeHeader, matchHeader } from './synonyms';
import type { ColumnMatch } from './types';
import { assetTypeTable } from './values/asset-type';
import { criticalityTable } from './values/criticality';
import { parseIpList } from './values/ip';
import { lifecycleTable } from './values/lifecycle';
import { parseMacList } from './values/mac';
import { parsePorts } from './values/ports';
import { purdueFromText } from './values/purdue';
import { remoteAccessFromText } from './values/remote-access';

/** Fields whose values can be checked: a header match is trusted more when its column's values read well. */
const VALUE_CHECKS: Partial<Record<AssetField, (text: string) => boolean>> = {
  ipAddresses: (t) => parseIpList(t).notes.length === 0,
  macAddresses: (t) => parseMacList(t).notes.length === 0,
  ports: (t) => {
    const { value, notes } = parsePorts(t);
    return notes.length === 0 && value.ports.length > 0;
  },
  criticality: (t) => criticalityTable.lookup(t) !== null,
  lifecycle: (t) => lifecycleTable.lookup(t) !== null,
  assetType: (t) => assetTypeTable.lookup(t) !== null,
  purdueLevel: (t) => purdueFromText(t) !== null,
  remoteAccess: (t) => remoteAccessFromText(t) !== null,
};

/** A header match keeps this share of its score when none of its values read well. */
const UNCONFIRMED_WEIGHT = 0.6;

export interface ColumnValues {
  index: number;
  header: string;
  /** Non-empty cleaned values from under the header (a sample is enough). */
  values: readonly string[];
}

type Candidate = ColumnMatch & { index: number };

function candidatesFor(column: ColumnValues): Candidate[] {
  const byHeader = matchHeader(column.header);
  if (byHeader.length > 0) {
    return byHeader.map(({ field, score }) => {
      const check = VALUE_CHECKS[field];
      const share = check && column.values.length > 0 ? column.values.filter(check).length / column.values.length : 1;
      return { index: column.index, field, by: 'header' as const, score: score * (UNCONFIRMED_WEIGHT + (1 - UNCONFIRMED_WEIGHT) * share) };
    });
  }
  if (!isBlankHeader(column.header) && isOtherAttributeHeader(column.header)) return [];
  const sniffed = sniffColumn(column.values);
  return sniffed ? [{ index: column.index, by: 'content', ...sniffed }] : [];
}

/**
 * Each field goes to at most one column and each column to at most one field: the best scores
 * are placed first (header matches before content matches, then the leftmost column). When no column is the name,
 * the best identifier column (propose-name.ts) is proposed for it.
 */
export function proposeMapping(columns: readonly ColumnValues[]): Map<number, ColumnMatch> {
  const candidates = columns.flatMap(candidatesFor);
  candidates.sort((a, b) => b.score - a.score || (a.by === b.by ? 0 : a.by === 'header' ? -1 : 1) || a.index - b.index);
  const taken = new Set<AssetField>();
  const chosen = new Map<number, ColumnMatch>();
  for (const { index, ...match } of candidates) {
    if (taken.has(match.field) || chosen.has(index)) continue;
    taken.add(match.field);
    chosen.set(index, { ...match, score: Math.round(match.score * 100) / 100 });
  }
  // Every asset needs a name: without a name column, the column that tells rows apart stands in.
  if (!taken.has('name')) {
    const identifier = proposeNameColumn(columns, new Set(chosen.keys()));
    if (identifier) {
      const { index, ...match } = identifier;
      chosen.set(index, { ...match, score: Math.round(match.score * 100) / 100 });
    }
  }
  return chosen;
}
