import { Held } from '../held';

/** A generated PDF waiting in main for the assessor to save it after the preview. */
export interface HeldReport {
  fileName: string;
  pdf: Uint8Array;
}

/**
 * Generated reports held between "generate" and "save", so the saved file is byte for byte the one previewed
 * and signed, and the renderer never sends PDF bytes back. Bounded: an assessor previews a few, not hundreds.
 */
export class HeldReports extends Held<HeldReport> {
  constructor(limit = 3) {
    super({ limit });
  }
}
