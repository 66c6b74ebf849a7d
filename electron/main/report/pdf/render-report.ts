import { join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { ReportSignature } from '../../../../shared/ipc/contract';
import type { ReportModel } from '../../../../shared/report/model';
import { hasSection, REPORT_SECTIONS, type ReportSection } from '../../../../shared/report/options';
import { reportStrings } from '../../../../shared/report/strings';
import { reportFormat } from '../../../../shared/report/strings/format';
import { compactFinishedPages } from './compact-pages';
import { writeContents } from './contents';
import { writePageFurniture } from './furniture';
import { renderAssetAppendix } from './sections/asset-appendix';
import { renderAssetSummary } from './sections/asset-summary';
import { renderCover } from './sections/cover';
import { renderDocumentControl } from './sections/document-control';
import { renderExecutiveSummary } from './sections/executive-summary';
import { renderFindings } from './sections/findings';
import { renderResults } from './sections/results';
import { renderRisks } from './sections/risks';
import { renderRoadmap } from './sections/roadmap';
import { renderScopeMethod } from './sections/scope-method';
import { renderSignOff } from './sections/sign-off';
import { renderZones } from './sections/zones';
import { PAGE } from './theme';
import { ReportWriter } from './writer';

export interface RenderDeps {
  /** Folder holding DejaVuSans.ttf and DejaVuSans-Bold.ttf. */
  fontsDir: string;
  /** Printed on the sign-off page; null prints that the document is not digitally signed. */
  signature: ReportSignature | null;
  /** Called after the last page and the footers, just before the document ends (the signature placeholder). */
  beforeEnd?: (doc: PDFKit.PDFDocument) => void;
}

const BOLD = 'Body-Bold';

type SectionRenderer = (w: ReportWriter, model: ReportModel, deps: RenderDeps) => void;

/** A renderer per section; they run in REPORT_SECTIONS order, after the cover, document control and contents. */
const BODY: Record<Exclude<ReportSection, 'documentControl'>, SectionRenderer> = {
  executiveSummary: renderExecutiveSummary,
  scopeMethod: renderScopeMethod,
  zoneDiagram: renderZones,
  assetSummary: renderAssetSummary,
  results: renderResults,
  risks: renderRisks,
  findings: renderFindings,
  roadmap: renderRoadmap,
  signOff: renderSignOff,
  assetAppendix: renderAssetAppendix,
};

/**
 * Renders the report as PDF. Deterministic for a given model (the creation date is the model's generation
 * time), so the same assessment gives the same bytes. Every page stays buffered until the footers are written.
 */
export async function renderReportPdf(model: ReportModel, deps: RenderDeps): Promise<{ pdf: Uint8Array; pageCount: number }> {
  const s = reportStrings(model.options.language);
  const regular = join(deps.fontsDir, 'DejaVuSans.ttf');
  const doc = new PDFDocument({
    size: PAGE.size,
    margins: PAGE.margins,
    bufferPages: true,
    autoFirstPage: false,
    // A font in the constructor: pdfkit would otherwise load its Helvetica metrics, which cannot print ł or Я.
    font: regular,
    lang: s.locale,
    displayTitle: true,
    pdfVersion: '1.7',
    info: {
      Title: `${model.options.title} – ${model.assessment.name}`,
      Author: model.assessment.assessors.join(', '),
      Subject: `${s.edition[model.assessment.edition]} · ${model.assessment.organisation || model.assessment.name}`,
      Creator: `CSMS Assessor ${model.appVersion}`,
      Producer: `CSMS Assessor ${model.appVersion}`,
      CreationDate: new Date(model.generatedAt),
    },
  });
  const chunks: Uint8Array[] = [];
  doc.on('data', (chunk: Uint8Array) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  // The regular face is known by its path, as the constructor loaded it: registering the same file under a second
  // name makes pdfkit 0.20 re-open it on every font switch (it finds the twin and never caches the name).
  doc.registerFont(BOLD, join(deps.fontsDir, 'DejaVuSans-Bold.ttf'));

  compactFinishedPages(doc);
  const w = new ReportWriter(doc, s, reportFormat(s), { regular, bold: BOLD });
  renderCover(w, model);
  if (hasSection(model.options, 'documentControl')) renderDocumentControl(w, model);
  const contentsAt = w.pageIndex + 1;
  for (const section of REPORT_SECTIONS) {
    if (section !== 'documentControl' && hasSection(model.options, section)) BODY[section](w, model, deps);
  }
  writeContents(w, contentsAt);
  writePageFurniture(w, model);
  deps.beforeEnd?.(doc);
  const pageCount = doc.bufferedPageRange().count;
  doc.end();
  await finished;
  return { pdf: Buffer.concat(chunks), pageCount };
}
