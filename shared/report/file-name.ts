import { safeFileName } from '../bundle/format';

/** "Riverside WTP CSMS report 2026-11-23.pdf": what the save dialog proposes for the report and the workbook. */
export function reportFileName(assessmentName: string, reportDate: string, extension: 'pdf' | 'xlsx'): string {
  return safeFileName(assessmentName, ` CSMS report ${reportDate}.${extension}`, 'assessment');
}
