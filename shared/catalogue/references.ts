import type { Edition } from '../domain/assessment';
import type { Requirement, SpeAbbreviation, SpeNumber } from './types';

export interface Ed1Element {
  clause: string;
  title: string;
}

/** Edition-1 (2-1:2010) CSMS elements: the clauses that carry requirements (domain doc §1a). */
export const ED1_ELEMENTS: readonly Ed1Element[] = [
  { clause: '4.2.2', title: 'Business rationale' },
  { clause: '4.2.3', title: 'Risk identification, classification and assessment' },
  { clause: '4.3.2.2', title: 'CSMS scope' },
  { clause: '4.3.2.3', title: 'Organizing for security' },
  { clause: '4.3.2.4', title: 'Staff training and security awareness' },
  { clause: '4.3.2.5', title: 'Business continuity plan' },
  { clause: '4.3.2.6', title: 'Security policies and procedures' },
  { clause: '4.3.3.2', title: 'Personnel security' },
  { clause: '4.3.3.3', title: 'Physical and environmental security' },
  { clause: '4.3.3.4', title: 'Network segmentation' },
  { clause: '4.3.3.5', title: 'Access control: account administration' },
  { clause: '4.3.3.6', title: 'Access control: authentication' },
  { clause: '4.3.3.7', title: 'Access control: authorization' },
  { clause: '4.3.4.2', title: 'Risk management and implementation' },
  { clause: '4.3.4.3', title: 'System development and maintenance' },
  { clause: '4.3.4.4', title: 'Information and document management' },
  { clause: '4.3.4.5', title: 'Incident planning and response' },
  { clause: '4.4.2', title: 'Conformance' },
  { clause: '4.4.3', title: 'Review, improve and maintain the CSMS' },
];

export interface Spe {
  number: SpeNumber;
  abbreviation: SpeAbbreviation;
  title: string;
}

/** Edition-2 (2-1:2024) security program elements. The short ids are unconfirmed (domain doc §1b). */
export const SPES: readonly Spe[] = [
  { number: 1, abbreviation: 'ORG', title: 'Organizational security measures' },
  { number: 2, abbreviation: 'CM', title: 'Configuration management' },
  { number: 3, abbreviation: 'NET', title: 'Network and communications security' },
  { number: 4, abbreviation: 'COMP', title: 'Component security' },
  { number: 5, abbreviation: 'DATA', title: 'Protection of data' },
  { number: 6, abbreviation: 'USER', title: 'User access control' },
  { number: 7, abbreviation: 'EVENT', title: 'Event and incident management' },
  { number: 8, abbreviation: 'AVAIL', title: 'System integrity and availability' },
];

/** The references a requirement cites in the edition the assessment follows. */
export function referencesFor(requirement: Pick<Requirement, 'ed1' | 'ed2'>, edition: Edition): string[] {
  return edition === '2-1:2010' ? requirement.ed1 : requirement.ed2;
}

/**
 * The element a clause belongs to: elements sit at depth 4 under 4.3 and depth 3 under 4.2 and 4.4, and a
 * requirement id adds one level (4.3.3.5.1 -> 4.3.3.5, 4.2.3.4 -> 4.2.3). Does not check the element exists.
 */
export function ed1ElementOf(clause: string): string {
  const parts = clause.trim().split('.');
  const depth = parts[0] === '4' && parts[1] === '3' ? 4 : 3;
  return parts.slice(0, depth).join('.');
}

/** "SPE 6", "SPE 6 / USER" and "USER" all give 6; anything unrecognised gives undefined. */
export function speNumberOf(ref: string): SpeNumber | undefined {
  const text = ref.trim();
  const numbered = /^SPE\s*(\d+)\b/i.exec(text);
  if (numbered) return SPES.find((spe) => spe.number === Number(numbered[1]))?.number;
  const abbreviation = /^[A-Za-z]+/.exec(text)?.[0].toUpperCase();
  return SPES.find((spe) => spe.abbreviation === abbreviation)?.number;
}
