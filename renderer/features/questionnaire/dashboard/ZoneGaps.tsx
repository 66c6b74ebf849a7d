import type { ZoneSecurityGap } from '../../../../shared/questionnaire/scoring';

const sl = (level: number | null) => (level === null ? '—' : `SL ${level}`);

/** Security level achieved against target per zone, with the worst per-FR gap. */
export function ZoneGaps({ zones }: { zones: readonly ZoneSecurityGap[] }) {
  return (
    <table className="table" aria-label="Zone security levels">
      <thead>
        <tr>
          <th scope="col">Zone</th>
          <th scope="col">SL-T</th>
          <th scope="col">SL-A</th>
          <th scope="col">Gap</th>
          <th scope="col">Worst gap (incl. per FR)</th>
        </tr>
      </thead>
      <tbody>
        {zones.map((z) => (
          <tr key={z.zoneId} className={z.worstGap ? 'q-row-gap' : undefined}>
            <th scope="row">{z.name}</th>
            <td>{sl(z.target)}</td>
            <td>{sl(z.achieved)}</td>
            <td>{z.gap ?? '—'}</td>
            <td>
              {z.worstGap ?? '—'}
              {z.perFr.some((f) => f.gap) && (
                <span className="muted small">
                  {' '}
                  ({z.perFr.filter((f) => f.gap).map((f) => `${f.fr} ${f.gap}`).join(', ')})
                </span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
