import { useMemo, useState } from 'react';
import { CATALOGUE } from '../../../shared/catalogue/catalogue';
import { EDITION_LABELS } from '../../../shared/domain/assessment';
import { indexAnswers, scoreAssessment } from '../../../shared/questionnaire/scoring';
import { EmptyState } from '../../ui/EmptyState';
import { DashboardTab } from './dashboard/DashboardTab';
import { FindingsTab } from './findings/FindingsTab';
import { NO_QUESTION_FILTER } from './questions/question-view';
import { QuestionsTab, type QuestionsView } from './questions/QuestionsTab';
import { TabPanel, Tabs, type TabItem } from '../../ui/Tabs';
import { useQuestionnaireData } from './use-questionnaire-data';
import './questionnaire.css';
import { ScreenHeader } from '../../ui/ScreenHeader';

type Tab = 'questions' | 'dashboard' | 'findings';

const FIRST_REQUIREMENT = CATALOGUE.requirements[0]!.id;

/** Step 4 of the workflow: the IEC 62443-2-1 questionnaire, its scores and the findings drawn from its gaps. */
export function QuestionnaireScreen({ assessmentId }: { assessmentId: string }) {
  const data = useQuestionnaireData(assessmentId);
  const [tab, setTab] = useState<Tab>('questions');
  const [view, setView] = useState<QuestionsView>({ filter: NO_QUESTION_FILTER, selectedId: FIRST_REQUIREMENT });
  const answers = data?.answers;
  const score = useMemo(() => scoreAssessment(CATALOGUE, answers ?? []), [answers]);
  const answersById = useMemo(() => indexAnswers(answers ?? []), [answers]);

  const openRequirement = (requirementId: string) => {
    setView({ filter: NO_QUESTION_FILTER, selectedId: requirementId });
    setTab('questions');
  };

  const tabs: TabItem<Tab>[] = [
    { id: 'questions', label: 'Questions' },
    { id: 'dashboard', label: 'Dashboard' },
    { id: 'findings', label: data?.findings.length ? `Findings (${data.findings.length})` : 'Findings' },
  ];

  return (
    <div className="screen screen-full questionnaire">
      <ScreenHeader
        title="CSMS assessment"
        className="q-header"
        lead={
          data
            ? `${score.overall.answered} of ${score.overall.applicable} applicable requirements answered · ${EDITION_LABELS[data.assessment.edition]}`
            : 'Loading…'
        }
      >
        <Tabs label="Assessment views" tabs={tabs} current={tab} onSelect={setTab} />
      </ScreenHeader>
      {data === null && (
        <EmptyState title="This assessment no longer exists">
          <p>It was deleted, perhaps in another window. Open another assessment from the Assessments screen.</p>
        </EmptyState>
      )}
      {data && (
        <TabPanel id={tab}>
          {tab === 'questions' && <QuestionsTab view={view} onView={setView} answers={answersById} score={score} edition={data.assessment.edition} />}
          {tab === 'dashboard' && <DashboardTab score={score} answers={data.answers} zones={data.zones} onOpenRequirement={openRequirement} />}
          {tab === 'findings' && <FindingsTab findings={data.findings} zones={data.zones} onOpenRequirement={openRequirement} />}
        </TabPanel>
      )}
    </div>
  );
}
