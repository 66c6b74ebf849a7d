import { parseAssessorNames } from '../domain/assessment';

/** An assessment as schema v1 stored it: one free-text assessor field and no edition choice. */
export interface AssessmentV1 {
  id: string;
  name: string;
  assessor?: string;
  [field: string]: unknown;
}

/**
 * v1 → v2: the assessor text becomes a list of names and the standard edition is recorded (v1 assessed
 * against the 2010 edition only). Fields the transform does not know are kept.
 */
export function migrateAssessmentV1toV2(record: AssessmentV1): Record<string, unknown> {
  const { assessor, ...rest } = record;
  return {
    organisation: '',
    location: '',
    sector: 'other',
    startDate: '',
    endDate: '',
    ...rest,
    assessors: parseAssessorNames(assessor ?? ''),
    edition: '2-1:2010',
  };
}
