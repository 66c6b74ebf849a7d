import type { AssessmentBundle } from '../../../shared/bundle/bundle';
import { demoBundle } from '../../../shared/demo/bundle';

/** The sample assessment with its inventory grown to `assets` by cloning its assets under new ids and names. */
export function bundleWithAssets(assets: number): AssessmentBundle {
  const demo = demoBundle();
  const source = demo.tables.assets;
  const grown = Array.from({ length: assets }, (_, i) => {
    const asset = source[i % source.length]!;
    const id = `00000000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`;
    return { ...asset, id, name: `${String(asset.name)}-${i}` };
  });
  return { ...demo, tables: { ...demo.tables, assets: grown } };
}
