import { getAppInfo } from './app.handlers';
import { exportAssessment, importAssessment } from './bundle.handlers';
import {
  importAnalyse,
  importCancel,
  importClose,
  importOpenFile,
  importProgress,
  importRows,
  importSaveReport,
} from './import.handlers';
import { evidenceOpenFile } from './evidence.handlers';
import { reportDiscard, reportGeneratePdf, reportSavePdf, reportSaveWorkbook } from './report.handlers';
import { signingCreateIdentity, signingInspect, signingOpenP12 } from './signing.handlers';
import type { HandlerMap } from './invoke';

/** Every channel's handler; register.ts and the e2e harness both dispatch through this map. */
export const handlers: HandlerMap = {
  getAppInfo,
  exportAssessment,
  importAssessment,
  importOpenFile,
  importProgress,
  importCancel,
  importAnalyse,
  importRows,
  importClose,
  importSaveReport,
  evidenceOpenFile,
  reportGeneratePdf,
  reportSavePdf,
  reportDiscard,
  reportSaveWorkbook,
  signingCreateIdentity,
  signingOpenP12,
  signingInspect,
};
