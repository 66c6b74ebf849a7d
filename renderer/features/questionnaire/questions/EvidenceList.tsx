import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatByteSize } from '../../../../shared/format/byte-size';
import { questionnaire } from '../../../db/instance';
import type { EvidenceSummary } from '../../../db/repos/questionnaire.repo';
import { useAppStore } from '../../../store';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

const SHORT_HASH = 12;

/** The files backing the answer (name, size, start of the SHA-256 that proves which file it was), with attach and remove. */
export function EvidenceList({ requirementId, answerId }: { requirementId: string; answerId: string | undefined }) {
  const files = useLiveQuery(() => (answerId ? questionnaire.listEvidence(answerId) : []), [answerId]);
  const attachEvidence = useAppStore((s) => s.attachEvidence);
  const removeEvidence = useAppStore((s) => s.removeEvidence);
  const [removing, setRemoving] = useState<EvidenceSummary | null>(null);
  const [attaching, setAttaching] = useState(false);

  const attach = async () => {
    setAttaching(true);
    await attachEvidence(requirementId);
    setAttaching(false);
  };

  return (
    <section className="q-section" aria-labelledby="q-evidence-title">
      <div className="q-section-head">
        <h3 id="q-evidence-title">Evidence</h3>
        <button type="button" className="button button-small" onClick={() => void attach()} disabled={attaching}>
          Attach file…
        </button>
      </div>
      {files?.length ? (
        <ul className="q-files" aria-label="Evidence files">
          {files.map((f) => (
            <li key={f.id}>
              <span className="q-file-name">{f.fileName}</span>
              <span className="q-file-meta">
                {formatByteSize(f.size)} · <code title={`SHA-256 ${f.sha256}`}>SHA-256 {f.sha256.slice(0, SHORT_HASH)}…</code>
              </span>
              <button type="button" className="button button-small button-danger-quiet" aria-label={`Remove ${f.fileName}`} onClick={() => setRemoving(f)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="muted small">No files yet: attach the documents, exports or photos that back this answer.</p>
      )}
      {removing && (
        <ConfirmDialog
          title="Remove this evidence file?"
          confirm="Remove file"
          cancel="Keep it"
          danger
          onCancel={() => setRemoving(null)}
          onConfirm={() => {
            setRemoving(null);
            void removeEvidence(removing.id);
          }}
        >
          <p>
            “{removing.fileName}” ({formatByteSize(removing.size)}) will be deleted from this assessment. The original on disk is not touched.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
