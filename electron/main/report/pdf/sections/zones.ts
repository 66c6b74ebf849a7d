import type { ReportModel } from '../../../../../shared/report/model';
import { zoneDiagramSvg } from '../../../../../shared/scope/diagram';
import { drawSvg } from '../diagram';
import { table } from '../table';
import { COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

const sl = (level: number | null) => (level === null ? '–' : String(level));

export function renderZones(w: ReportWriter, model: ReportModel): void {
  const { s } = w;
  const z = s.zones;
  w.section(s.sections.zoneDiagram);
  if (model.missing.zones || !model.diagram) {
    w.notAssessed(s.notAssessed.zones);
    return;
  }
  w.subsection(z.diagram, 200);
  const { zones, conduits, assetCounts } = model.diagram;
  const svg = zoneDiagramSvg(zones, conduits, { assetCounts, idPrefix: 'report', title: s.sections.zoneDiagram, words: s.diagram });
  drawSvg(w, svg, w.bottom - w.top - 60);
  w.gap(SPACE.l);

  w.subsection(z.zones);
  table(
    w,
    [
      { header: z.zone, width: 2.6 },
      { header: z.purdue, width: 1 },
      { header: z.owner, width: 1.9 },
      { header: z.slT, width: 0.7, align: 'center' },
      { header: z.slA, width: 0.7, align: 'center' },
      { header: z.gap, width: 0.7, align: 'center' },
      { header: z.proposed, width: 1.1, align: 'center' },
      { header: z.assets, width: 0.9, align: 'right' },
    ],
    model.zones.map((zone) => [
      { text: zone.safety ? `${zone.name} (${z.safety})` : zone.name, bold: true },
      zone.purdueLevels,
      zone.owner,
      sl(zone.slTarget),
      sl(zone.slAchieved),
      zone.slGap ? { text: String(zone.slGap), bold: true, color: COLOR.marking } : sl(zone.slGap),
      zone.slProposed !== null && zone.slProposed !== zone.slTarget ? { text: sl(zone.slProposed), bold: true } : sl(zone.slProposed),
      w.f.integer(zone.assetCount),
    ]),
  );
  w.paragraph(z.slNote, { size: SIZE.small, color: COLOR.muted });

  w.subsection(z.conduits);
  if (!model.conduits.length) {
    w.paragraph(z.noConduits, { color: COLOR.muted });
    return;
  }
  table(
    w,
    [
      { header: z.conduit, width: 2 },
      { header: z.from, width: 1.6 },
      { header: z.to, width: 1.6 },
      { header: z.direction, width: 1.1 },
      { header: z.protocols, width: 1.6 },
      { header: z.measures, width: 2.8 },
    ],
    model.conduits.map((c) => [
      { text: c.name, bold: true },
      c.fromZone,
      c.toZone,
      s.direction[c.direction],
      c.protocols.join(', '),
      [c.securityMeasures, c.accessPoints].filter(Boolean).join(' · '),
    ]),
  );
}
