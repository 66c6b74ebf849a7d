import { CATALOGUE } from '../../../../../shared/catalogue/catalogue';
import type { ReportModel } from '../../../../../shared/report/model';
import { table } from '../table';
import { COLOR } from '../theme';
import type { ReportWriter } from '../writer';

export function renderScopeMethod(w: ReportWriter, model: ReportModel): void {
  const { s, f } = w;
  const t = s.scope;
  const scope = model.scope;
  w.section(s.sections.scopeMethod);

  w.subsection(t.suc);
  if (model.missing.scope) {
    w.notAssessed(s.notAssessed.scope);
  } else {
    w.labelled(t.suc, scope.sucDescription || t.notRecorded);
    w.labelled(t.statement, scope.statement || t.notRecorded);
    w.labelled(t.boundaries, scope.boundaries || t.notRecorded);
  }

  w.subsection(t.systems);
  table(
    w,
    [
      { header: t.system, width: 2.4 },
      { header: t.status, width: 1.3 },
      { header: t.reason, width: 3.6 },
    ],
    scope.systemKinds.map((entry) => [
      s.systemKind[entry.kind],
      { text: s.scopeStatus[entry.status], bold: entry.status === 'in', color: entry.status === 'undecided' ? COLOR.muted : COLOR.ink },
      entry.reason,
    ]),
  );

  w.subsection(t.stakeholders);
  if (scope.stakeholders.length) {
    table(
      w,
      [
        { header: t.name, width: 2 },
        { header: t.role, width: 2 },
        { header: t.organisation, width: 2 },
        { header: t.interviewed, width: 1.3 },
      ],
      scope.stakeholders.map((p) => [p.name, p.role, p.organisation, f.date(p.interviewedOn)]),
    );
  } else {
    w.paragraph(t.noStakeholders, { color: COLOR.muted });
  }

  w.subsection(t.method);
  w.paragraph(t.methodText(s.edition[model.assessment.edition], CATALOGUE.requirements.length, CATALOGUE.steps.length));
  w.heading3(t.maturityLevels, 80);
  table(
    w,
    [
      { header: t.level, width: 1.4 },
      { header: t.meaning, width: 6 },
    ],
    ([1, 2, 3, 4] as const).map((level) => [{ text: `${level} · ${t.maturity[level][0]}`, bold: true }, t.maturity[level][1]]),
  );
  const matrix = model.matrix;
  w.paragraph(t.riskMethod(matrix.likelihood.length, matrix.consequence.length, s.riskLevel[matrix.tolerable]));
}
