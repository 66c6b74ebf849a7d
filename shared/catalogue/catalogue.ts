import { GOVERNANCE_REQUIREMENTS } from './requirements/step-01-governance';
import { SCOPE_REQUIREMENTS } from './requirements/step-02-scope';
import { RISK_REQUIREMENTS } from './requirements/step-03-risk';
import { INVENTORY_REQUIREMENTS } from './requirements/step-04-inventory';
import { POLICY_REQUIREMENTS } from './requirements/step-05-policies';
import { ACCESS_REQUIREMENTS } from './requirements/step-06-access';
import { NETWORK_REQUIREMENTS } from './requirements/step-07-network';
import { VULNERABILITY_REQUIREMENTS } from './requirements/step-08-vulnerability';
import { INCIDENT_REQUIREMENTS } from './requirements/step-09-incident';
import { TRAINING_REQUIREMENTS } from './requirements/step-10-training';
import { MONITORING_REQUIREMENTS } from './requirements/step-11-monitoring';
import { STEPS } from './steps';
import type { Catalogue, CatalogueStep, MaturityDescriptions, Requirement, StepId } from './types';

export const CATALOGUE: Catalogue = {
  version: '1.0.0',
  steps: [...STEPS],
  requirements: [
    ...GOVERNANCE_REQUIREMENTS,
    ...SCOPE_REQUIREMENTS,
    ...RISK_REQUIREMENTS,
    ...INVENTORY_REQUIREMENTS,
    ...POLICY_REQUIREMENTS,
    ...ACCESS_REQUIREMENTS,
    ...NETWORK_REQUIREMENTS,
    ...VULNERABILITY_REQUIREMENTS,
    ...INCIDENT_REQUIREMENTS,
    ...TRAINING_REQUIREMENTS,
    ...MONITORING_REQUIREMENTS,
  ],
};

const byId = new Map(CATALOGUE.requirements.map((r) => [r.id, r]));
const stepsById = new Map(CATALOGUE.steps.map((s) => [s.id, s]));

export function requirementById(id: string): Requirement | undefined {
  return byId.get(id);
}

export function stepById(id: StepId): CatalogueStep | undefined {
  return stepsById.get(id);
}

/** The requirement's own level descriptions, or its step's generic ones. */
export function levelsFor(requirement: Requirement): MaturityDescriptions {
  if (requirement.levels) return requirement.levels;
  const step = stepsById.get(requirement.step);
  if (!step) throw new Error(`Requirement ${requirement.id} names unknown step ${requirement.step}`);
  return step.levels;
}

export function requirementsOfStep(step: StepId): Requirement[] {
  return CATALOGUE.requirements.filter((r) => r.step === step);
}
