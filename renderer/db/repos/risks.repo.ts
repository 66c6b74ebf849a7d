import type { Table } from 'dexie';
import { newId, nowIso } from '../../../shared/domain/record';
import { remediationActionInputSchema, type RemediationAction } from '../../../shared/risk/actions';
import { defaultRiskSettings, riskSettingsSchema, type RiskSettings } from '../../../shared/risk/matrix';
import { riskScenarioInputSchema, type RiskScenario } from '../../../shared/risk/scenario';
import { THREAT_CATALOGUE, threatSchema } from '../../../shared/risk/threats';
import type { RemediationActionContent, RiskScenarioContent, Threat } from '../../../shared/risk/types';
import type { CsmsDb } from '../db';
import { parseOrThrow } from './parse-or-throw';

const byCreation = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);

/**
 * The risk analysis: the matrix and own threats on the assessment record (so they travel in the .csms file),
 * scenarios in table 'risks' and the remediation plan in 'actions'. Levels are never stored: they follow the matrix.
 */
export function risksRepo(db: CsmsDb) {
  const scenarios = () => db.table<RiskScenario, string>('risks');
  const actions = () => db.table<RemediationAction, string>('actions');
  const actionsOf = (assessmentId: string) => actions().where('assessmentId').equals(assessmentId).toArray();

  async function existing<T extends { assessmentId: string }>(table: Table<T, string>, assessmentId: string, id: string, what: string) {
    const record = await table.get(id);
    if (!record || record.assessmentId !== assessmentId) throw new Error(`This ${what} no longer exists.`);
    return record;
  }

  return {
    /** The stored settings, or the default 5x5 matrix for an assessment that has none yet. */
    async getSettings(assessmentId: string): Promise<RiskSettings> {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new Error('This assessment no longer exists.');
      return assessment.risk ?? defaultRiskSettings();
    },

    async saveSettings(assessmentId: string, input: RiskSettings): Promise<RiskSettings> {
      const risk = parseOrThrow(riskSettingsSchema, input);
      if ((await db.assessments.update(assessmentId, { risk, updatedAt: nowIso() })) === 0) throw new Error('This assessment no longer exists.');
      return risk;
    },

    /** Adds the assessor's own threat, or replaces the one with its id; `added` tells which. */
    saveOwnThreat: (assessmentId: string, input: Threat): Promise<{ threat: Threat; added: boolean }> =>
      db.transaction('rw', db.assessments, async () => {
        const threat = parseOrThrow(threatSchema, input);
        if (THREAT_CATALOGUE.some((t) => t.id === threat.id)) throw new Error(`${threat.id} is a catalogue threat, which cannot be changed.`);
        const assessment = await db.assessments.get(assessmentId);
        if (!assessment) throw new Error('This assessment no longer exists.');
        const settings = assessment.risk ?? defaultRiskSettings();
        const added = !settings.ownThreats.some((t) => t.id === threat.id);
        const ownThreats = added ? [...settings.ownThreats, threat] : settings.ownThreats.map((t) => (t.id === threat.id ? threat : t));
        const risk = parseOrThrow(riskSettingsSchema, { ...settings, ownThreats });
        await db.assessments.update(assessmentId, { risk, updatedAt: nowIso() });
        return { threat, added };
      }),

    /** Deletes an own threat; refused while a scenario names it, since the scenario would lose its threat. */
    deleteOwnThreat: (assessmentId: string, threatId: string): Promise<Threat> =>
      db.transaction('rw', db.assessments, scenarios(), async () => {
        const assessment = await db.assessments.get(assessmentId);
        if (!assessment) throw new Error('This assessment no longer exists.');
        const settings = assessment.risk ?? defaultRiskSettings();
        const threat = settings.ownThreats.find((t) => t.id === threatId);
        if (!threat) throw new Error('This threat no longer exists.');
        const using = (await scenarios().where('assessmentId').equals(assessmentId).toArray()).filter((s) => s.threatId === threatId).length;
        if (using > 0)
          throw new Error(
            `Threat “${threat.title}” is used by ${using} risk scenario${using === 1 ? '' : 's'}; choose another threat for ${using === 1 ? 'it' : 'them'} before deleting it.`,
          );
        const risk: RiskSettings = { ...settings, ownThreats: settings.ownThreats.filter((t) => t.id !== threatId) };
        await db.assessments.update(assessmentId, { risk, updatedAt: nowIso() });
        return threat;
      }),

    listScenarios: async (assessmentId: string): Promise<RiskScenario[]> =>
      (await scenarios().where('assessmentId').equals(assessmentId).toArray()).sort(byCreation),

    async addScenario(assessmentId: string, input: RiskScenarioContent): Promise<RiskScenario> {
      const content = parseOrThrow(riskScenarioInputSchema, input);
      const now = nowIso();
      const scenario: RiskScenario = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
      await scenarios().add(scenario);
      return scenario;
    },

    updateScenario: (assessmentId: string, id: string, input: RiskScenarioContent): Promise<RiskScenario> =>
      db.transaction('rw', scenarios(), async () => {
        const content = parseOrThrow(riskScenarioInputSchema, input);
        const before = await existing(scenarios(), assessmentId, id, 'risk scenario');
        const scenario: RiskScenario = { ...content, id, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await scenarios().put(scenario);
        return scenario;
      }),

    /** Deletes a scenario and takes it off the actions that named it, in one transaction; returns those actions. */
    deleteScenario: (assessmentId: string, id: string): Promise<{ scenario: RiskScenario; unlinked: RemediationAction[] }> =>
      db.transaction('rw', scenarios(), actions(), async () => {
        const scenario = await existing(scenarios(), assessmentId, id, 'risk scenario');
        const updatedAt = nowIso();
        const unlinked = (await actionsOf(assessmentId))
          .filter((a) => a.riskIds.includes(id))
          .map((a) => ({ ...a, riskIds: a.riskIds.filter((r) => r !== id), updatedAt }));
        await actions().bulkPut(unlinked);
        await scenarios().delete(id);
        return { scenario, unlinked };
      }),

    listActions: async (assessmentId: string): Promise<RemediationAction[]> => (await actionsOf(assessmentId)).sort(byCreation),

    async addAction(assessmentId: string, input: RemediationActionContent): Promise<RemediationAction> {
      const content = parseOrThrow(remediationActionInputSchema, input);
      const now = nowIso();
      const action: RemediationAction = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
      await actions().add(action);
      return action;
    },

    updateAction: (assessmentId: string, id: string, input: RemediationActionContent): Promise<RemediationAction> =>
      db.transaction('rw', actions(), async () => {
        const content = parseOrThrow(remediationActionInputSchema, input);
        const before = await existing(actions(), assessmentId, id, 'action');
        const action: RemediationAction = { ...content, id, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await actions().put(action);
        return action;
      }),

    deleteAction: (assessmentId: string, id: string): Promise<RemediationAction> =>
      db.transaction('rw', actions(), async () => {
        const action = await existing(actions(), assessmentId, id, 'action');
        await actions().delete(id);
        return action;
      }),
  };
}

export type RisksRepo = ReturnType<typeof risksRepo>;
