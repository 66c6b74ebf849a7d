import type { ReportModel } from '../../../../../shared/report/model';
import { table, type Row } from '../table';
import { COLOR, SIZE } from '../theme';
import type { ReportWriter } from '../writer';

/** Every asset, one line each, on landscape pages: the long part of a big report, so it takes the fast path. */
export function renderAssetAppendix(w: ReportWriter, model: ReportModel): void {
  const { s } = w;
  const a = s.assets;
  w.section(s.sections.assetAppendix, 'landscape');
  if (model.missing.assets) {
    w.notAssessed(s.notAssessed.assets);
    return;
  }
  w.paragraph(a.appendixIntro(model.assets.length), { size: SIZE.small, color: COLOR.muted });
  const rows: Row[] = model.assets.map((x) => [
    x.name,
    x.assetType ? s.assetType[x.assetType] : '',
    x.vendor,
    x.model,
    x.firmware,
    x.ipAddresses.join(', '),
    x.zone,
    x.purdueLevel ?? '',
    x.criticality ? s.criticality[x.criticality] : '',
    x.lifecycle ? s.lifecycle[x.lifecycle] : '',
  ]);
  table(
    w,
    [
      { header: a.name, width: 2.2 },
      { header: a.type, width: 1.6 },
      { header: a.vendor, width: 1.3 },
      { header: a.model, width: 1.5 },
      { header: a.firmware, width: 1 },
      { header: a.ip, width: 1.3 },
      { header: a.zone, width: 1.5 },
      { header: a.purdue, width: 0.75 },
      { header: a.criticality, width: 1.05 },
      { header: a.lifecycle, width: 1.2 },
    ],
    rows,
    { size: SIZE.appendix, singleLine: true },
  );
}
