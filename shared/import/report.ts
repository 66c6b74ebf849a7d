import { z } from 'zod';
import { MAX_ISSUE_CHARS, MAX_SHEET_ROWS } from './limits';
import { MAX_TABLE_COLUMNS } from './sheet-layout';

/** Issues the saved report lists; a sheet with more says how many were left out (the wizard shows them all). */
export const MAX_REPORT_ISSUES = 100_000;

const rowNumber = z.number().int().min(0).max(MAX_SHEET_ROWS);
const issueSchema = z.object({
  row: rowNumber,
  column: z.number().int().nullable(),
  columnName: z.string().max(400).optional(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string().max(MAX_ISSUE_CHARS),
});

/** What one import did, for the wizard's last step and the xlsx report the assessor can save. */
export const importReportSchema = z.object({
  fileName: z.string().max(500),
  sheet: z.string().max(300),
  /** 1-based header row. */
  headerRow: z.number().int().positive(),
  importedAt: z.iso.datetime(),
  counts: z.object({
    rows: z.number().int().nonnegative(),
    imported: z.number().int().nonnegative(),
    merged: z.number().int().nonnegative(),
    skipped: z.number().int().nonnegative(),
    rejected: z.number().int().nonnegative(),
  }),
  /** Header text → field label, the record of how columns were read. */
  mapping: z.record(z.string().max(400), z.string().max(100)).refine((m) => Object.keys(m).length <= MAX_TABLE_COLUMNS, 'has too many columns'),
  /** One line per rejected, merged or skipped row: what happened and why. */
  outcomes: z
    .array(
      z.object({
        row: rowNumber,
        name: z.string().max(400),
        outcome: z.enum(['rejected', 'merged', 'skipped']),
        reason: z.string().max(MAX_ISSUE_CHARS),
      }),
    )
    .max(MAX_SHEET_ROWS),
  issues: z.array(issueSchema).max(MAX_REPORT_ISSUES),
  /** Issues beyond MAX_REPORT_ISSUES, not listed. */
  issuesLeftOut: z.number().int().nonnegative().optional(),
});
export type ImportReport = z.infer<typeof importReportSchema>;
