import { z } from 'zod';

/** Fields every stored record carries. Ids are UUIDs so files from several laptops can merge later. */
export const recordBaseSchema = z.object({
  id: z.uuid(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type RecordBase = z.infer<typeof recordBaseSchema>;

/** A record that belongs to one assessment. */
export const childRecordSchema = recordBaseSchema.extend({ assessmentId: z.uuid() });
export type ChildRecord = z.infer<typeof childRecordSchema>;

export function newId(): string {
  return crypto.randomUUID();
}

export function nowIso(clock: () => Date = () => new Date()): string {
  return clock().toISOString();
}
