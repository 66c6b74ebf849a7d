import type { Asset } from '../../../shared/assets/asset';
import { newId, nowIso } from '../../../shared/domain/record';
import type { RemediationAction } from '../../../shared/risk/actions';
import { targetsAnyOf, type RiskScenario } from '../../../shared/risk/scenario';
import { emptyScope, scopeInputSchema, type ScopeInput } from '../../../shared/scope/scope';
import {
  conduitInputSchema,
  conduitProblems,
  zoneInputSchema,
  zoneNameProblem,
  type Conduit,
  type ConduitInput,
  type Zone,
  type ZoneInput,
} from '../../../shared/scope/zones';
import { diffRecord } from '../../../shared/audit/diff';
import type { FieldChange } from '../../../shared/audit/audit';
import { assetStore } from '../asset-store';
import { audited, editAssessmentRecord } from '../audited';
import type { CsmsDb } from '../db';
import { parseOrThrow } from './parse-or-throw';

/** The zone an asset belongs to is named by its `zone` text, exactly (the inventory filters on the same text). */
export const isInZone = (asset: Pick<Asset, 'zone'>, zoneName: string) => asset.zone === zoneName;

export interface ZoneDeletion {
  zone: Zone;
  conduits: Conduit[];
  /** The risk scenarios about the zone or those conduits, deleted with them. */
  scenarios: RiskScenario[];
}

export interface ConduitDeletion {
  conduit: Conduit;
  /** The risk scenarios about the conduit, deleted with it. */
  scenarios: RiskScenario[];
}

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'en', { numeric: true, sensitivity: 'base' });

/**
 * Scope (stored on the assessment record, so it travels in the .csms file), zones, conduits and the zone of each
 * asset. Every change that touches more than one record is one transaction, so a failure leaves all as it was.
 */
export function scopeRepo(db: CsmsDb) {
  const assets = assetStore(db);
  const zones = () => db.table<Zone, string>('zones');
  const conduits = () => db.table<Conduit, string>('conduits');
  const zonesOf = (assessmentId: string) => zones().where('assessmentId').equals(assessmentId).toArray();
  const conduitsOf = (assessmentId: string) => conduits().where('assessmentId').equals(assessmentId).toArray();
  const scenarios = () => db.table<RiskScenario, string>('risks');
  const actions = () => db.table<RemediationAction, string>('actions');

  /**
   * Deletes the risk scenarios about these zones or conduits and takes them off the actions that named them; returns
   * the scenarios and the changes for the trail. Joins the caller's transaction, which must include 'risks' and
   * 'actions'.
   */
  async function deleteScenariosAbout(
    assessmentId: string,
    zoneIds: readonly string[],
    conduitIds: readonly string[],
  ): Promise<{ gone: RiskScenario[]; changes: FieldChange[] }> {
    const gone = (await scenarios().where('assessmentId').equals(assessmentId).toArray()).filter((s) => targetsAnyOf(s.target, zoneIds, conduitIds));
    if (gone.length === 0) return { gone, changes: [] };
    const ids = new Set(gone.map((s) => s.id));
    const updatedAt = nowIso();
    const linked = (await actions().where('assessmentId').equals(assessmentId).toArray()).filter((a) => a.riskIds.some((r) => ids.has(r)));
    const unlinked = linked.map((a) => ({ ...a, riskIds: a.riskIds.filter((r) => !ids.has(r)), updatedAt }));
    await actions().bulkPut(unlinked);
    await scenarios().bulkDelete([...ids]);
    const changes = [
      ...linked.flatMap((a, i) => diffRecord('actions', a, unlinked[i])),
      ...gone.flatMap((s) => diffRecord('risks', s, undefined)),
    ];
    return { gone, changes };
  }

  async function existingZone(assessmentId: string, zoneId: string): Promise<Zone> {
    const zone = await zones().get(zoneId);
    if (!zone || zone.assessmentId !== assessmentId) throw new Error('This zone no longer exists.');
    return zone;
  }

  async function checkZoneName(assessmentId: string, name: string, selfId?: string) {
    const problem = zoneNameProblem(name, await zonesOf(assessmentId), selfId);
    if (problem) throw new Error(`${problem}.`);
  }

  async function checkConduit(assessmentId: string, input: ConduitInput): Promise<ConduitInput> {
    const parsed = parseOrThrow(conduitInputSchema, input);
    const [problem] = conduitProblems(parsed, await zonesOf(assessmentId));
    if (problem) throw new Error(`${problem}.`);
    return parsed;
  }

  /**
   * Sets the zone text of these assets to `zoneName`; returns those it changed and the changes for the trail. Joins
   * the caller's transaction.
   */
  async function moveAssets(assessmentId: string, candidates: readonly Asset[], zoneName: string): Promise<{ moved: Asset[]; changes: FieldChange[] }> {
    const updatedAt = nowIso();
    const before = candidates.filter((a) => !isInZone(a, zoneName));
    const moved = before.map((a) => ({ ...a, zone: zoneName, updatedAt }));
    await assets.change(assessmentId, moved);
    return { moved, changes: before.flatMap((a, i) => diffRecord('assets', a, moved[i])) };
  }

  return {
    /** The stored scope, or an empty one for an assessment that has none yet. */
    async getScope(assessmentId: string): Promise<ScopeInput> {
      const assessment = await db.assessments.get(assessmentId);
      if (!assessment) throw new Error('This assessment no longer exists.');
      return assessment.scope ?? emptyScope();
    },

    async saveScope(assessmentId: string, input: ScopeInput): Promise<ScopeInput> {
      const scope = parseOrThrow(scopeInputSchema, input);
      return audited(db, assessmentId, 'edit', [db.assessments], async () => ({
        result: scope,
        changes: await editAssessmentRecord(db, assessmentId, (current) => ({ ...current, scope })),
      }));
    },

    listZones: async (assessmentId: string): Promise<Zone[]> => (await zonesOf(assessmentId)).sort(byName),

    listConduits: async (assessmentId: string): Promise<Conduit[]> => (await conduitsOf(assessmentId)).sort(byName),

    async addZone(assessmentId: string, input: ZoneInput): Promise<Zone> {
      const content = parseOrThrow(zoneInputSchema, input);
      return audited(db, assessmentId, 'create', [zones()], async () => {
        await checkZoneName(assessmentId, content.name);
        const now = nowIso();
        const zone: Zone = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
        await zones().add(zone);
        return { result: zone, changes: diffRecord('zones', undefined, zone) };
      });
    },

    /** Saves a zone's form; a new name carries its assets along (those whose zone text is the old name). */
    async updateZone(assessmentId: string, zoneId: string, input: ZoneInput): Promise<{ zone: Zone; movedAssets: Asset[] }> {
      const content = parseOrThrow(zoneInputSchema, input);
      return audited(db, assessmentId, 'edit', [zones(), assets.table()], async () => {
        const before = await existingZone(assessmentId, zoneId);
        await checkZoneName(assessmentId, content.name, zoneId);
        // The form's content replaces the old one whole: a per-FR level it cleared must not survive.
        const zone: Zone = { ...content, id: zoneId, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await zones().put(zone);
        const renamed = before.name !== zone.name;
        const members = renamed ? (await assets.readAll(assessmentId)).filter((a) => isInZone(a, before.name)) : [];
        const { moved, changes } = await moveAssets(assessmentId, members, zone.name);
        return { result: { zone, movedAssets: moved }, changes: [...diffRecord('zones', before, zone), ...changes] };
      });
    },

    /**
     * Deletes a zone and the conduits that connect it (a conduit without both ends means nothing), with the risk
     * scenarios about any of them (unlinked from the plan's actions), all in one transaction; the screen lists what
     * goes in its confirmation. Assets keep their zone text, so re-creating the zone brings them back.
     */
    async deleteZone(assessmentId: string, zoneId: string): Promise<ZoneDeletion> {
      return audited(db, assessmentId, 'delete', [zones(), conduits(), scenarios(), actions()], async () => {
        const zone = await existingZone(assessmentId, zoneId);
        const attached = (await conduitsOf(assessmentId)).filter((c) => c.fromZoneId === zoneId || c.toZoneId === zoneId);
        const { gone, changes } = await deleteScenariosAbout(assessmentId, [zoneId], attached.map((c) => c.id));
        await conduits().bulkDelete(attached.map((c) => c.id));
        await zones().delete(zoneId);
        const deleted = [...diffRecord('zones', zone, undefined), ...attached.flatMap((c) => diffRecord('conduits', c, undefined))];
        return { result: { zone, conduits: attached, scenarios: gone }, changes: [...deleted, ...changes] };
      });
    },

    /** Puts these assets in the zone named `zoneName`; returns those whose zone changed. */
    async assignAssetsToZone(assessmentId: string, assetIds: readonly string[], zoneName: string): Promise<Asset[]> {
      return audited(db, assessmentId, (changes) => (changes.length > 1 ? 'bulk-edit' : 'edit'), [zones(), assets.table()], async () => {
        if (!(await zonesOf(assessmentId)).some((z) => z.name === zoneName)) throw new Error(`There is no zone named “${zoneName}” any more.`);
        const found = await assets.getMany(assessmentId, assetIds);
        if (found.some((a) => a === undefined)) throw new Error('An asset being assigned no longer exists; nothing was changed.');
        const { moved, changes } = await moveAssets(assessmentId, found as Asset[], zoneName);
        return { result: moved, changes };
      });
    },

    async addConduit(assessmentId: string, input: ConduitInput): Promise<Conduit> {
      return audited(db, assessmentId, 'create', [zones(), conduits()], async () => {
        const content = await checkConduit(assessmentId, input);
        const now = nowIso();
        const conduit: Conduit = { ...content, id: newId(), assessmentId, createdAt: now, updatedAt: now };
        await conduits().add(conduit);
        return { result: conduit, changes: diffRecord('conduits', undefined, conduit) };
      });
    },

    async updateConduit(assessmentId: string, conduitId: string, input: ConduitInput): Promise<Conduit> {
      return audited(db, assessmentId, 'edit', [zones(), conduits()], async () => {
        const content = await checkConduit(assessmentId, input);
        const before = await conduits().get(conduitId);
        if (!before || before.assessmentId !== assessmentId) throw new Error('This conduit no longer exists.');
        const conduit: Conduit = { ...content, id: conduitId, assessmentId, createdAt: before.createdAt, updatedAt: nowIso() };
        await conduits().put(conduit);
        return { result: conduit, changes: diffRecord('conduits', before, conduit) };
      });
    },

    /** Deletes a conduit with the risk scenarios about it (unlinked from the plan's actions), in one transaction. */
    async deleteConduit(assessmentId: string, conduitId: string): Promise<ConduitDeletion> {
      return audited(db, assessmentId, 'delete', [conduits(), scenarios(), actions()], async () => {
        const conduit = await conduits().get(conduitId);
        if (!conduit || conduit.assessmentId !== assessmentId) throw new Error('This conduit no longer exists.');
        const { gone, changes } = await deleteScenariosAbout(assessmentId, [], [conduitId]);
        await conduits().delete(conduitId);
        return { result: { conduit, scenarios: gone }, changes: [...diffRecord('conduits', conduit, undefined), ...changes] };
      });
    },
  };
}

export type ScopeRepo = ReturnType<typeof scopeRepo>;
