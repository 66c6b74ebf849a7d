import type { StateCreator } from 'zustand';
import type { RiskSettings } from '../../../shared/risk/matrix';
import type { RemediationActionContent, RiskScenarioContent, Threat } from '../../../shared/risk/types';
import { zoneInputSchema } from '../../../shared/scope/zones';
import type { AppState, StoreDeps } from '../store';
import { attempt } from './attempt';

/**
 * Changes to the risk analysis. The screen reads settings, scenarios and actions with live queries; these write
 * through the repository and resolve to whether they succeeded (a failure becomes an error notice).
 */
export interface RisksSlice {
  saveRiskSettings: (assessmentId: string, settings: RiskSettings) => Promise<boolean>;
  /** Adds the assessor's own threat or saves the one with the same id. */
  saveOwnThreat: (assessmentId: string, threat: Threat) => Promise<boolean>;
  /** Refused while a scenario names the threat. */
  deleteOwnThreat: (assessmentId: string, threatId: string) => Promise<boolean>;
  addScenario: (assessmentId: string, input: RiskScenarioContent) => Promise<boolean>;
  updateScenario: (assessmentId: string, scenarioId: string, input: RiskScenarioContent) => Promise<boolean>;
  /** Also takes the scenario off the actions that named it. */
  deleteScenario: (assessmentId: string, scenarioId: string) => Promise<boolean>;
  addAction: (assessmentId: string, input: RemediationActionContent) => Promise<boolean>;
  updateAction: (assessmentId: string, actionId: string, input: RemediationActionContent) => Promise<boolean>;
  deleteAction: (assessmentId: string, actionId: string) => Promise<boolean>;
  /** Sets a zone's SL-T through the scope's own zone update, so Scope shows it and can override it. */
  applySlTarget: (assessmentId: string, zoneId: string, slTarget: number) => Promise<boolean>;
}

export const createRisksSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], RisksSlice> =>
  (_set, get) => {
    const run = (work: () => Promise<string | null>) => attempt(get().notify, work);
    const repo = deps.risks;

    return {
      saveRiskSettings: (assessmentId, settings) =>
        run(async () => {
          await repo.saveSettings(assessmentId, settings);
          return 'Saved the risk matrix; every scenario is evaluated on it.';
        }),

      saveOwnThreat: (assessmentId, input) =>
        run(async () => {
          const { threat, added } = await repo.saveOwnThreat(assessmentId, input);
          return `${added ? 'Added' : 'Saved'} threat “${threat.title}”.`;
        }),

      deleteOwnThreat: (assessmentId, threatId) => run(async () => `Deleted threat “${(await repo.deleteOwnThreat(assessmentId, threatId)).title}”.`),

      addScenario: (assessmentId, input) => run(async () => `Added risk scenario “${(await repo.addScenario(assessmentId, input)).title}”.`),

      updateScenario: (assessmentId, scenarioId, input) =>
        run(async () => `Saved risk scenario “${(await repo.updateScenario(assessmentId, scenarioId, input)).title}”.`),

      deleteScenario: (assessmentId, scenarioId) =>
        run(async () => {
          const { scenario, unlinked } = await repo.deleteScenario(assessmentId, scenarioId);
          const also = unlinked.length ? `; ${unlinked.length} action${unlinked.length === 1 ? ' no longer names' : 's no longer name'} it` : '';
          return `Deleted risk scenario “${scenario.title}”${also}.`;
        }),

      addAction: (assessmentId, input) => run(async () => `Added action “${(await repo.addAction(assessmentId, input)).title}”.`),

      updateAction: (assessmentId, actionId, input) => run(async () => `Saved action “${(await repo.updateAction(assessmentId, actionId, input)).title}”.`),

      deleteAction: (assessmentId, actionId) => run(async () => `Deleted action “${(await repo.deleteAction(assessmentId, actionId)).title}”.`),

      async applySlTarget(assessmentId, zoneId, slTarget) {
        const zone = (await deps.scope.listZones(assessmentId)).find((z) => z.id === zoneId);
        // zod drops the record's own fields (id, dates), leaving the zone form's content with the new SL-T.
        const input = zoneInputSchema.safeParse({ ...zone, slTarget });
        if (!zone || !input.success)
          return run(() => Promise.reject(new Error(zone ? 'A target security level is 0 to 4.' : 'This zone no longer exists.')));
        return get().updateZone(assessmentId, zoneId, input.data);
      },
    };
  };
