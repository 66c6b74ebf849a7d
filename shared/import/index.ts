/** The import pipeline: cell grid → sheet choice → header and column mapping → asset content with per-cell issues. */
export type * from './types';
export { importReportSchema, type ImportReport } from './report';
export { proposeSheet } from './propose-sheet';
export { analyseSheet } from './analyse-sheet';
export { importRows } from './import-rows';
export { countInFileDuplicates, duplicateCandidate, findDuplicates, type DuplicateCandidate, type DuplicateGroup, type DuplicateReason } from './duplicates';
export { applySavedMapping, columnKeys, mappingByHeader, mappingSignature, savedMappingOf } from './saved-mapping';
export { columnLetter, normalizeHeader } from './normalize-header';
export { inferAssetType } from './infer-type';
export { matchHeader } from './synonyms';
