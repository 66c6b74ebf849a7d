import { useMemo, useState } from 'react';
import { EmptyState } from '../../ui/EmptyState';
import { TabPanel, Tabs, type TabItem } from '../../ui/Tabs';
import { HeatMapsTab } from './heatmap/HeatMapsTab';
import { MatrixTab } from './matrix/MatrixTab';
import { PlanTab } from './plan/PlanTab';
import { RegisterTab } from './register/RegisterTab';
import { ALL_SCENARIOS, rateScenarios, type CellFilter, type RegisterView } from './risk-view';
import { SlTargetTab } from './sl/SlTargetTab';
import { useRiskData } from './use-risk-data';
import './risks.css';
import { ScreenHeader } from '../../ui/ScreenHeader';

type Tab = 'register' | 'heatmaps' | 'matrix' | 'sl' | 'plan';

/** Step 5 of the workflow: risk scenarios per zone on the assessment's matrix, SL-T proposals and the remediation plan. */
export function RisksScreen({ assessmentId }: { assessmentId: string }) {
  const data = useRiskData(assessmentId);
  const [tab, setTab] = useState<Tab>('register');
  const [view, setView] = useState<RegisterView>(ALL_SCENARIOS);
  const rated = useMemo(() => (data ? rateScenarios(data.settings.matrix, data.scenarios, data.zones, data.conduits) : []), [data]);

  const drillDown = (cell: CellFilter) => {
    setView({ ...ALL_SCENARIOS, sort: cell.basis, cell });
    setTab('register');
  };

  const tabs: TabItem<Tab>[] = [
    { id: 'register', label: rated.length ? `Register (${rated.length})` : 'Register' },
    { id: 'heatmaps', label: 'Heat maps' },
    { id: 'matrix', label: 'Matrix' },
    { id: 'sl', label: 'SL-T' },
    { id: 'plan', label: data?.actions.length ? `Plan (${data.actions.length})` : 'Plan' },
  ];

  return (
    <div className="screen risks">
      <ScreenHeader title="Risk analysis" className="risks-header" lead="Risk scenarios per zone and conduit, rated on the assessment’s matrix, the SL-T they call for, and the plan to treat them.">
        <Tabs label="Risk analysis views" tabs={tabs} current={tab} onSelect={setTab} />
      </ScreenHeader>
      {data === null && (
        <EmptyState title="This assessment no longer exists">
          <p>It was deleted, perhaps in another window. Open another assessment from the Assessments screen.</p>
        </EmptyState>
      )}
      {data && (
        <TabPanel id={tab}>
          {tab === 'register' && <RegisterTab assessmentId={assessmentId} data={data} rated={rated} view={view} onView={setView} />}
          {tab === 'heatmaps' && <HeatMapsTab matrix={data.settings.matrix} rated={rated} onDrill={drillDown} />}
          {tab === 'matrix' && <MatrixTab assessmentId={assessmentId} settings={data.settings} scenarioCount={rated.length} />}
          {tab === 'sl' && <SlTargetTab assessmentId={assessmentId} data={data} />}
          {tab === 'plan' && <PlanTab assessmentId={assessmentId} data={data} rated={rated} />}
        </TabPanel>
      )}
    </div>
  );
}
