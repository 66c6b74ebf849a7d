import type { Budgets } from '../../electron/main/isolation/budgets';

/**
 * One crafted or broken file, what it is made to do, and what the app must do with it: refuse it with a message
 * (`refused`), read it within bounds (`read`, matched against a one-line account of what was read), or ask again
 * (`asked`, an encrypted file's passphrase). Each runs through the entry point the app uses (the IPC handler, with
 * the reader process and the real budgets), in a process of its own, within DEFAULT_BUDGET_MS and `capMb` (peak memory
 * of that process and its reader together).
 */
export interface HostileCase {
  id: string;
  kind: 'spreadsheet' | 'bundle' | 'certificate' | 'image' | 'report';
  fileName: string;
  what: string;
  /** The file's bytes, or a file of that size with nothing in it (made sparse on disk, for size limits). */
  make: () => Uint8Array | { sparseBytes: number } | Promise<Uint8Array>;
  refused?: RegExp;
  read?: RegExp;
  asked?: RegExp;
  /** Peak resident memory of the case's process and its reader, default DEFAULT_CAP_MB. */
  capMb?: number;
  /** A .csms file's or a certificate's passphrase. */
  passphrase?: string;
  /** A .csms file read without refusal is then merged into the sample, as “Merge a colleague’s file” plans it. */
  merge?: boolean;
  /** Lower budgets than the app's, to show a reader stopped at a limit without waiting for the real one. */
  budgets?: Partial<Budgets>;
}

/** Freezes, not speed: the heaviest case takes about 4 s here, a reader left alone ran for minutes. */
export const DEFAULT_BUDGET_MS = 30_000;
export const DEFAULT_CAP_MB = 700;
