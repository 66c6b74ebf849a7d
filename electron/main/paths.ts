/** `path` with `.extension` added unless it already ends with it (any case). */
export function withExtension(path: string, extension: string): string {
  return path.toLowerCase().endsWith(`.${extension.toLowerCase()}`) ? path : `${path}.${extension}`;
}

/** The last path segment, for either separator: paths here come from a dialog or the command line of any OS. */
export function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() || path;
}
