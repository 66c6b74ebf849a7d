import type { ReportModel } from '../../../../../shared/report/model';
import { keyValues, table } from '../table';
import { COLOR } from '../theme';
import type { ReportWriter } from '../writer';

export function renderDocumentControl(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const d = s.documentControl;
  const { options, assessment } = model;
  w.section(s.sections.documentControl);
  const rows: [string, string][] = [
    [d.title, options.title],
    [d.version, options.documentVersion],
    [d.status, s.documentStatus[options.documentStatus]],
    [d.date, f.date(options.reportDate)],
    [d.authors, assessment.assessors.join(', ') || s.common.notSet],
    [d.organisation, [assessment.organisation, assessment.location].filter(Boolean).join(', ') || s.common.notSet],
    [d.edition, s.edition[assessment.edition]],
    [d.catalogueVersion, model.catalogueVersion],
    [d.appVersion, `CSMS Assessor ${model.appVersion}`],
    [d.generatedAt, f.dateTime(model.generatedAt)],
  ];
  keyValues(w, rows, { size: 9 });

  w.subsection(d.distribution);
  const recipients = options.distribution.split('\n').map((line) => line.trim()).filter(Boolean);
  if (recipients.length) {
    table(w, [{ header: '#', width: 0.3 }, { header: d.recipient, width: 5 }], recipients.map((r, i) => [String(i + 1), r]));
  } else {
    w.paragraph(d.noDistribution, { color: COLOR.muted });
  }
  if (model.skipped.length) w.paragraph(d.skipped(model.skipped.join(', ')), { size: 8 });

  w.subsection(d.recordedBy);
  if (model.contributors.length) {
    w.paragraph(d.recordedByLead, { size: 8, color: COLOR.muted });
    table(
      w,
      [
        { header: d.assessor, width: 3 },
        { header: d.changes, width: 1 },
        { header: d.firstChange, width: 2 },
        { header: d.lastChange, width: 2 },
      ],
      model.contributors.map((c) => [c.name, f.integer(c.changes), f.dateTime(c.first), f.dateTime(c.last)]),
    );
  } else {
    w.paragraph(d.noTrail, { color: COLOR.muted });
  }
}
