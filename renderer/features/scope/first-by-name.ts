const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The first `limit` items by name in the inventory's order (numeric-aware, case-insensitive), keeping only those
 * on the way: a full sort of 100k names takes about a second on the assessors' laptops, this a few tens of ms.
 */
export function firstByName<T extends { name: string }>(items: readonly T[], limit: number): T[] {
  const top: T[] = [];
  if (limit <= 0) return top;
  for (const item of items) {
    if (top.length === limit && collator.compare(item.name, top[limit - 1]!.name) >= 0) continue;
    let lo = 0;
    let hi = top.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (collator.compare(top[mid]!.name, item.name) <= 0) lo = mid + 1;
      else hi = mid;
    }
    top.splice(lo, 0, item);
    if (top.length > limit) top.pop();
  }
  return top;
}
