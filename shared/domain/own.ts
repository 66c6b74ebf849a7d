/** A record's own entry for `key`, never one every object inherits (toString, valueOf…): keys here can come from files. */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
