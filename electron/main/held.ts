import { randomUUID } from 'node:crypto';

/**
 * Things main keeps between two calls from the renderer under a random token, so their bytes never travel back
 * and forth: bounded in number (the oldest goes first) and, when `maxAgeMs` is given, in age.
 */
export class Held<T> {
  private readonly items = new Map<string, { item: T; heldAt: number }>();

  constructor(private readonly options: { limit: number; maxAgeMs?: number; now?: () => number }) {}

  hold(item: T): string {
    const id = randomUUID();
    this.items.set(id, { item, heldAt: this.now() });
    while (this.items.size > this.options.limit) {
      const oldest = this.items.keys().next().value;
      if (oldest === undefined) break;
      this.items.delete(oldest);
    }
    return id;
  }

  get(id: string): T | undefined {
    const entry = this.items.get(id);
    if (!entry) return undefined;
    const { maxAgeMs } = this.options;
    if (maxAgeMs !== undefined && this.now() - entry.heldAt > maxAgeMs) {
      this.items.delete(id);
      return undefined;
    }
    return entry.item;
  }

  discard(id: string): boolean {
    return this.items.delete(id);
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}
