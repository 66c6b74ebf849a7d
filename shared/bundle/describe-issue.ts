import type { z } from 'zod';
import { ASSESSMENT_PATH, AUDIT_PATH, EVIDENCE_INDEX_PATH, tablePath } from './format';
import type { RecordTable } from './bundle';

type Issue = z.core.$ZodIssue;

const FORMAT_NAMES: Record<string, string> = {
  uuid: 'UUID',
  datetime: 'ISO date and time',
  date: 'ISO date (YYYY-MM-DD)',
};

/**
 * Turns a schema issue into "tables/zones.json, record 12: assessmentId is not a valid UUID": the member, the record
 * counted from 1 as a person would, and the field. Parse with `reportInput: true` so a missing field reads as such.
 */
export function describeMemberIssue(member: string, path: readonly PropertyKey[], issue: Issue, hasRecords: boolean): string {
  const [first, ...rest] = path;
  const inRecord = hasRecords && typeof first === 'number';
  const where = inRecord ? `${member}, record ${first + 1}` : member;
  const fieldPath = inRecord ? rest : path;
  const subject = fieldPath.length > 0 ? formatFieldPath(fieldPath) : inRecord ? 'the record' : 'the content';
  return `${where}: ${subject}${problem(issue)}`;
}

/** Maps an issue from assessmentBundleSchema back to the member of the file that holds the offending value. */
export function describeBundleIssue(issue: Issue): string {
  const [top, table, ...rest] = issue.path;
  if (top === 'tables' && typeof table === 'string') return describeMemberIssue(tablePath(table as RecordTable), rest, issue, true);
  if (top === 'evidence') return describeMemberIssue(EVIDENCE_INDEX_PATH, issue.path.slice(1), issue, true);
  if (top === 'audit') return describeMemberIssue(AUDIT_PATH, issue.path.slice(1), issue, true);
  return describeMemberIssue(ASSESSMENT_PATH, issue.path.slice(1), issue, false);
}

function problem(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? ' is missing' : ` should be ${withArticle(issue.expected)}`;
    case 'invalid_format':
      return issue.format === 'regex' ? ' is not in the expected format' : ` is not a valid ${FORMAT_NAMES[issue.format] ?? issue.format}`;
    case 'invalid_value':
      return ` should be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'invalid_key':
      return ' is not a name this format allows';
    default:
      // Our own refinements read as a sentence ("belongs to another assessment"); zod's own messages are capitalised.
      return /^[a-z]/.test(issue.message) ? ` ${issue.message}` : `: ${issue.message}`;
  }
}

function withArticle(noun: string): string {
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}

function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (!/^[A-Za-z_$][\w$]*$/.test(name)) return `[${JSON.stringify(name)}]`;
      return i === 0 ? name : `.${name}`;
    })
    .join('');
}
