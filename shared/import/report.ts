import { z } from 'zod';

const issueSchema = z.object({
  row: z.number().int(),
  column: z.number().int().nullable(),
  columnName: z.string().optional(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
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
  mapping: z.record(z.string(), z.string()),
  /** One line per rejected, merged or skipped row: what happened and why. */
  outcomes: z.array(
    z.object({
      row: z.number().int(),
      name: z.string(),
      outcome: z.enum(['rejected', 'merged', 'skipped']),
      reason: z.string(),
    }),
  ),
  issues: z.array(issueSchema),
});
export type ImportReport = z.infer<typeof importReportSchema>;
