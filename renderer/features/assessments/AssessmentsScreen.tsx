import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { EDITIONS, SECTOR_LABELS, type Assessment } from '../../../shared/domain/assessment';
import { assessments } from '../../db/instance';
import { useAppStore } from '../../store';
import { EmptyState } from '../../ui/EmptyState';
import { MenuButton } from '../../ui/MenuButton';
import { formatDate, formatDateTime } from '../../ui/format';
import { AssessmentFormDialog } from './AssessmentFormDialog';
import { DeleteDialog } from './DeleteDialog';
import { ExportDialog } from './ExportDialog';
import { RenameDialog } from './RenameDialog';
import { ActionsHeader } from '../../ui/ActionsHeader';
import { ScreenHeader } from '../../ui/ScreenHeader';

type Open = { kind: 'create' } | { kind: 'rename' | 'delete' | 'details' | 'export'; assessment: Assessment } | null;

const editionShort = (e: (typeof EDITIONS)[number]) => (e === '2-1:2010' ? '2-1:2010 (ed. 1)' : '2-1:2024 (ed. 2)');

function dateRange(a: Assessment): string {
  if (a.startDate && a.endDate && a.startDate !== a.endDate) return `${formatDate(a.startDate)} – ${formatDate(a.endDate)}`;
  return formatDate(a.startDate || a.endDate);
}

export function AssessmentsScreen() {
  const list = useLiveQuery(() => assessments.list(), []);
  const [open, setOpen] = useState<Open>(null);
  const store = useAppStore();
  const close = () => setOpen(null);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'n') {
        e.preventDefault();
        setOpen((current) => current ?? { kind: 'create' });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const toolbar = (
    <div className="toolbar">
      <button className="button button-primary" onClick={() => setOpen({ kind: 'create' })} aria-keyshortcuts="Control+N">
        New assessment
      </button>
      <button className="button" onClick={() => void store.importAssessmentFile()} disabled={store.busy !== null}>
        Import .csms file…
      </button>
      <button className="button" onClick={() => void store.openSample()} disabled={store.busy !== null}>
        Open sample
      </button>
    </div>
  );

  return (
    <div className="screen">
      <ScreenHeader title="Assessments" lead="Each assessment is one site visit against IEC 62443-2-1. Everything stays on this laptop.">
        {toolbar}
      </ScreenHeader>

      {list === undefined ? null : list.length === 0 ? (
        <EmptyState
          title="No assessments yet"
          action={
            <button className="button button-primary" onClick={() => setOpen({ kind: 'create' })}>
              Create the first assessment
            </button>
          }
        >
          <p>
            Create an assessment for the site you are visiting, import a .csms file a colleague exported, or open the sample (a water
            treatment plant, fully worked) to see every step filled in.
          </p>
        </EmptyState>
      ) : (
        <table className="table" aria-label="Assessments">
          <thead>
            <tr>
              <th scope="col">Site or plant</th>
              <th scope="col">Organisation</th>
              <th scope="col">Sector</th>
              <th scope="col">Standard</th>
              <th scope="col">Dates</th>
              <th scope="col">Last change</th>
              <ActionsHeader />
            </tr>
          </thead>
          <tbody>
            {list.map((a) => (
              <tr key={a.id} className={a.id === store.openAssessmentId ? 'row-current' : undefined} data-assessment-id={a.id}>
                <td>
                  <button className="link-button" onClick={() => void store.openAssessment(a.id)}>
                    {a.name}
                  </button>
                  {a.location && <div className="muted small">{a.location}</div>}
                </td>
                <td>{a.organisation}</td>
                <td>{SECTOR_LABELS[a.sector]}</td>
                <td>{editionShort(a.edition)}</td>
                <td>{dateRange(a)}</td>
                <td>{formatDateTime(a.updatedAt)}</td>
                <td className="row-actions">
                  <button className="button button-small" onClick={() => void store.openAssessment(a.id)}>
                    Open
                  </button>
                  <button className="button button-small" onClick={() => setOpen({ kind: 'export', assessment: a })}>
                    Export…
                  </button>
                  <MenuButton
                    label={`More actions for ${a.name}`}
                    items={[
                      { label: 'Details…', onSelect: () => setOpen({ kind: 'details', assessment: a }) },
                      { label: 'Rename…', onSelect: () => setOpen({ kind: 'rename', assessment: a }) },
                      { label: 'Duplicate', onSelect: () => void store.duplicateAssessment(a.id) },
                      { label: 'Delete…', onSelect: () => setOpen({ kind: 'delete', assessment: a }), danger: true },
                    ]}
                  >
                    More ▾
                  </MenuButton>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      {open?.kind === 'create' && <AssessmentFormDialog onCancel={close} onSubmit={store.createAssessment} />}
      {open?.kind === 'details' && (
        <AssessmentFormDialog
          existing={open.assessment}
          onCancel={close}
          onSubmit={(input) => store.saveAssessmentDetails(open.assessment.id, input)}
        />
      )}
      {open?.kind === 'rename' && (
        <RenameDialog
          name={open.assessment.name}
          onCancel={close}
          onRename={(name) => store.renameAssessment(open.assessment.id, name)}
        />
      )}
      {open?.kind === 'export' && (
        <ExportDialog assessment={open.assessment} onClose={close} onExport={(passphrase) => store.exportAssessment(open.assessment.id, passphrase)} />
      )}
      {open?.kind === 'delete' && (
        <DeleteDialog
          assessment={open.assessment}
          onCancel={close}
          onDelete={() => {
            close();
            void store.deleteAssessment(open.assessment.id);
          }}
        />
      )}
    </div>
  );
}
