import type { FindingRow, ReportModel } from '../../../../../shared/report/model';
import { table } from '../table';
import { COLOR, LEVEL_COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

export function renderFindings(w: ReportWriter, model: ReportModel): void {
  const { s } = w;
  const t = s.findings;
  w.section(s.sections.findings);
  if (model.missing.findings) {
    w.notAssessed(s.notAssessed.findings);
    return;
  }
  w.paragraph(t.intro(model.findings.length));
  table(
    w,
    [
      { header: s.risks.number, width: 0.8 },
      { header: t.finding, width: 5 },
      { header: t.severity, width: 1.3 },
      { header: t.zones, width: 2 },
    ],
    model.findings.map((x) => [
      { text: x.number, bold: true },
      x.title,
      { text: s.severity[x.severity], badge: LEVEL_COLOR[x.severity] },
      x.zones.join(', '),
    ]),
  );
  for (const finding of model.findings) details(w, finding);
}

function details(w: ReportWriter, finding: FindingRow): void {
  const { s, doc } = w;
  const t = s.findings;
  const badge = LEVEL_COLOR[finding.severity];
  const label = s.severity[finding.severity];
  w.font(true, SIZE.h3);
  const titleX = w.left + 42;
  const title = `${finding.number} · ${finding.title}${finding.status === 'draft' ? ` (${t.draft})` : ''}`;
  const titleHeight = doc.heightOfString(title, { width: w.right - titleX });
  w.gap(SPACE.m);
  w.ensureSpace(titleHeight + 70);
  const y = w.y;
  w.font(true, SIZE.small - 1);
  const badgeWidth = Math.min(38, doc.widthOfString(label) + 6);
  doc.roundedRect(w.left, y + 0.5, badgeWidth, 11, 2).fill(badge.fill);
  w.font(true, SIZE.small - 1.5, badge.text).text(label, w.left, y + 2.8, { width: badgeWidth, align: 'center', lineBreak: false });
  w.font(true, SIZE.h3, COLOR.ink).text(title, titleX, y, { width: w.right - titleX });
  w.y += SPACE.s;
  const meta = [
    finding.requirementIds.length ? `${t.requirements}: ${finding.requirementIds.join(', ')}` : '',
    finding.references.length ? `${t.references}: ${finding.references.join(', ')}` : '',
  ].filter(Boolean);
  if (meta.length) w.paragraph(meta.join(' · '), { size: SIZE.small, color: COLOR.muted });
  w.labelled(t.observation, finding.observation);
  w.labelled(t.recommendation, finding.recommendation);
  const scope = [
    finding.zones.length ? `${t.zones}: ${finding.zones.join(', ')}` : '',
    finding.assets.length ? `${t.assets}: ${finding.assets.join(', ')}` : '',
  ].filter(Boolean);
  if (scope.length) w.paragraph(scope.join(' · '), { size: SIZE.small, color: COLOR.muted });
  w.rule();
}
