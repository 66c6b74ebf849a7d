import type { ReportSignature } from '../../../../../shared/ipc/contract';
import type { ReportModel } from '../../../../../shared/report/model';
import type { ReportImage } from '../../../../../shared/report/options';
import type { RenderDeps } from '../render-report';
import { keyValues } from '../table';
import { COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

const BOX_HEIGHT = 150;
const COLUMN_GAP = 24;

export function renderSignOff(w: ReportWriter, model: ReportModel, deps: RenderDeps): void {
  const { s } = w;
  const t = s.signOff;
  w.section(s.sections.signOff);
  w.subsection(t.digitalSignature);
  if (deps.signature) signatureDetails(w, deps.signature);
  else w.notice(t.unsignedTitle, t.unsigned);

  w.subsection(t.approval, BOX_HEIGHT + 30);
  w.paragraph(t.approvalText);
  w.gap(SPACE.s);
  const width = (w.width - COLUMN_GAP) / 2;
  w.ensureSpace(BOX_HEIGHT);
  const y = w.y;
  signatureBox(w, w.left, y, width, t.assessor, model.assessment.assessors.join(', '), model.options.assessorSignature);
  signatureBox(w, w.left + width + COLUMN_GAP, y, width, t.siteRepresentative, model.options.siteRepresentative, model.options.siteSignature);
  w.y = y + BOX_HEIGHT + SPACE.m;
}

function signatureDetails(w: ReportWriter, signature: ReportSignature): void {
  const { s, f } = w;
  const t = s.signOff;
  const c = signature.certificate;
  w.paragraph(t.signedText);
  keyValues(w, [
    [t.signer, [c.commonName, c.email ? `<${c.email}>` : ''].filter(Boolean).join(' ')],
    [t.signerOrganisation, c.organisation],
    [t.issuer, c.issuer],
    [t.signedAt, f.dateTime(signature.signedAt)],
    [t.validity, `${f.date(c.notBefore)} – ${f.date(c.notAfter)}`],
    [t.fingerprint, twoLines(c.sha256Fingerprint)],
  ]);
  if (c.selfSigned) w.paragraph(t.selfSigned, { size: SIZE.small, bold: true });
  w.paragraph(t.verify, { size: SIZE.small, color: COLOR.muted });
}

function signatureBox(w: ReportWriter, x: number, y: number, width: number, role: string, name: string, image: ReportImage | null): void {
  const { doc, s } = w;
  const t = s.signOff;
  doc.rect(x, y, width, BOX_HEIGHT).lineWidth(0.6).strokeColor(COLOR.rule).stroke();
  doc.rect(x, y, width, 20).fill(COLOR.tint);
  w.font(true, SIZE.small, COLOR.navy).text(role.toUpperCase(), x + 8, y + 6.5, { width: width - 16, lineBreak: false });
  const signatureTop = y + 26;
  const lineY = y + 92;
  if (image) w.image(image, 'signature', x + 10, signatureTop, { fit: [width - 20, lineY - signatureTop - 4], align: 'center', valign: 'bottom' });
  doc.moveTo(x + 10, lineY).lineTo(x + width - 10, lineY).lineWidth(0.6).strokeColor(COLOR.ink).stroke();
  w.font(false, SIZE.small - 1, COLOR.muted).text(t.signature, x + 10, lineY + 3, { width: width - 20, lineBreak: false });
  const rows: [string, string][] = [
    [t.name, name],
    [t.date, ''],
  ];
  rows.forEach(([label, value], i) => {
    const rowY = lineY + 20 + i * 17;
    w.font(true, SIZE.small - 0.5, COLOR.muted).text(label, x + 10, rowY, { width: 50, lineBreak: false });
    w.font(false, SIZE.small, COLOR.ink).text(value, x + 62, rowY, { width: width - 72, height: 11, ellipsis: true });
    doc.moveTo(x + 62, rowY + 11).lineTo(x + width - 10, rowY + 11).lineWidth(0.3).strokeColor(COLOR.rule).stroke();
  });
}

/** "AA:BB:…" (32 pairs) as two lines of 16 pairs, the way it is read out when checking it by phone. */
function twoLines(fingerprint: string): string {
  const pairs = fingerprint.split(':');
  return pairs.length > 16 ? `${pairs.slice(0, 16).join(':')}\n${pairs.slice(16).join(':')}` : fingerprint;
}
