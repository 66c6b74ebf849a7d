import type { Asset } from '../../../shared/assets/asset';

/** Where one asset came from and what its file said beyond the asset fields (the extra attributes). */
export function AssetDetails({ asset }: { asset: Asset }) {
  const attributes = asset.attributes ?? [];
  return (
    <section className="asset-details" aria-label={`Details of ${asset.name}`}>
      <p className="small">
        <strong>{asset.name}</strong>{' '}
        <span className="muted">
          {asset.source ? `from “${asset.source.file}”, sheet “${asset.source.sheet}”, row ${asset.source.row}.` : 'added in the app.'}
        </span>
      </p>
      {attributes.length > 0 ? (
        <dl className="attribute-list" aria-label="Extra attributes">
          {attributes.map((a) => (
            <div key={a.label}>
              <dt>{a.label}</dt>
              <dd>{a.value}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="muted small">No extra attributes.</p>
      )}
    </section>
  );
}
