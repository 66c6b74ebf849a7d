import { getAppInfo } from './app.handlers';
import { exportAssessment, importAssessment } from './bundle.handlers';
import type { HandlerMap } from './invoke';

/** Every channel's handler; register.ts and the e2e harness both dispatch through this map. */
export const handlers: HandlerMap = { getAppInfo, exportAssessment, importAssessment };
