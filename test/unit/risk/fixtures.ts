import { emptyAssetContent, type Asset } from '../../../shared/assets/asset';
import type { Finding } from '../../../shared/questionnaire/finding-drafts';
import { emptyScenario, type RiskScenario } from '../../../shared/risk/scenario';
import type { RiskScenarioContent, RiskTarget } from '../../../shared/risk/types';
import {
  emptyConduitInput,
  emptyZoneInput,
  type Conduit,
  type Zone,
  type ZoneInput,
} from '../../../shared/scope/zones';

export const ASSESSMENT_ID = '0b7f3c1e-8d7b-4c5a-9e2f-1b2c3d4e5f60';
let counter = 0;
const uuid = () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`;
const stamps = () => ({
  id: uuid(),
  assessmentId: ASSESSMENT_ID,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});

export const zone = (name: string, patch: Partial<ZoneInput> = {}): Zone => ({
  ...stamps(),
  ...emptyZoneInput(name),
  ...patch,
});

export const conduit = (name: string, from: Zone, to: Zone): Conduit => ({
  ...stamps(),
  ...emptyConduitInput(from.id, to.id),
  name,
});

export const asset = (name: string, patch: Partial<Asset> = {}): Asset => ({
  ...stamps(),
  ...emptyAssetContent(name),
  ...patch,
});

export const finding = (title: string, patch: Partial<Finding> = {}): Finding => ({
  ...stamps(),
  title,
  observation: '',
  recommendation: '',
  severity: 'high',
  requirementIds: [],
  references: [],
  zoneIds: [],
  assetIds: [],
  status: 'draft',
  origin: 'generated',
  ...patch,
});

export const scenario = (target: RiskTarget, patch: Partial<RiskScenarioContent> = {}): RiskScenario => ({
  ...stamps(),
  ...emptyScenario(target),
  title: 'Scenario',
  ...patch,
});
