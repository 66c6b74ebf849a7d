/** "63%" for a share between 0 and 1; a dash when there is nothing to score. */
export function formatPercent(share: number | null): string {
  return share === null ? '—' : `${Math.round(share * 100)}%`;
}

/** A maturity level or an average of levels, e.g. "2.4"; a dash when unknown. */
export function formatLevel(level: number | null): string {
  return level === null ? '—' : Number(level.toFixed(1)).toString();
}
