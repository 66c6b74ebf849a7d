import type { Catalogue, CatalogueStep, Requirement, StepId } from '../../../shared/catalogue/types';
import { emptyAnswer, type AnswerInput } from '../../../shared/questionnaire/answer';

const LEVELS = { 1: 'Ad hoc.', 2: 'Written and repeatable.', 3: 'Practised everywhere with evidence.', 4: 'Measured and improved.' };

export function step(id: StepId, title = `Step ${id}`): CatalogueStep {
  return { id, title, summary: `About step ${id}.`, levels: LEVELS };
}

export function requirement(id: string, stepId: StepId, extra: Partial<Requirement> = {}): Requirement {
  return {
    id,
    step: stepId,
    title: `Title of ${id}`,
    ed1: [`4.3.${stepId}.1`],
    ed2: [`SPE ${stepId}`],
    question: `Is ${id} done?`,
    guidance: `Ask for the ${id} record.`,
    ...extra,
  };
}

export function catalogue(requirements: Requirement[], steps: CatalogueStep[] = [step(1), step(2)]): Catalogue {
  return { version: '0.0.1-test', steps, requirements };
}

export function answer(requirementId: string, change: Partial<AnswerInput> = {}): AnswerInput {
  return { ...emptyAnswer(requirementId), ...change };
}
