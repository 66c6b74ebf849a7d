import type { ReportModel } from '../../../../shared/report/model';
import { COLOR, PAGE, SIZE } from './theme';
import type { ReportWriter } from './writer';

/**
 * Header (site and marking) and footer (date, marking, "Page x of y") on every page but the cover, written once
 * all pages exist. The bottom margin is set to 0 meanwhile: pdfkit adds a page for any text below it.
 */
export function writePageFurniture(w: ReportWriter, model: ReportModel): void {
  const doc = w.doc;
  const total = doc.bufferedPageRange().count;
  const marking = model.options.marking;
  const site = model.assessment.name;
  const date = w.f.date(model.options.reportDate);
  for (let index = 1; index < total; index++) {
    doc.switchToPage(index);
    const page = doc.page;
    const bottomMargin = page.margins.bottom;
    page.margins.bottom = 0;
    const left = page.margins.left;
    const width = page.width - page.margins.left - page.margins.right;
    const headerY = PAGE.headerY;
    const footerY = page.height - PAGE.footerGap;

    w.font(false, SIZE.small - 0.5, COLOR.muted).text(site, left, headerY, { width: width * 0.65, height: 10, ellipsis: true });
    if (marking) w.font(true, SIZE.small - 0.5, COLOR.marking).text(marking, left, headerY, { width, align: 'right', lineBreak: false });
    doc.moveTo(left, headerY + 13).lineTo(left + width, headerY + 13).lineWidth(0.5).strokeColor(COLOR.rule).stroke();

    doc.moveTo(left, footerY - 6).lineTo(left + width, footerY - 6).lineWidth(0.5).strokeColor(COLOR.rule).stroke();
    w.font(false, SIZE.small - 0.5, COLOR.muted).text(date, left, footerY, { width: width / 3, lineBreak: false });
    if (marking) w.font(true, SIZE.small - 0.5, COLOR.marking).text(marking, left + width / 3, footerY, { width: width / 3, align: 'center', lineBreak: false });
    w.font(false, SIZE.small - 0.5, COLOR.muted).text(w.s.common.pageOf(index + 1, total), left + (2 * width) / 3, footerY, {
      width: width / 3,
      align: 'right',
      lineBreak: false,
    });
    page.margins.bottom = bottomMargin;
  }
}
