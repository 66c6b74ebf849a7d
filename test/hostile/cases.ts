import { BUNDLE_CASES } from './bundles';
import type { HostileCase } from './case';
import { CERTIFICATE_CASES, IMAGE_CASES, REPORT_CASES } from './certificates-and-images';
import { SPREADSHEET_CASES } from './spreadsheets';

/** The hostile-input corpus: every file is made by code here (nothing large is committed). */
export const HOSTILE_CASES: HostileCase[] = [...SPREADSHEET_CASES, ...BUNDLE_CASES, ...CERTIFICATE_CASES, ...IMAGE_CASES, ...REPORT_CASES];
