const UNITS = ['KB', 'MB', 'GB', 'TB'] as const;

/** "830 bytes", "1.5 MB", "2 GB": binary multiples with the labels Windows Explorer shows. */
export function formatByteSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} ${bytes === 1 ? 'byte' : 'bytes'}`;
  let value = bytes;
  let unit: (typeof UNITS)[number] = UNITS[0];
  for (const u of UNITS) {
    value /= 1024;
    unit = u;
    if (value < 1024) break;
  }
  return `${Number(value.toFixed(1))} ${unit}`;
}
