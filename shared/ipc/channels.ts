/**
 * The IPC channel of each renderer API function. Kept free of runtime dependencies so the sandboxed preload
 * can import it; the schemas and response types live in contract.ts.
 */
export const CHANNELS = {
  getAppInfo: 'app:info',
  exportAssessment: 'bundle:export',
  importAssessment: 'bundle:import',
  importOpenFile: 'import:open',
  importProgress: 'import:progress',
  importCancel: 'import:cancel',
  importAnalyse: 'import:analyse',
  importRows: 'import:rows',
  importClose: 'import:close',
  importSaveReport: 'import:save-report',
  evidenceOpenFile: 'evidence:open',
  reportGeneratePdf: 'report:generate-pdf',
  reportSavePdf: 'report:save-pdf',
  reportDiscard: 'report:discard',
  reportSaveWorkbook: 'report:save-workbook',
  signingCreateIdentity: 'signing:create-identity',
  signingOpenP12: 'signing:open-p12',
  signingInspect: 'signing:inspect',
} as const;

export type ApiName = keyof typeof CHANNELS;
export type Channel = (typeof CHANNELS)[ApiName];
