import type { AssessmentBundle } from '../bundle/bundle';
import { CATALOGUE } from '../catalogue/catalogue';
import type { Finding } from '../questionnaire/finding-drafts';
import { demoAnswers, demoFindings } from './answers';
import { demoAssets } from './assets';
import { seededRng } from './ids';
import { demoActions, demoRisks } from './risks';
import { demoTrail } from './trail';
import { demoAssessment, demoConduits, demoZones, type ZoneKey } from './site';

const SEED = 62443;

/** Zones a finding of a catalogue step is about (network and access findings name the zones they were seen in). */
const ZONES_OF_STEP: Partial<Record<number, ZoneKey[]>> = {
  4: ['filtration', 'remote'],
  6: ['dmz', 'scada'],
  7: ['dmz', 'filtration', 'dosing'],
  8: ['filtration', 'remote'],
};

/**
 * "Riverside Water Treatment Works": a complete sample assessment for demos, screenshots and tests. Built from a
 * seeded generator with fixed timestamps, so every call returns the same bundle.
 */
export function demoBundle(): AssessmentBundle {
  const rng = seededRng(SEED);
  const assessment = demoAssessment(rng);
  const id = assessment.id;
  const zones = demoZones(rng, id);
  const conduits = demoConduits(rng, id, zones);
  const assets = demoAssets(rng, id);
  const answers = demoAnswers(rng, id, CATALOGUE);
  const findings = demoFindings(rng, id, CATALOGUE, answers, (step) =>
    (ZONES_OF_STEP[step] ?? []).map((key) => zones[key].id),
  );
  const stepOf = (f: Finding) => CATALOGUE.requirements.find((r) => r.id === f.requirementIds[0])?.step ?? 0;
  const risks = demoRisks(rng, id, zones, conduits, assets, findings, stepOf);
  const actions = demoActions(rng, id, risks, findings, stepOf);
  const tables = {
    zones: Object.values(zones),
    conduits: Object.values(conduits),
    assets,
    answers,
    risks: Object.values(risks),
    findings,
    actions,
  };
  // Drawn last so the trail's random ids leave every record's id as it was.
  return { assessment, tables, evidence: [], audit: demoTrail(rng, assessment, tables) };
}
