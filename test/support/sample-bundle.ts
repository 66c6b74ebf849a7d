import { emptyTables, type AssessmentBundle } from '../../shared/bundle/bundle';
import { sha256Hex } from '../../shared/bundle/sha256';

export const SAMPLE_ASSESSMENT_ID = '0f8b3c2e-5a41-4d6e-9b7a-2c1d3e4f5a60';
const T0 = '2026-11-20T08:30:00.000Z';
const T1 = '2026-11-22T16:05:12.345Z';

const child = (id: string, extra: Record<string, unknown>) => ({
  id,
  assessmentId: SAMPLE_ASSESSMENT_ID,
  createdAt: T0,
  updatedAt: T1,
  ...extra,
});

async function evidence(id: string, fileName: string, mimeType: string, data: Uint8Array) {
  return { ...child(id, {}), fileName, mimeType, size: data.byteLength, sha256: await sha256Hex(data), data };
}

/** A small but varied bundle: feature fields the base schema does not know, non-ASCII text, binary evidence. */
export async function sampleBundle(): Promise<AssessmentBundle> {
  const tables = emptyTables();
  tables.zones = [
    child('11111111-1111-4111-8111-111111111111', { name: 'Process control', targetSl: 2, notes: 'Level 1–2, «Purdue»' }),
    child('11111111-1111-4111-8111-111111111112', { name: 'DMZ', targetSl: 3, tags: ['it', 'ot'] }),
  ];
  tables.conduits = [child('22222222-2222-4222-8222-222222222221', { from: tables.zones[0]?.id, to: tables.zones[1]?.id })];
  tables.assets = [
    child('33333333-3333-4333-8333-333333333331', { name: 'PLC-01', vendor: 'Siemens', ip: '10.0.0.5', nested: { a: [1, null] } }),
    child('33333333-3333-4333-8333-333333333332', { name: 'HMI Ωmega', vendor: 'Schneider', ip: null }),
    child('33333333-3333-4333-8333-333333333333', { name: 'Historian', criticality: 'high' }),
  ];
  tables.answers = [child('44444444-4444-4444-8444-444444444441', { requirementId: 'SP.01.01', score: 3 })];
  tables.risks = [child('55555555-5555-4555-8555-555555555551', { title: 'Flat network', likelihood: 4, impact: 5 })];
  return {
    assessment: {
      id: SAMPLE_ASSESSMENT_ID,
      createdAt: T0,
      updatedAt: T1,
      name: 'Riverside WTP',
      organisation: 'Riverside Water Authority',
      location: 'Zürich',
      sector: 'water',
      assessors: ['Ana Ruiz', 'Jo Smith'],
      startDate: '2026-11-20',
      endDate: '2026-11-22',
      edition: '2-1:2024',
    },
    tables,
    evidence: [
      await evidence(
        '66666666-6666-4666-8666-666666666661',
        'Übersicht Netzwerk – 図.txt',
        'text/plain',
        new TextEncoder().encode('Firewall rules reviewed on site.\n'),
      ),
      await evidence(
        '66666666-6666-4666-8666-666666666662',
        'photo.jpg',
        'image/jpeg',
        Uint8Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256),
      ),
    ],
    audit: [],
  };
}
