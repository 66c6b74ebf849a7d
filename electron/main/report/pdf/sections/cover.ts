import type { ReportModel } from '../../../../../shared/report/model';
import { COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

const PANEL_TOP = 150;
const PANEL_HEIGHT = 250;
/** Secondary text on the navy panel. */
const PANEL_MUTED = '#a9c3dc';

/** The cover: logo, a navy title panel, the key facts, and the marking in a band at the foot. No header or footer. */
export function renderCover(w: ReportWriter, model: ReportModel): void {
  const { doc, s, f } = w;
  const { options, assessment } = model;
  w.newPage('portrait');
  const pageWidth = doc.page.width;
  const pageHeight = doc.page.height;
  // The cover is laid out to the page edge; with the usual bottom margin pdfkit would add a page for the band.
  const bottomMargin = doc.page.margins.bottom;
  doc.page.margins.bottom = 0;

  if (options.logo) {
    w.image(options.logo, 'logo', w.left, 52, { fit: [160, 72] });
  }

  doc.rect(0, PANEL_TOP, pageWidth, PANEL_HEIGHT).fill(COLOR.navy);
  doc.rect(0, PANEL_TOP + PANEL_HEIGHT, pageWidth, 4).fill(COLOR.accent);
  const innerWidth = w.width;
  w.font(true, SIZE.small, PANEL_MUTED).text(s.cover.overline.toUpperCase(), w.left, PANEL_TOP + 36, {
    width: innerWidth,
  });
  w.font(true, 25, COLOR.white).text(options.title, w.left, doc.y + SPACE.m, { width: innerWidth, lineGap: 2, height: 100, ellipsis: true });
  // The site sits at the foot of the panel, the title at its head.
  const place = [assessment.organisation, assessment.location].filter(Boolean).join(' · ');
  const siteHeight = w.font(false, 16).heightOfString(assessment.name, { width: innerWidth, height: 44 });
  const placeHeight = place ? w.font(false, SIZE.body + 1).heightOfString(place, { width: innerWidth, height: 28 }) + SPACE.xs : 0;
  const siteY = Math.max(doc.y + SPACE.l, PANEL_TOP + PANEL_HEIGHT - 30 - siteHeight - placeHeight);
  w.font(false, 16, COLOR.white).text(assessment.name, w.left, siteY, { width: innerWidth, height: 44, ellipsis: true });
  if (place) w.font(false, SIZE.body + 1, PANEL_MUTED).text(place, w.left, doc.y + SPACE.xs, { width: innerWidth, height: 28, ellipsis: true });

  const facts: [string, string][] = [
    [s.cover.reportDate, f.date(options.reportDate)],
    [s.cover.assessors, assessment.assessors.join(', ') || s.common.notSet],
    [s.cover.assessmentPeriod, period(f.date(assessment.startDate), f.date(assessment.endDate))],
    [s.cover.version, `${options.documentVersion} · ${s.documentStatus[options.documentStatus]}`],
  ];
  let y = PANEL_TOP + PANEL_HEIGHT + 44;
  for (const [label, value] of facts) {
    if (!value) continue;
    w.font(true, SIZE.small - 0.5, COLOR.muted).text(label.toUpperCase(), w.left, y, { width: 140 });
    w.font(false, SIZE.body + 1, COLOR.ink).text(value, w.left + 150, y - 1.5, { width: innerWidth - 150, height: 60, ellipsis: true });
    y = Math.max(doc.y, y + 14) + SPACE.m;
    doc.moveTo(w.left, y - SPACE.s).lineTo(w.right, y - SPACE.s).lineWidth(0.4).strokeColor(COLOR.rule).stroke();
  }

  if (options.marking) {
    const bandHeight = 30;
    const bandY = pageHeight - 96;
    doc.rect(0, bandY, pageWidth, bandHeight).fill(COLOR.marking);
    w.font(true, SIZE.body + 1.5, COLOR.white).text(options.marking.toUpperCase(), 0, bandY + 9, {
      width: pageWidth,
      align: 'center',
      characterSpacing: 2,
      lineBreak: false,
    });
  }
  w.font(false, SIZE.small - 1, COLOR.faint).text(`CSMS Assessor ${model.appVersion}`, w.left, pageHeight - 48, { width: innerWidth, lineBreak: false });
  doc.page.margins.bottom = bottomMargin;
}

function period(start: string, end: string): string {
  if (start && end && start !== end) return `${start} – ${end}`;
  return start || end;
}
