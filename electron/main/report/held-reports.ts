import { randomUUID } from 'node:crypto';

/** A generated PDF waiting in main for the assessor to save it after the preview. */
export interface HeldReport {
  fileName: string;
  pdf: Uint8Array;
}

/**
 * Generated reports held between "generate" and "save", so the saved file is byte for byte the one previewed
 * and signed, and the renderer never sends PDF bytes back. Bounded: an assessor previews a few, not hundreds.
 */
export class HeldReports {
  private readonly reports = new Map<string, HeldReport>();

  constructor(private readonly limit = 3) {}

  hold(report: HeldReport): string {
    const id = randomUUID();
    this.reports.set(id, report);
    while (this.reports.size > this.limit) {
      const oldest = this.reports.keys().next().value;
      if (oldest === undefined) break;
      this.reports.delete(oldest);
    }
    return id;
  }

  get(id: string): HeldReport | undefined {
    return this.reports.get(id);
  }

  discard(id: string): boolean {
    return this.reports.delete(id);
  }
}
