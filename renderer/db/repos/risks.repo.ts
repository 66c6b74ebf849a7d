import type { Table } from 'dexie';
import { newId, nowIso } from '../../../shared/domain/record';
import { remediationActionInputSchema, type RemediationAction } from '../../../shared/risk/actions';
import { defaultRiskSettings, riskSettingsSchema, type RiskSettings } from '../../../shared/risk/matrix';
import { riskScenarioInputSchema, type RiskScenario } from '../../../shared/risk/scenario';
import { THREAT_CATALOGUE, threatSchema } from '../../../shared/risk/threats';
import type { RemediationActionContent, RiskScenarioContent, Threat } from '../../../shared/risk/types';
import { diffRecord } from '../../../shared/audit/diff';
import type { FieldChange } from '../../../shared/audit/audit';
import { audited, editAssessmentRecord } from '../audited';
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

  /** Replaces the assessment's risk settings with what `edit` makes of them; returns the changes for the trail. */
  const writeSettings = (assessmentId: string, edit: (current: RiskSettings) => RiskSettings): Promise<FieldChange[]> =>
    editAssessmentRecord(db, assessmentId, (current) => ({
      ...current,
      risk: parseOrThrow(riskSettingsSchema, edit(current.risk ?? defaultRiskSettings())),
    }));

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
      return audited(db, assessmentId, 'edit', [db.assessments], async () => ({ result: risk, changes: await writeSettings(assessmentId, () => risk) }));
    },

    /** Adds the assessor's own threat, or replaces the one with its id; `added` tells which. */
    saveOwnThreat: (assessmentId: string, input: Threat): Promise<{ threat: Threat; added: boolean }> =>
      audited(db, assessmentId, 'edit', [db.assessments], async () => {
        const threat = parseOrThrow(threatSchema, input);
        if (THREAT_CATALOGUE.some((t) => t.id === threat.id)) throw new Error(`${threat.id} is a catalogue threat, which cannot be changed.`);
        let added = false;
        const changes = await writeSettings(assessmentId, (settings) => {
          added = !settings.ownThreats.some((t) => t.id === threat.id);
          const ownThreats = added ? [...settings.ownThreats, threat] : settings.ownThreats.map((t) => (t.id === threat.id ? threat : t));
          return { ...settings, ownThreats };
        });
        return { result: { threat, added }, changes };
      }),

    /** Deletes an own threat; refused while a scenario names it, since the scenario would lose its threat. */
    deleteOwnThreat: (assessmentId: string, threatId: string): Promise<Threat> =>
      audited(db, assessmentId, 'edit', [db.assessments, scenarios()], async () => {
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
        const changes = await writeSettings(assessmentId, (current) => ({ ...current, ownThreats: current.ownThreats.filter((t) => t.id !== threatId) }));
        return { result: threat, changes };
      }),

    listScenarios: async (assessmentId: string): Promise<RiskScenario[]> =>
      (await scenarios().where('assessmentId').equals(assessmentId).toArray()).sort(byCreation),

    async addScenario(assessmentId: string, input: RiskScenarioContent): Promise<RiskScenario> {
      const content = parseOrThrow(riskScenarioInputSchema, input);
      const now = nowIso();
      const scenario: RiskScenario = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
      return audited(db, assessmentId, 'create', [scenarios()], async () => {
        await scenarios().add(scenario);
        return { result: scenario, changes: diffRecord('risks', undefined, scenario) };
      });
    },

    updateScenario: (assessmentId: string, id: string, input: RiskScenarioContent): Promise<RiskScenario> =>
      audited(db, assessmentId, 'edit', [scenarios()], async () => {
        const content = parseOrThrow(riskScenarioInputSchema, input);
        const before = await existing(scenarios(), assessmentId, id, 'risk scenario');
        const scenario: RiskScenario = { ...content, id, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await scenarios().put(scenario);
        return { result: scenario, changes: diffRecord('risks', before, scenario) };
      }),

    /** Deletes a scenario and takes it off the actions that named it, in one transaction; returns those actions. */
    deleteScenario: (assessmentId: string, id: string): Promise<{ scenario: RiskScenario; unlinked: RemediationAction[] }> =>
      audited(db, assessmentId, 'delete', [scenarios(), actions()], async () => {
        const scenario = await existing(scenarios(), assessmentId, id, 'risk scenario');
        const updatedAt = nowIso();
        const linked = (await actionsOf(assessmentId)).filter((a) => a.riskIds.includes(id));
        const unlinked = linked.map((a) => ({ ...a, riskIds: a.riskIds.filter((r) => r !== id), updatedAt }));
        await actions().bulkPut(unlinked);
        await scenarios().delete(id);
        const changes = [...diffRecord('risks', scenario, undefined), ...linked.flatMap((a, i) => diffRecord('actions', a, unlinked[i]))];
        return { result: { scenario, unlinked }, changes };
      }),

    listActions: async (assessmentId: string): Promise<RemediationAction[]> => (await actionsOf(assessmentId)).sort(byCreation),

    async addAction(assessmentId: string, input: RemediationActionContent): Promise<RemediationAction> {
      const content = parseOrThrow(remediationActionInputSchema, input);
      const now = nowIso();
      const action: RemediationAction = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
      return audited(db, assessmentId, 'create', [actions()], async () => {
        await actions().add(action);
        return { result: action, changes: diffRecord('actions', undefined, action) };
      });
    },

    updateAction: (assessmentId: string, id: string, input: RemediationActionContent): Promise<RemediationAction> =>
      audited(db, assessmentId, 'edit', [actions()], async () => {
        const content = parseOrThrow(remediationActionInputSchema, input);
        const before = await existing(actions(), assessmentId, id, 'action');
        const action: RemediationAction = { ...content, id, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await actions().put(action);
        return { result: action, changes: diffRecord('actions', before, action) };
      }),

    deleteAction: (assessmentId: string, id: string): Promise<RemediationAction> =>
      audited(db, assessmentId, 'delete', [actions()], async () => {
        const action = await existing(actions(), assessmentId, id, 'action');
        await actions().delete(id);
        return { result: action, changes: diffRecord('actions', action, undefined) };
      }),
  };
}

export type RisksRepo = ReturnType<typeof risksRepo>;
