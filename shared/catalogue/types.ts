/**
 * The shape of the requirement catalogue: versioned data the questionnaire, scoring, findings and reports share.
 * Question and guidance text is the app's own wording; only clause IDs and short titles come from the standard.
 */

/** The 11 implementation steps the questionnaire is organised around (../shared/domain/iec62443.md §1c). */
export type StepId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11;

export interface CatalogueStep {
  id: StepId;
  title: string;
  /** One sentence on what the step is about, shown above its questions. */
  summary: string;
  /** What maturity levels 1–4 look like for a requirement of this step that has no specific description. */
  levels: MaturityDescriptions;
}

export type MaturityLevel = 1 | 2 | 3 | 4;
export type MaturityDescriptions = Record<MaturityLevel, string>;

/** Edition-2 security program elements, by number and short id. */
export type SpeNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
export type SpeAbbreviation = 'ORG' | 'CM' | 'NET' | 'COMP' | 'DATA' | 'USER' | 'EVENT' | 'AVAIL';

export interface Requirement {
  /** Stable id, e.g. "GOV-01"; answers refer to it, so it never changes once shipped. */
  id: string;
  step: StepId;
  /** Short title shown in lists, e.g. "Written OT security policy". */
  title: string;
  /** Edition-1 clause ids it addresses: elements ("4.3.3.5") or requirements ("4.3.3.5.1"). At least one. */
  ed1: string[];
  /** Edition-2 references, each starting with "SPE n" or an abbreviation, e.g. "SPE 6" or "USER". At least one. */
  ed2: string[];
  question: string;
  /** What evidence to ask for or look at. */
  guidance: string;
  /** Requirement-specific level descriptions; when absent the step's generic ones apply. */
  levels?: MaturityDescriptions;
}

export interface Catalogue {
  /** Semver of the catalogue data; stored with each assessment's answers so a later catalogue can map them. */
  version: string;
  steps: CatalogueStep[];
  requirements: Requirement[];
}
