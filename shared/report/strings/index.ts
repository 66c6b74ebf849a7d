import type { ReportLanguage } from '../options';
import { de } from './de';
import { en, type ReportStrings } from './en';

export type { ReportStrings } from './en';

/** One file per language; a language added to REPORT_LANGUAGES fails the typecheck here until its file exists. */
const STRINGS: Record<ReportLanguage, ReportStrings> = { en, de };

export function reportStrings(language: ReportLanguage): ReportStrings {
  return STRINGS[language];
}
