import { STATUS_LABELS, type AnswerStatus } from '../../../shared/questionnaire/answer';
import { FINDING_STATUS_LABELS, SEVERITY_LABELS, type FindingSeverity, type FindingStatus } from '../../../shared/questionnaire/finding-drafts';

export function StatusBadge({ status }: { status: AnswerStatus }) {
  return <span className={`q-badge q-status-${status}`}>{STATUS_LABELS[status]}</span>;
}

export function SeverityBadge({ severity }: { severity: FindingSeverity }) {
  return <span className={`q-badge q-severity-${severity}`}>{SEVERITY_LABELS[severity]}</span>;
}

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return <span className={`q-badge q-finding-${status}`}>{FINDING_STATUS_LABELS[status]}</span>;
}
