import type { StateCreator } from 'zustand';
import type { ScopeInput } from '../../../shared/scope/scope';
import type { ConduitInput, ZoneInput } from '../../../shared/scope/zones';
import type { AppState, StoreDeps } from '../store';
import { attempt as attemptAction } from './attempt';

/**
 * Scope, zone and conduit changes. The screen reads these small tables with live queries; the actions write through
 * the repository and hand changed assets to the inventory slice, so the inventory screen shows the new zones.
 * Each action resolves to whether it succeeded; a failure becomes an error notice.
 */
export interface ScopeSlice {
  /** Reports only failures: the form shows its own saved state, and it saves on every blur. */
  saveScope: (assessmentId: string, input: ScopeInput) => Promise<boolean>;
  addZone: (assessmentId: string, input: ZoneInput) => Promise<boolean>;
  /** A new name moves the zone's assets along with it. */
  updateZone: (assessmentId: string, zoneId: string, input: ZoneInput) => Promise<boolean>;
  /** Deletes the zone with the conduits that connect it and the risk scenarios about any of them. */
  deleteZone: (assessmentId: string, zoneId: string) => Promise<boolean>;
  assignAssetsToZone: (assessmentId: string, assetIds: readonly string[], zoneName: string) => Promise<boolean>;
  addConduit: (assessmentId: string, input: ConduitInput) => Promise<boolean>;
  updateConduit: (assessmentId: string, conduitId: string, input: ConduitInput) => Promise<boolean>;
  /** Deletes the conduit with the risk scenarios about it. */
  deleteConduit: (assessmentId: string, conduitId: string) => Promise<boolean>;
}

const count = (n: number, word: string) => `${n.toLocaleString('en-GB')} ${word}${n === 1 ? '' : 's'}`;
const assetCount = (n: number) => count(n, 'asset');
/** "A", "A and B", "A, B and C". */
const listed = (parts: readonly string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

export const createScopeSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ScopeSlice> =>
  (_set, get) => {
    const attempt = (work: () => Promise<string | null>) => attemptAction(get().notify, work);

    return {
      saveScope: (assessmentId, input) =>
        attempt(async () => {
          await deps.scope.saveScope(assessmentId, input);
          return null;
        }),

      addZone: (assessmentId, input) =>
        attempt(async () => `Added zone “${(await deps.scope.addZone(assessmentId, input)).name}”.`),

      updateZone: (assessmentId, zoneId, input) =>
        attempt(async () => {
          const { zone, movedAssets } = await deps.scope.updateZone(assessmentId, zoneId, input);
          get().applyAssetChanges(assessmentId, movedAssets);
          return movedAssets.length
            ? `Saved zone “${zone.name}”; ${assetCount(movedAssets.length)} moved to the new name.`
            : `Saved zone “${zone.name}”.`;
        }),

      deleteZone: (assessmentId, zoneId) =>
        attempt(async () => {
          const { zone, conduits, scenarios } = await deps.scope.deleteZone(assessmentId, zoneId);
          const also = [conduits.length && count(conduits.length, 'conduit'), scenarios.length && count(scenarios.length, 'risk scenario')].filter(
            (part): part is string => Boolean(part),
          );
          return `Deleted ${listed([`zone “${zone.name}”`, ...also])}.`;
        }),

      assignAssetsToZone: (assessmentId, assetIds, zoneName) =>
        attempt(async () => {
          const changed = await deps.scope.assignAssetsToZone(assessmentId, assetIds, zoneName);
          get().applyAssetChanges(assessmentId, changed);
          const already = assetIds.length - changed.length;
          return `Assigned ${assetCount(changed.length)} to “${zoneName}”${already ? ` (${already.toLocaleString('en-GB')} already there)` : ''}.`;
        }),

      addConduit: (assessmentId, input) =>
        attempt(async () => `Added conduit “${(await deps.scope.addConduit(assessmentId, input)).name}”.`),

      updateConduit: (assessmentId, conduitId, input) =>
        attempt(async () => `Saved conduit “${(await deps.scope.updateConduit(assessmentId, conduitId, input)).name}”.`),

      deleteConduit: (assessmentId, conduitId) =>
        attempt(async () => {
          const { conduit, scenarios } = await deps.scope.deleteConduit(assessmentId, conduitId);
          return `Deleted conduit “${conduit.name}”${scenarios.length ? ` and ${count(scenarios.length, 'risk scenario')}` : ''}.`;
        }),
    };
  };
