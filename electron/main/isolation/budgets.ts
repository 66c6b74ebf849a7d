/** What one kind of work on untrusted files may take: heap (MB) and, per call, time (ms). */
export interface Budget {
  memoryMb: number;
  timeMs: number;
}

export interface Budgets {
  /** Reading a spreadsheet and holding its grids for the wizard; the time is per call (open, analyse, rows). */
  spreadsheet: Budget;
  /** Reading a .csms file. */
  bundle: Budget;
  /** Opening a PKCS#12 file to show or check its certificate. */
  certificate: Budget;
  /** Making the PDF report (with its images and signing certificate) or the workbook. */
  report: Budget;
}

/**
 * Set from measurements (README, "Limits on files"): the largest legitimate work of each kind takes a fraction of
 * its budget on a two-core laptop, and crafted files that exhaust a reader reach a limit within seconds.
 */
export const DEFAULT_BUDGETS: Budgets = {
  spreadsheet: { memoryMb: 2048, timeMs: 120_000 },
  bundle: { memoryMb: 2048, timeMs: 120_000 },
  certificate: { memoryMb: 256, timeMs: 30_000 },
  report: { memoryMb: 2048, timeMs: 180_000 },
};
