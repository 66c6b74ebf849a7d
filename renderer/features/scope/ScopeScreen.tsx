import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Asset } from '../../../shared/assets/asset';
import type { Zone } from '../../../shared/scope/zones';
import { risks, scope } from '../../db/instance';
import { useInventory } from '../../store/use-inventory';
import { ConduitsSection } from './ConduitsSection';
import { ScopeForm } from './ScopeForm';
import { ZoneDiagram } from './ZoneDiagram';
import { ZonesSection } from './ZonesSection';
import './scope.css';
import { ScreenHeader } from '../../ui/ScreenHeader';

/** Assets per zone id, by the zone text of each asset (one pass, so it stays quick at 100k assets). */
function assetCountsByZone(zones: readonly Zone[], assets: readonly Asset[] | undefined): ReadonlyMap<string, number> {
  const byName = new Map<string, number>();
  for (const a of assets ?? []) if (a.zone) byName.set(a.zone, (byName.get(a.zone) ?? 0) + 1);
  return new Map(zones.map((z) => [z.id, byName.get(z.name) ?? 0]));
}

/** Step 2: what is assessed (scope, boundaries, systems in and out, stakeholders) and its zones and conduits. */
export function ScopeScreen({ assessmentId }: { assessmentId: string }) {
  const stored = useLiveQuery(() => scope.getScope(assessmentId), [assessmentId]);
  const zones = useLiveQuery(() => scope.listZones(assessmentId), [assessmentId]);
  const conduits = useLiveQuery(() => scope.listConduits(assessmentId), [assessmentId]);
  // Deleting a zone or conduit deletes the risk scenarios about it; the confirmations say how many.
  const scenarios = useLiveQuery(() => risks.listScenarios(assessmentId), [assessmentId]);
  const assets = useInventory(assessmentId);
  const assetCounts = useMemo(() => assetCountsByZone(zones ?? [], assets), [zones, assets]);

  return (
    <div className="screen scope-screen">
      <ScreenHeader title="Scope" lead="What this assessment covers: the system under consideration, its boundaries, and its zones and conduits." />
      <section className="scope-section" aria-labelledby="scope-heading">
        <h2 id="scope-heading">Scope and boundaries</h2>
        {/* Keyed so another assessment starts from its own stored scope; later reads must not overwrite typing. */}
        {stored && <ScopeForm key={assessmentId} assessmentId={assessmentId} stored={stored} />}
      </section>
      {zones && conduits && scenarios && (
        <>
          <ZonesSection assessmentId={assessmentId} zones={zones} conduits={conduits} scenarios={scenarios} assets={assets} assetCounts={assetCounts} />
          <ConduitsSection assessmentId={assessmentId} zones={zones} conduits={conduits} scenarios={scenarios} />
          <section className="scope-section" aria-labelledby="diagram-heading">
            <h2 id="diagram-heading">Zone and conduit diagram</h2>
            <ZoneDiagram zones={zones} conduits={conduits} assetCounts={assetCounts} />
          </section>
        </>
      )}
    </div>
  );
}
