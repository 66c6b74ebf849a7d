import { useEffect, useRef, useState } from 'react';
import { levelsFor } from '../../../../shared/catalogue/catalogue';
import type { Requirement } from '../../../../shared/catalogue/types';
import type { Edition } from '../../../../shared/domain/assessment';
import type { Answer, AnswerStatus } from '../../../../shared/questionnaire/answer';
import { RecordHistoryButton } from '../../history/RecordHistoryButton';
import { AnswerRecords } from './AnswerRecords';
import { EvidenceList } from './EvidenceList';
import { MaturityLevels } from './MaturityLevels';
import { MaturityPicker } from './MaturityPicker';
import { leaveOnEscape, useQuestionKeys } from './question-keys';
import { RequirementText, stepTitle } from './RequirementText';
import { SaveIndicator } from './SaveIndicator';
import { StatusPicker } from './StatusPicker';
import { useAnswerDraft } from './use-answer-draft';

interface Props {
  requirement: Requirement;
  stored: Answer | undefined;
  edition: Edition;
  /** Gives the keyboard back to the answering keys (Esc in a text field). */
  onLeave: () => void;
}

/** The selected requirement and its answer; mount one per requirement (its draft starts from what is stored). */
export function AnswerEditor({ requirement, stored, edition, onLeave }: Props) {
  const { draft, edit, save, state, errors } = useAnswerDraft(requirement.id, stored);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const [reasonRequests, setReasonRequests] = useState(0);
  useEffect(() => {
    if (reasonRequests) reasonField.current?.focus();
  }, [reasonRequests]);

  const setStatus = (status: AnswerStatus) => {
    edit({ status });
    if (status === 'not-applicable') setReasonRequests((n) => n + 1);
  };

  useQuestionKeys((action) => {
    if (action.kind === 'status') setStatus(action.status);
    else if (action.kind === 'achieved' || action.kind === 'target') edit({ [action.kind]: action.level });
    else return false;
    return true;
  });

  return (
    <article className="q-detail" aria-labelledby="q-detail-title">
      <header className="q-detail-head">
        <div>
          <p className="q-detail-step">
            <span className="q-req-id">{requirement.id}</span> · {stepTitle(requirement)}
          </p>
          <h2 id="q-detail-title">{requirement.title}</h2>
        </div>
        <div className="record-history-beside">
          <SaveIndicator state={state} stored={stored} />
          {stored && <RecordHistoryButton recordId={stored.id} label={`the answer to ${requirement.id}`} />}
        </div>
      </header>
      <RequirementText requirement={requirement} edition={edition} />

      <section className="q-section q-answer" aria-label="Answer">
        <StatusPicker value={draft.status} onChange={setStatus} />
        {draft.status === 'not-applicable' && (
          <label className={`field${errors.naReason ? ' field-invalid' : ''}`}>
            <span className="field-label">Why it does not apply *</span>
            <textarea
              ref={reasonField}
              rows={2}
              value={draft.naReason}
              aria-invalid={errors.naReason ? true : undefined}
              onChange={(e) => edit({ naReason: e.target.value }, 'after-typing')}
              onBlur={() => void save()}
              onKeyDown={leaveOnEscape(onLeave)}
            />
            {errors.naReason && (
              <span className="field-error" role="alert">
                {errors.naReason}
              </span>
            )}
          </label>
        )}
        <div className="q-maturity">
          <MaturityPicker kind="achieved" value={draft.achieved} onChange={(achieved) => edit({ achieved })} />
          <MaturityPicker kind="target" value={draft.target} onChange={(target) => edit({ target })} />
        </div>
        <MaturityLevels levels={levelsFor(requirement)} achieved={draft.achieved} target={draft.target} />
        <label className="field">
          <span className="field-label">Notes</span>
          <textarea
            rows={3}
            value={draft.notes}
            placeholder="What you found, who you spoke to, what is missing"
            onChange={(e) => edit({ notes: e.target.value }, 'after-typing')}
            onBlur={() => void save()}
            onKeyDown={leaveOnEscape(onLeave)}
          />
        </label>
      </section>

      <EvidenceList requirementId={requirement.id} answerId={stored?.id} />
      <AnswerRecords requirementId={requirement.id} records={stored?.records ?? []} onLeave={onLeave} />
    </article>
  );
}
