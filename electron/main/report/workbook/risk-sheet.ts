import type ExcelJS from 'exceljs';
import { RISK_LEVEL_LABELS, TREATMENT_LABELS } from '../../../../shared/risk/matrix';
import type { RiskEvaluation } from '../../../../shared/risk/scenario';
import { RISK_LEVELS, type RiskMatrix } from '../../../../shared/risk/types';
import type { ReportModel, RiskRow } from '../../../../shared/report/model';
import { joined } from './cells';
import { scaleHighlights } from './styles';
import { writeTable, type Column } from './table';

export const RISK_LEVEL_HIGHLIGHTS = scaleHighlights(RISK_LEVELS.map((l) => RISK_LEVEL_LABELS[l]));

const TARGET_KIND_LABELS: Record<RiskRow['targetKind'], string> = { zone: 'Zone', conduit: 'Conduit' };

/** "Zone: Filtration control", as the Summary's top risks name a scenario's target. */
export const riskTargetText = (r: Pick<RiskRow, 'targetKind' | 'target'>): string => `${TARGET_KIND_LABELS[r.targetKind]}: ${r.target}`;

export const riskLevelText = (e: RiskEvaluation): string | null => (e.level ? RISK_LEVEL_LABELS[e.level] : null);

/** Likelihood, consequence (numbers, each with the matrix's label beside it), level and tolerability of a rating. */
function ratingColumns(matrix: RiskMatrix, name: string, rating: (r: RiskRow) => RiskEvaluation): Column<RiskRow>[] {
  const label = (steps: RiskMatrix['likelihood'], step: number | null) => (step === null ? null : (steps[step - 1]?.label ?? null));
  return [
    { header: `${name} likelihood`, width: 11, value: (r) => rating(r).likelihood },
    { header: `${name} likelihood label`, width: 14, value: (r) => label(matrix.likelihood, rating(r).likelihood) },
    { header: `${name} consequence`, width: 12, value: (r) => rating(r).consequence },
    { header: `${name} consequence label`, width: 14, value: (r) => label(matrix.consequence, rating(r).consequence) },
    { header: `${name} risk level`, width: 11, value: (r) => riskLevelText(rating(r)), highlight: RISK_LEVEL_HIGHLIGHTS },
    { header: `${name} risk tolerable`, width: 11, value: (r) => rating(r).tolerable },
  ];
}

function riskColumns(matrix: RiskMatrix): Column<RiskRow>[] {
  return [
    { header: 'Risk', width: 8, value: (r) => r.number },
    { header: 'Title', width: 40, value: (r) => r.title, wrap: true },
    { header: 'Target kind', width: 10, value: (r) => TARGET_KIND_LABELS[r.targetKind] },
    { header: 'Target', width: 24, value: (r) => r.target },
    { header: 'Threat', width: 30, value: (r) => r.threat, wrap: true },
    { header: 'Vulnerability', width: 40, value: (r) => r.vulnerability, wrap: true },
    ...ratingColumns(matrix, 'Inherent', (r) => r.inherent),
    { header: 'Existing countermeasures', width: 40, value: (r) => r.existingCountermeasures, wrap: true },
    ...ratingColumns(matrix, 'Residual', (r) => r.residual),
    { header: 'Treatment', width: 22, value: (r) => (r.treatment ? TREATMENT_LABELS[r.treatment] : null), wrap: true },
    { header: 'Treatment reason', width: 36, value: (r) => r.treatmentReason, wrap: true },
    { header: 'Assets', width: 24, value: (r) => joined(r.assets), wrap: true },
    { header: 'Findings', width: 16, value: (r) => joined(r.findingNumbers), wrap: true },
  ];
}

/** The risk register, highest residual risk first, numbered as in the PDF. */
export function writeRiskSheet(workbook: ExcelJS.stream.xlsx.WorkbookWriter, model: ReportModel): void {
  writeTable(workbook, 'Risks', model.options.marking, riskColumns(model.matrix), model.risks, { frozenColumns: 1 });
}
