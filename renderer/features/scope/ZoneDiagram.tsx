import { useMemo } from 'react';
import { zoneDiagramSvg } from '../../../shared/scope/diagram';
import type { Conduit, Zone } from '../../../shared/scope/zones';

interface Props {
  zones: readonly Zone[];
  conduits: readonly Conduit[];
  assetCounts: ReadonlyMap<string, number>;
}

/** The generated zone-and-conduit drawing, the same SVG the reports will carry. */
export function ZoneDiagram({ zones, conduits, assetCounts }: Props) {
  const svg = useMemo(() => zoneDiagramSvg(zones, conduits, { assetCounts }), [zones, conduits, assetCounts]);
  return (
    <figure className="zone-diagram">
      {/* Our own SVG text with every name escaped, no scripts and no external references (shared/scope/diagram.ts). */}
      <div className="zone-diagram-canvas" dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption className="muted small">
        Zones by their lowest Purdue level, enterprise at the top. Red zones are safety zones; an arrow marks a one-way conduit,
        a plain line a two-way one; labels show the protocols.
      </figcaption>
    </figure>
  );
}
