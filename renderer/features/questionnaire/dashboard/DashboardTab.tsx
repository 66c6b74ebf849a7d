import { useMemo } from 'react';
import { CATALOGUE } from '../../../../shared/catalogue/catalogue';
import type { Answer } from '../../../../shared/questionnaire/answer';
import { largestGaps, zoneSecurityGaps, type AssessmentScore } from '../../../../shared/questionnaire/scoring';
import type { Zone } from '../../../../shared/scope/zones';
import { LargestGaps } from './LargestGaps';
import { ScoreSummary } from './ScoreSummary';
import { StepChart } from './StepChart';
import { stepRows } from './step-rows';
import { StepTable } from './StepTable';
import { ZoneGaps } from './ZoneGaps';

const TOP_GAPS = 10;

interface Props {
  score: AssessmentScore;
  answers: readonly Answer[];
  zones: readonly Zone[];
  onOpenRequirement: (requirementId: string) => void;
}

export function DashboardTab({ score, answers, zones, onOpenRequirement }: Props) {
  const rows = useMemo(() => stepRows(CATALOGUE, score, answers), [score, answers]);
  const gaps = useMemo(() => largestGaps(CATALOGUE, answers, TOP_GAPS), [answers]);
  const zoneGaps = useMemo(() => zoneSecurityGaps(zones), [zones]);
  return (
    <div className="q-dashboard">
      <ScoreSummary score={score.overall} />
      <section className="q-card" aria-labelledby="q-steps-title">
        <h2 id="q-steps-title">By step</h2>
        <StepChart rows={rows} />
        <StepTable rows={rows} />
      </section>
      <section className="q-card" aria-labelledby="q-gaps-title">
        <h2 id="q-gaps-title">Largest gaps</h2>
        <LargestGaps gaps={gaps} onOpen={onOpenRequirement} />
      </section>
      {zoneGaps.length > 0 && (
        <section className="q-card" aria-labelledby="q-zones-title">
          <h2 id="q-zones-title">Zones: SL-T against SL-A</h2>
          <ZoneGaps zones={zoneGaps} />
        </section>
      )}
    </div>
  );
}
