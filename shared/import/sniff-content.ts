import type { AssetField } from '../assets/asset';
import { isNetmaskLike, parseIpList } from './values/ip';
import { looksLikeMac } from './values/mac';
import { mentionsKnownVendor } from './vendors';

/** A cell that holds only valid IPs, and not just a netmask or 0.0.0.0. */
export function isIpCell(text: string): boolean {
  const { value, notes } = parseIpList(text);
  return value.length > 0 && notes.length === 0 && !value.every(isNetmaskLike);
}

/** 14.03.2026, 2026.03.14, 3/14/2026: a service or install date, which a version pattern would otherwise take. */
const DATE_LIKE = /^(?:(\d{1,2})[./-](\d{1,2})[./-](\d{4})|(\d{4})[./-](\d{1,2})[./-](\d{1,2}))$/;
function looksLikeDate(text: string): boolean {
  const m = DATE_LIKE.exec(text);
  if (!m) return false;
  const year = Number(m[3] ?? m[4]);
  return year >= 1970 && year <= 2100;
}

/** A firmware-like version: v1.2, V04.06.00_00.00.00.00, Rev 2.9, 17.00.00.05_02.01 (not an IP, not a date). */
function looksLikeVersion(text: string): boolean {
  const t = text.trim();
  if (looksLikeDate(t)) return false;
  if (/^(?:v|ver\.?\s?|rev\.?\s?|fw\s?)\d+(?:\.\d+)+\S*$/i.test(t)) return true;
  return /^\d+\.\d+\.\d+(?:[._-]\w+)*$/.test(t) && parseIpList(t).notes.length > 0;
}

/** What a column's content says when its header says nothing. Data: extend freely. */
export const CONTENT_DETECTORS: readonly { field: AssetField; test: (text: string) => boolean }[] = [
  { field: 'macAddresses', test: looksLikeMac },
  { field: 'ipAddresses', test: isIpCell },
  { field: 'firmware', test: looksLikeVersion },
  { field: 'vendor', test: mentionsKnownVendor },
];

/** Share of values that must pass a detector, and the score a content match gets (below any header match). */
const MIN_SHARE = 0.6;
const CONTENT_SCORE = 0.5;

export function sniffColumn(values: readonly string[]): { field: AssetField; score: number } | null {
  if (values.length === 0) return null;
  let best: { field: AssetField; score: number } | null = null;
  for (const { field, test } of CONTENT_DETECTORS) {
    const share = values.filter(test).length / values.length;
    if (share >= MIN_SHARE && (!best || CONTENT_SCORE * share > best.score)) best = { field, score: CONTENT_SCORE * share };
  }
  return best;
}
