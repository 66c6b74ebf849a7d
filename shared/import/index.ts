/** The import pipeline: cell grid → sheet choice → header and column mapping → asset content with per-cell issues. */
export type * from './types';
export { importReportSchema, type ImportReport } from './report';
export { proposeSheet } from './propose-sheet';
export { analyseSheet } from './analyse-sheet';
export { importRows, mappingNamesRows } from './import-rows';
export {
  countDuplicateRows,
  duplicateCandidate,
  findDuplicates,
  inFileDuplicates,
  mergesByDefault,
  type DuplicateCandidate,
  type DuplicateFindings,
  type DuplicateGroup,
  type DuplicateReason,
  type IdentityField,
  type IgnoredIdentifier,
} from './duplicates';
export { applySavedMapping, columnKeys, mappingByHeader, mappingSignature, savedMappingOf } from './saved-mapping';
export { columnLetter, normalizeHeader } from './normalize-header';
export { inferAssetType } from './infer-type';
export { matchHeader } from './synonyms';
export { isSecretHeader } from './extra-columns';
