import { z } from 'zod';
import { riskSettingsSchema } from '../risk/matrix';
import { scopeInputSchema } from '../scope/scope';
import { recordBaseSchema } from './record';

export const EDITIONS = ['2-1:2010', '2-1:2024'] as const;
export type Edition = (typeof EDITIONS)[number];
export const EDITION_LABELS: Record<Edition, string> = {
  '2-1:2010': 'IEC 62443-2-1:2010 (edition 1, CSMS elements)',
  '2-1:2024': 'IEC 62443-2-1:2024 (edition 2, security program elements)',
};

export const SECTORS = [
  'water',
  'power',
  'oil-gas',
  'chemical',
  'manufacturing',
  'pharma',
  'food',
  'transport',
  'building',
  'other',
] as const;
export type Sector = (typeof SECTORS)[number];
export const SECTOR_LABELS: Record<Sector, string> = {
  water: 'Water and wastewater',
  power: 'Power generation and distribution',
  'oil-gas': 'Oil and gas',
  chemical: 'Chemical',
  manufacturing: 'Discrete manufacturing',
  pharma: 'Pharmaceutical',
  food: 'Food and beverage',
  transport: 'Transport',
  building: 'Building automation',
  other: 'Other',
};

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().max(max);

/** What the assessor types when creating or editing an assessment. */
export const assessmentInputSchema = z
  .object({
    name: text(200).min(1, 'Site or plant name is required'),
    organisation: text(200),
    location: text(200),
    sector: z.enum(SECTORS),
    assessors: z.array(text(120).min(1)).max(20),
    startDate: isoDate.or(z.literal('')),
    endDate: isoDate.or(z.literal('')),
    edition: z.enum(EDITIONS),
  })
  .refine((a) => !a.startDate || !a.endDate || a.startDate <= a.endDate, {
    message: 'End date is before the start date',
    path: ['endDate'],
  });
export type AssessmentInput = z.infer<typeof assessmentInputSchema>;

/** Scope (step 2) and risk settings (matrix, own threats) are part of the assessment record, so they travel in assessment.json of the .csms file. */
export const assessmentSchema = recordBaseSchema
  .and(assessmentInputSchema)
  .and(z.object({ scope: scopeInputSchema.optional(), risk: riskSettingsSchema.optional() }));
export type Assessment = z.infer<typeof assessmentSchema>;

/** Splits "Ana Ruiz, Jo Smith; Li Wei" as typed in one field into names. */
export function parseAssessorNames(raw: string): string[] {
  return raw
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}
