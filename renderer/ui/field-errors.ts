import type { z } from 'zod';

/** A failed parse as one message per top-level field (the first), for showing beside the inputs. */
export function fieldErrors(result: z.ZodSafeParseResult<unknown>): Record<string, string> {
  if (result.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of result.error.issues) errors[String(issue.path[0] ?? '')] ??= issue.message;
  return errors;
}

/** The errors left once the fields in `change` were edited: a message goes as soon as its field is touched. */
export function withoutErrorsFor(errors: Record<string, string>, change: object): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).filter(([field]) => !(field in change)));
}
