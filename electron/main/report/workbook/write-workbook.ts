import { PassThrough } from 'node:stream';
import { finished } from 'node:stream/promises';
import ExcelJS from 'exceljs';
import type { ReportModel } from '../../../../shared/report/model';
import { writeActionSheet } from './action-sheet';
import { writeAssetSheet } from './asset-sheet';
import { writeFindingSheet } from './finding-sheet';
import { writeRequirementSheet } from './requirement-sheet';
import { writeRiskSheet } from './risk-sheet';
import { enableQuotePrefix } from './styles';
import { writeSummarySheet } from './summary-sheet';
import { writeTrailSheet } from './trail-sheet';
import { writeZoneSheets } from './zone-sheets';

/**
 * The report as an xlsx workbook: Summary, Assets, Zones, Conduits, Requirements, Findings, Risks, Actions, Audit trail.
 * Streamed (each row is written out as soon as it is complete), so 100k assets stay within a few hundred MB.
 * Headings are English whatever the report language; the cells are typed and none is a formula.
 */
export async function writeWorkbook(model: ReportModel): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = finished(stream);
  const generated = new Date(model.generatedAt);
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  workbook.creator = `CSMS Assessor ${model.appVersion}`;
  workbook.lastModifiedBy = workbook.creator;
  workbook.title = model.options.title;
  workbook.created = generated;
  workbook.modified = generated;
  enableQuotePrefix(workbook);

  writeSummarySheet(workbook, model);
  writeAssetSheet(workbook, model);
  writeZoneSheets(workbook, model);
  writeRequirementSheet(workbook, model);
  writeFindingSheet(workbook, model);
  writeRiskSheet(workbook, model);
  writeActionSheet(workbook, model);
  writeTrailSheet(workbook, model);
  await workbook.commit();
  await done;
  return Buffer.concat(chunks);
}
