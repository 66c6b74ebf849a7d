import type { z } from 'zod';

/** Parses with a schema, failing with its first message rather than zod's JSON dump, since notices show it as is. */
export function parseOrThrow<T>(schema: z.ZodType<T>, input: unknown): T {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new Error(`${result.error.issues[0]?.message ?? 'Invalid input'}.`);
}
