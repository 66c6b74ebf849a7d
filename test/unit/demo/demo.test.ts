import { describe, expect, it } from 'vitest';
import { assetSchema } from '../../../shared/assets/asset';
import { assessmentBundleSchema } from '../../../shared/bundle/bundle';
import { decodeBundle } from '../../../shared/bundle/decode';
import { encodeBundle } from '../../../shared/bundle/encode';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';
import { assessmentSchema } from '../../../shared/domain/assessment';
import { demoBundle } from '../../../shared/demo/bundle';
import { seededRng } from '../../../shared/demo/ids';
import { answerSchema } from '../../../shared/questionnaire/answer';
import { findingSchema } from '../../../shared/questionnaire/finding-drafts';
import { remediationActionSchema } from '../../../shared/risk/actions';
import { riskScenarioSchema } from '../../../shared/risk/scenario';
import { SYSTEM_KINDS } from '../../../shared/scope/scope';
import { conduitSchema, validateZoneNames, zoneSchema } from '../../../shared/scope/zones';

const bundle = demoBundle();
const { zones, conduits, assets, answers, risks, findings, actions } = bundle.tables;

describe('seededRng', () => {
  it('repeats for the same seed and makes UUID-v4-shaped ids', () => {
    const a = seededRng(7);
    const b = seededRng(7);
    const ids = Array.from({ length: 50 }, () => a.uuid());
    expect(Array.from({ length: 50 }, () => b.uuid())).toEqual(ids);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('demoBundle', () => {
  it('is deterministic', () => {
    expect(demoBundle()).toEqual(bundle);
  });

  it('passes the bundle schema and every domain schema', () => {
    expect(assessmentBundleSchema.safeParse(bundle).error).toBeUndefined();
    expect(assessmentSchema.safeParse(bundle.assessment).error).toBeUndefined();
    const check = (schema: { safeParse(v: unknown): { error?: unknown } }, records: readonly unknown[]) => {
      for (const r of records) expect(schema.safeParse(r).error).toBeUndefined();
    };
    check(zoneSchema, zones);
    check(conduitSchema, conduits);
    check(assetSchema, assets);
    check(answerSchema, answers);
    check(findingSchema, findings);
    check(riskScenarioSchema, risks);
    check(remediationActionSchema, actions);
  });

  it('has a filled scope and the expected amounts of data', () => {
    const scope = bundle.assessment.scope;
    expect(scope?.systemKinds.map((k) => k.kind).sort()).toEqual([...SYSTEM_KINDS].sort());
    expect(scope?.systemKinds.every((k) => k.status !== 'undecided')).toBe(true);
    expect(scope?.systemKinds.some((k) => k.status === 'out')).toBe(true);
    expect(scope?.stakeholders).toHaveLength(4);
    expect(bundle.assessment.edition).toBe('2-1:2024');
    expect(assets.length).toBeGreaterThanOrEqual(250);
    expect(assets.length).toBeLessThanOrEqual(350);
    expect(zones.length).toBeGreaterThanOrEqual(5);
    expect(zones.length).toBeLessThanOrEqual(7);
    expect(risks.length).toBeGreaterThanOrEqual(10);
    expect(actions.length).toBeGreaterThanOrEqual(6);
    expect(answers.length).toBeGreaterThanOrEqual(0.6 * CATALOGUE.requirements.length);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.some((f) => f.status === 'accepted')).toBe(true);
    expect(assets.some((a) => a.lifecycle === 'end-of-support')).toBe(true);
    expect(assets.some((a) => a.remoteAccess === true)).toBe(true);
  });

  it('has unique ids and consistent references', () => {
    const all = [bundle.assessment, ...Object.values(bundle.tables).flat()].map((r) => r.id);
    expect(new Set(all).size).toBe(all.length);
    const zoneList = zones.map((z) => zoneSchema.parse(z));
    expect(validateZoneNames(zoneList)).toEqual([]);
    const zoneNames = new Set(zoneList.map((z) => z.name));
    const zoneIds = new Set(zoneList.map((z) => z.id));
    for (const a of assets.map((x) => assetSchema.parse(x))) expect(zoneNames).toContain(a.zone);
    const conduitList = conduits.map((c) => conduitSchema.parse(c));
    for (const c of conduitList) {
      expect(zoneIds).toContain(c.fromZoneId);
      expect(zoneIds).toContain(c.toZoneId);
    }
    const conduitIds = new Set(conduitList.map((c) => c.id));
    const assetIds = new Set(assets.map((a) => a.id));
    const findingIds = new Set(findings.map((f) => f.id));
    const riskIds = new Set(risks.map((r) => r.id));
    for (const s of risks.map((r) => riskScenarioSchema.parse(r))) {
      if (s.target.kind === 'zone') expect(zoneIds).toContain(s.target.zoneId);
      else expect(conduitIds).toContain(s.target.conduitId);
      for (const id of s.assetIds) expect(assetIds).toContain(id);
      for (const id of s.findingIds) expect(findingIds).toContain(id);
    }
    for (const a of actions.map((x) => remediationActionSchema.parse(x))) {
      expect(a.riskIds.length + a.findingIds.length).toBeGreaterThan(0);
      for (const id of a.riskIds) expect(riskIds).toContain(id);
      for (const id of a.findingIds) expect(findingIds).toContain(id);
      expect(a.dueDate.startsWith('2027-')).toBe(true);
    }
    expect(actions.some((a) => remediationActionSchema.parse(a).findingIds.length > 0)).toBe(true);
    const requirementIds = new Set(CATALOGUE.requirements.map((r) => r.id));
    for (const a of answers) expect(requirementIds).toContain(answerSchema.parse(a).requirementId);
  });

  it('encodes to a .csms that decodes back equal', async () => {
    const bytes = await encodeBundle(bundle, { appVersion: '0.1.0-test', exportedAt: '2026-11-20T17:00:00.000Z' });
    expect(await decodeBundle(bytes)).toEqual(bundle);
  });
});
