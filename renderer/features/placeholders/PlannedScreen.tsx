import { EmptyState } from '../../ui/EmptyState';
import { PLANNED } from './planned-screens';

export function PlannedScreen({ screen }: { screen: keyof typeof PLANNED }) {
  const plan = PLANNED[screen];
  return (
    <div className="screen">
      <header className="screen-header">
        <div>
          <h1>{plan.title}</h1>
          <p className="screen-lead">{plan.lead}</p>
        </div>
      </header>
      <EmptyState title="Not available in this version yet">
        <p>This screen is part of the assessment workflow but has not been built yet. Nothing is recorded here so far. It will offer:</p>
        <ul>
          {plan.coming.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
      </EmptyState>
    </div>
  );
}
