import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/audit/audit';
import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { requestSchemas } from '../../../shared/ipc/contract';
import type { ImportReport } from '../../../shared/import/report';
import { SAMPLE_ASSESSMENT_ID, sampleBundle } from '../../support/sample-bundle';

/** The first issue main's schema finds in a request, as `Invalid … at path: message` would name it. */
function firstIssue(channel: keyof typeof requestSchemas, request: unknown): { path: PropertyKey[]; message: string } | undefined {
  const parsed = requestSchemas[channel].safeParse(request);
  return parsed.success ? undefined : { path: parsed.error.issues[0]!.path, message: parsed.error.issues[0]!.message };
}

const entry = (known: Record<string, number>): AuditEntry => ({
  id: crypto.randomUUID(),
  assessmentId: SAMPLE_ASSESSMENT_ID,
  replica: 'replica-a',
  seq: 1,
  known,
  at: '2026-11-22T16:00:00.000Z',
  by: { id: '7e0b7a52-1c7e-4d8f-9a3b-5c6d7e8f9a0b', name: 'Ana Ruiz' },
  action: 'edit',
  changes: [],
});

const report = (overrides: Partial<ImportReport>): ImportReport => ({
  fileName: 'plant.xlsx',
  sheet: 'Assets',
  headerRow: 1,
  importedAt: '2026-11-22T16:00:00.000Z',
  counts: { rows: 1, imported: 1, merged: 0, skipped: 0, rejected: 0 },
  mapping: { Name: 'Name / tag' },
  outcomes: [],
  issues: [],
  ...overrides,
});

describe('main’s request schemas bound every field a renderer could inflate', () => {
  let bundle: AssessmentBundle;

  it('accepts the ordinary requests', async () => {
    bundle = await sampleBundle();
    expect(firstIssue('exportAssessment', { bundle })).toBeUndefined();
    expect(firstIssue('importSaveReport', { report: report({}) })).toBeUndefined();
  });

  it('refuses 100 MB of evidence bytes in a bundle', async () => {
    const big = await sampleBundle();
    const data = new Uint8Array(100 * 1024 ** 2);
    big.evidence[0] = { ...big.evidence[0]!, data, size: data.byteLength };
    expect(firstIssue('exportAssessment', { bundle: big })).toMatchObject({ path: ['bundle', 'evidence', 0, 'size'] });
  });

  it('refuses a 20 MB unknown record field, and a version vector of 500,000 made-up replicas', async () => {
    const wide = await sampleBundle();
    wide.tables.assets[0] = { ...wide.tables.assets[0]!, smuggled: 'x'.repeat(20 * 1024 ** 2) };
    expect(firstIssue('exportAssessment', { bundle: wide })).toEqual({
      path: ['bundle', 'tables', 'assets', 0, 'smuggled'],
      message: 'is longer than 200,000 characters',
    });
    const vectors = await sampleBundle();
    vectors.audit = [entry({ 'replica-a': 1, ...Object.fromEntries(Array.from({ length: 500_000 }, (_, i) => [`r${i}`, 1])) })];
    expect(firstIssue('reportSaveWorkbook', { bundle: vectors, options: {} })?.path.slice(0, 3)).toEqual(['bundle', 'audit', 0]);
  });

  it('refuses an import report with a 50 MB message or a million issues', () => {
    const issue = { row: 2, column: 1, severity: 'warning' as const, message: 'x' };
    expect(firstIssue('importSaveReport', { report: report({ issues: [{ ...issue, message: 'x'.repeat(50 * 1024 ** 2) }] }) })).toMatchObject({
      path: ['report', 'issues', 0, 'message'],
    });
    expect(firstIssue('importSaveReport', { report: report({ issues: Array.from({ length: 1_000_000 }, () => issue) }) })).toMatchObject({
      path: ['report', 'issues'],
    });
  });

  it('refuses rows and columns past any sheet’s end', () => {
    const sessionId = crypto.randomUUID();
    expect(firstIssue('importRows', { sessionId, sheet: 'A', headerRowIndex: 2 ** 40, mapping: {}, offset: 0, limit: 10 })).toMatchObject({ path: ['headerRowIndex'] });
    const mapping = Object.fromEntries(Array.from({ length: 1001 }, (_, i) => [String(i), 'notes']));
    expect(firstIssue('importRows', { sessionId, sheet: 'A', headerRowIndex: 0, mapping, offset: 0, limit: 10 })).toMatchObject({ path: ['mapping'] });
    expect(firstIssue('importRows', { sessionId, sheet: 'A', headerRowIndex: 0, mapping: { '16383': 'name' }, offset: 0, limit: 10 })).toBeUndefined();
  });
});
