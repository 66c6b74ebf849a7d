import { z } from 'zod';
import { assessmentBundleSchema, type AssessmentBundle } from '../bundle/bundle';
import { CHANNELS, type ApiName } from './channels';
import type { IpcResult } from './result';

/** Request schemas, checked in main before any handler runs. */
export const requestSchemas = {
  getAppInfo: z.object({}).strict(),
  exportAssessment: z.object({ bundle: assessmentBundleSchema }).strict(),
  importAssessment: z.object({}).strict(),
} satisfies Record<ApiName, z.ZodType>;

export interface AppInfo {
  name: string;
  version: string;
  bundleFormatVersion: number;
}

export type ExportResult = { status: 'cancelled' } | { status: 'saved'; path: string; fileName: string; bytes: number };
export type ImportResult = { status: 'cancelled' } | { status: 'opened'; fileName: string; bundle: AssessmentBundle };

export interface Responses {
  getAppInfo: AppInfo;
  exportAssessment: ExportResult;
  importAssessment: ImportResult;
}

export type Request<K extends ApiName> = z.input<(typeof requestSchemas)[K]>;
export type ParsedRequest<K extends ApiName> = z.output<(typeof requestSchemas)[K]>;

/** What the preload exposes as `window.csms`, one function per channel. */
export type RendererApi = { [K in ApiName]: (request: Request<K>) => Promise<IpcResult<Responses[K]>> };

export { CHANNELS };
