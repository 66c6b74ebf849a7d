import { BUNDLE_FORMAT_VERSION } from '../../../shared/bundle/format';
import type { Handler } from './invoke';

export const getAppInfo: Handler<'getAppInfo'> = async (_request, ctx) => ({
  name: ctx.appName,
  version: ctx.appVersion,
  bundleFormatVersion: BUNDLE_FORMAT_VERSION,
});
