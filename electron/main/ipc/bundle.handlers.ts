import { encodeBundle } from '../../../shared/bundle/encode';
import { BUNDLE_EXTENSION, bundleFileName } from '../../../shared/bundle/format';
import { nowIso } from '../../../shared/domain/record';
import { fileNameOf, readBundleFile, withExtension, writeBundleFile } from '../bundle-file';
import type { FileDialogOptions } from './context';
import type { Handler } from './invoke';

const FILTERS: FileDialogOptions['filters'] = [{ name: 'CSMS assessment', extensions: [BUNDLE_EXTENSION] }];

export const exportAssessment: Handler<'exportAssessment'> = async ({ bundle }, ctx) => {
  const chosen = await ctx.chooseSavePath({
    title: 'Export assessment',
    defaultFileName: bundleFileName(bundle.assessment.name, ctx.now()),
    filters: FILTERS,
  });
  if (chosen === null) return { status: 'cancelled' };
  const path = withExtension(chosen, BUNDLE_EXTENSION);
  const bytes = await encodeBundle(bundle, { appVersion: ctx.appVersion, exportedAt: nowIso(() => ctx.now()) });
  await writeBundleFile(ctx.fs, path, bytes);
  return { status: 'saved', path, fileName: fileNameOf(path), bytes: bytes.byteLength };
};

export const importAssessment: Handler<'importAssessment'> = async (_request, ctx) => {
  const path = await ctx.chooseOpenPath({ title: 'Import assessment', filters: FILTERS });
  if (path === null) return { status: 'cancelled' };
  const { fileName, bundle } = await readBundleFile(ctx.fs, path);
  return { status: 'opened', fileName, bundle };
};
