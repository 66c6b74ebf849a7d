import type ExcelJS from 'exceljs';
import type { ConduitRow, ReportModel, ZoneRow } from '../../../../shared/report/model';
import { CONDUIT_DIRECTION_LABELS, FOUNDATIONAL_REQUIREMENTS } from '../../../../shared/scope/zones';
import { joined } from './cells';
import { writeTable, type Column } from './table';

const ZONE_COLUMNS: Column<ZoneRow>[] = [
  { header: 'Zone', width: 24, value: (z) => z.name },
  { header: 'Description', width: 50, value: (z) => z.description, wrap: true },
  { header: 'Purdue levels', width: 12, value: (z) => z.purdueLevels },
  { header: 'Safety zone', width: 10, value: (z) => z.safety },
  { header: 'Owner', width: 20, value: (z) => z.owner },
  { header: 'SL-T', width: 8, value: (z) => z.slTarget },
  { header: 'SL-A', width: 8, value: (z) => z.slAchieved },
  { header: 'SL gap', width: 8, value: (z) => z.slGap, highlight: [{ above: 0, tone: 'poor' }] },
  { header: 'SL-T proposed by risk analysis', width: 14, value: (z) => z.slProposed },
  { header: 'Assets', width: 10, value: (z) => z.assetCount },
];

/** SL-T and SL-A per foundational requirement, only for the FRs some zone has a level recorded for. */
function perFrColumns(zones: readonly ZoneRow[]): Column<ZoneRow>[] {
  return FOUNDATIONAL_REQUIREMENTS.filter((fr) => zones.some((z) => z.perFr.some((g) => g.fr === fr))).flatMap((fr) => [
    { header: `${fr} SL-T`, width: 10, value: (z: ZoneRow) => z.perFr.find((g) => g.fr === fr)?.target ?? null },
    { header: `${fr} SL-A`, width: 10, value: (z: ZoneRow) => z.perFr.find((g) => g.fr === fr)?.achieved ?? null },
  ]);
}

const CONDUIT_COLUMNS: Column<ConduitRow>[] = [
  { header: 'Conduit', width: 26, value: (c) => c.name },
  { header: 'From zone', width: 22, value: (c) => c.fromZone },
  { header: 'To zone', width: 22, value: (c) => c.toZone },
  { header: 'Direction', width: 18, value: (c) => CONDUIT_DIRECTION_LABELS[c.direction] },
  { header: 'Protocols', width: 24, value: (c) => joined(c.protocols) },
  { header: 'Access points', width: 40, value: (c) => c.accessPoints, wrap: true },
  { header: 'Security measures', width: 50, value: (c) => c.securityMeasures, wrap: true },
];

/** Zones and conduits on two sheets: each is a table of its own kind, so each filters and sorts on its columns. */
export function writeZoneSheets(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  const { marking } = model.options;
  writeTable(workbook, 'Zones', marking, [...ZONE_COLUMNS, ...perFrColumns(model.zones)], model.zones);
  writeTable(workbook, 'Conduits', marking, CONDUIT_COLUMNS, model.conduits);
}
