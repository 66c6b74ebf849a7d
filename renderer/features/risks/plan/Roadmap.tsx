import { PRIORITY_LABELS, isOverdue, roadmap, type RemediationAction } from '../../../../shared/risk/actions';
import { formatDate } from '../../../ui/format';

/** The plan as columns by quarter of due date, unscheduled work last. */
export function Roadmap({ actions, today }: { actions: readonly RemediationAction[]; today: string }) {
  return (
    <section className="roadmap" aria-labelledby="roadmap-heading">
      <h2 id="roadmap-heading">Roadmap</h2>
      <ol className="roadmap-quarters">
        {roadmap(actions, today).map(({ quarter, actions: inQuarter }) => (
          <li key={quarter} className="roadmap-quarter" aria-label={quarter}>
            <h3>{quarter}</h3>
            <ul>
              {inQuarter.map((a) => (
                <li key={a.id} className={isOverdue(a, today) ? 'roadmap-item roadmap-overdue' : 'roadmap-item'}>
                  <strong>{a.title}</strong>
                  <span className="muted small">
                    {[formatDate(a.dueDate), PRIORITY_LABELS[a.priority], a.owner, isOverdue(a, today) && 'Overdue'].filter(Boolean).join(' · ')}
                  </span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
