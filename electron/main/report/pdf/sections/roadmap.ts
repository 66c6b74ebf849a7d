import type { ActionRow, ReportModel } from '../../../../../shared/report/model';
import { UNSCHEDULED } from '../../../../../shared/risk/actions';
import { table, type Row } from '../table';
import { COLOR, LEVEL_COLOR, SIZE, SPACE } from '../theme';
import type { ReportWriter } from '../writer';

const STRIP_HEIGHT = 44;
const PER_LINE = 6;

export function renderRoadmap(w: ReportWriter, model: ReportModel): void {
  const { s } = w;
  const t = s.roadmap;
  w.section(s.sections.roadmap);
  if (model.missing.actions) {
    w.notAssessed(s.notAssessed.actions);
    return;
  }
  w.paragraph(t.intro(model.executive.openActions, model.executive.overdueActions));
  const quarterName = (quarter: string) => (quarter === UNSCHEDULED ? t.unscheduled : quarter);
  strip(w, model.roadmap.map((q) => ({ label: quarterName(q.quarter), count: q.actionNumbers.length, overdue: q.overdue })));

  const byNumber = new Map(model.actions.map((a) => [a.number, a]));
  for (const quarter of model.roadmap) {
    const actions = quarter.actionNumbers.map((n) => byNumber.get(n)).filter((a): a is ActionRow => a !== undefined);
    const overdue = quarter.overdue ? ` · ${t.overdueInQuarter(quarter.overdue)}` : '';
    w.heading3(`${quarterName(quarter.quarter)}${overdue}`, 100);
    table(
      w,
      [
        { header: t.number, width: 0.7 },
        { header: t.action, width: 3.3 },
        { header: t.owner, width: 1.5 },
        { header: t.due, width: 1.25 },
        { header: t.priority, width: 1.1 },
        { header: t.status, width: 1.1 },
        { header: t.addresses, width: 1.35 },
      ],
      actions.flatMap((a) => actionRows(w, a)),
    );
  }
}

function actionRows(w: ReportWriter, a: ActionRow): Row[] {
  const { s, f } = w;
  const t = s.roadmap;
  const due = a.dueDate ? f.shortDate(a.dueDate) : '–';
  const rows: Row[] = [
    [
      { text: a.number, bold: true },
      a.title,
      a.owner,
      a.overdue ? { text: `${due}\n${t.overdue}`, bold: true, color: COLOR.marking } : due,
      s.priority[a.priority],
      s.actionStatus[a.status],
      [...a.findingNumbers, ...a.riskNumbers].join(', '),
    ],
  ];
  if (a.description) rows.push({ span: a.description });
  return rows;
}

/** The quarters as a row of boxes: how many actions fall due in each, overdue ones called out. */
function strip(w: ReportWriter, quarters: readonly { label: string; count: number; overdue: number }[]): void {
  const { doc, s } = w;
  const columns = Math.min(PER_LINE, Math.max(1, quarters.length));
  const gap = 6;
  const width = (w.width - gap * (columns - 1)) / columns;
  for (let start = 0; start < quarters.length; start += PER_LINE) {
    w.ensureSpace(STRIP_HEIGHT + SPACE.m);
    const y = w.y;
    quarters.slice(start, start + PER_LINE).forEach((q, i) => {
      const x = w.left + i * (width + gap);
      doc.rect(x, y, width, STRIP_HEIGHT).fill(COLOR.tint);
      doc.rect(x, y + STRIP_HEIGHT - 3, width, 3).fill(q.overdue ? LEVEL_COLOR.critical.fill : COLOR.accent);
      w.font(true, SIZE.small, COLOR.navy).text(q.label, x + 7, y + 7, { width: width - 14, lineBreak: false });
      w.font(false, SIZE.small - 0.5, COLOR.ink).text(s.roadmap.actions(q.count), x + 7, y + 19, { width: width - 14, lineBreak: false });
      if (q.overdue) {
        w.font(true, SIZE.small - 1, COLOR.marking).text(s.roadmap.overdueInQuarter(q.overdue), x + 7, y + 29, { width: width - 14, lineBreak: false });
      }
    });
    w.y = y + STRIP_HEIGHT + gap;
  }
  w.gap(SPACE.m);
}
