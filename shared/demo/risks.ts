import type { Asset } from '../assets/asset';
import type { Finding } from '../questionnaire/finding-drafts';
import type { RemediationAction } from '../risk/actions';
import type { RiskScenario } from '../risk/scenario';
import type { Consequences, RiskTarget, Treatment } from '../risk/types';
import type { Conduit, Zone } from '../scope/zones';
import { demoTime, stamp, type Rng } from './ids';
import type { ConduitKey, ZoneKey } from './site';

interface ScenarioSpec {
  key: string;
  title: string;
  on: { zone: ZoneKey } | { conduit: ConduitKey };
  assetPrefixes: string[];
  threatId: string;
  vulnerability: string;
  consequences: Consequences;
  likelihood: number;
  existing: string;
  residual: Consequences;
  residualLikelihood: number;
  treatment: Treatment | null;
  reason: string;
  /** Findings of these catalogue steps back the scenario. */
  steps: number[];
}

const SCENARIOS: readonly ScenarioSpec[] = [
  { key: 'vpn', title: 'Vendor VPN account used to reach the SCADA servers', on: { conduit: 'dmz-scada' }, assetPrefixes: ['DMZ-FW', 'DMZ-JMP'], threatId: 'T-01', vulnerability: 'Shared integrator account on the FortiGate SSL-VPN; MFA not enforced for the vendor group.', consequences: { production: 4, safety: 3, reputation: 4 }, likelihood: 4, existing: 'Jump host with session recording; VPN only enabled on request by phone.', residual: { production: 4, safety: 3, reputation: 3 }, residualLikelihood: 3, treatment: 'mitigate', reason: 'Enforce MFA and personal vendor accounts.', steps: [6] },
  { key: 'ransom', title: 'Ransomware spreading from the corporate network into the DMZ', on: { conduit: 'it-dmz' }, assetPrefixes: ['ENT-FW', 'DMZ-HIST'], threatId: 'T-02', vulnerability: 'SMB allowed from Enterprise to the historian replica; flat domain trust between IT and DMZ.', consequences: { production: 3, financial: 4, reputation: 3 }, likelihood: 4, existing: 'FortiGate application control, EDR on IT endpoints.', residual: { production: 3, financial: 3 }, residualLikelihood: 3, treatment: 'mitigate', reason: 'Remove SMB and the domain trust.', steps: [7] },
  { key: 'usb', title: 'Infected USB stick on an engineering workstation', on: { zone: 'scada' }, assetPrefixes: ['SCADA-EWS'], threatId: 'T-03', vulnerability: 'USB ports open; no kiosk to scan media; integrator laptops connect directly.', consequences: { production: 4, safety: 3 }, likelihood: 3, existing: 'Antivirus with weekly signatures via the DMZ relay.', residual: { production: 4, safety: 2 }, residualLikelihood: 2, treatment: 'mitigate', reason: 'Media scanning kiosk and USB lock-down.', steps: [5, 6] },
  { key: 'dosing', title: 'Unauthorised change to chlorine dosing set-points', on: { zone: 'dosing' }, assetPrefixes: ['DOS-PLC', 'DOS-HMI'], threatId: 'T-08', vulnerability: 'ControlLogix key switches left in REM; no change detection on the dosing logic.', consequences: { safety: 5, environment: 4, legal: 4 }, likelihood: 3, existing: 'Independent hard-wired chlorine leak shutdown; analyser alarms in the control room.', residual: { safety: 4, environment: 3, legal: 4 }, residualLikelihood: 2, treatment: 'mitigate', reason: 'Key switches to RUN, logic change detection.', steps: [8] },
  { key: 'cip', title: 'Abuse of unauthenticated CIP writes to the dosing PLCs', on: { conduit: 'scada-dosing' }, assetPrefixes: ['DOS-FW', 'DOS-PLC'], threatId: 'T-06', vulnerability: 'CIP has no authentication; Moxa firewall rules allow the whole SCADA subnet.', consequences: { safety: 5, environment: 4 }, likelihood: 3, existing: 'Moxa EDR-810 between SCADA and dosing.', residual: { safety: 4, environment: 3 }, residualLikelihood: 2, treatment: 'mitigate', reason: 'Restrict writes to the two SCADA servers.', steps: [7] },
  { key: 'eol', title: 'Exploitation of end-of-support S7-300 and Windows 7 stations', on: { zone: 'filtration' }, assetPrefixes: ['FLT-OZ', 'FLT-HMI'], threatId: 'T-05', vulnerability: 'S7-300 ozone PLCs and two Windows 7 HMIs receive no security updates.', consequences: { production: 4, quality: 4 }, likelihood: 3, existing: 'VLAN separation on the core switch.', residual: { production: 4, quality: 3 }, residualLikelihood: 3, treatment: 'accept', reason: 'Replacement is scheduled with the ozone plant refurbishment in 2028; until then compensated by the VLAN ACLs.', steps: [4, 8] },
  { key: 'flat', title: 'Lateral movement across the flat filtration network', on: { conduit: 'scada-filt' }, assetPrefixes: ['FLT-SW', 'SCADA-SW'], threatId: 'T-06', vulnerability: 'No firewall between SCADA and filtration; S7comm reachable from every SCADA host.', consequences: { production: 4, quality: 3 }, likelihood: 3, existing: 'ACLs on the Hirschmann core switch.', residual: { production: 4, quality: 3 }, residualLikelihood: 3, treatment: 'mitigate', reason: 'Add an OT firewall in front of the filtration zone.', steps: [7] },
  { key: 'rtu', title: 'Spoofed DNP3 commands to remote pumping stations', on: { conduit: 'telemetry' }, assetPrefixes: ['RS-RTU', 'RS-RTR'], threatId: 'T-06', vulnerability: 'DNP3 without Secure Authentication; router web interfaces exposed on the cellular APN.', consequences: { production: 3, environment: 3, reputation: 3 }, likelihood: 3, existing: 'IPsec tunnels to the telemetry front end.', residual: { production: 3, environment: 2 }, residualLikelihood: 2, treatment: 'mitigate', reason: 'Disable router web interfaces on the WAN side.', steps: [7] },
  { key: 'router', title: 'Compromise of a cellular router at an unmanned site', on: { zone: 'remote' }, assetPrefixes: ['RS-RTR'], threatId: 'T-05', vulnerability: 'Router firmware 2.4 with known vulnerabilities on two sites; default SNMP community.', consequences: { production: 3, reputation: 3 }, likelihood: 3, existing: 'Kiosks locked; alarms on door open.', residual: { production: 3, reputation: 2 }, residualLikelihood: 2, treatment: 'transfer', reason: 'The telecom provider manages router firmware under its service contract, with penalties for late patching.', steps: [8] },
  { key: 'phish', title: 'Phishing of an operator leading to credential theft', on: { zone: 'enterprise' }, assetPrefixes: ['ENT-WS'], threatId: 'T-10', vulnerability: 'Operators use the same password for IT and the DMZ jump host.', consequences: { production: 2, financial: 3 }, likelihood: 4, existing: 'Mail filtering, annual awareness training.', residual: { production: 2, financial: 2 }, residualLikelihood: 3, treatment: 'mitigate', reason: 'Separate OT accounts.', steps: [6, 10] },
  { key: 'backup', title: 'No working restore of the SCADA servers after a failure', on: { zone: 'scada' }, assetPrefixes: ['SCADA-SRV', 'SCADA-HIST'], threatId: 'T-09', vulnerability: 'Backups are taken but a restore has never been tested; PLC project files live only on the EWS.', consequences: { production: 4, quality: 3 }, likelihood: 2, existing: 'Nightly image backups to a NAS in the same room.', residual: { production: 4, quality: 3 }, residualLikelihood: 2, treatment: 'mitigate', reason: 'Offline copy and a yearly restore test.', steps: [9, 11] },
  { key: 'wifi', title: 'Rogue wireless access point in the filter gallery', on: { zone: 'filtration' }, assetPrefixes: [], threatId: 'T-11', vulnerability: 'No wireless in OT by policy, but no scanning either.', consequences: { production: 2 }, likelihood: 1, existing: 'Policy forbids wireless in OT.', residual: { production: 2 }, residualLikelihood: 1, treatment: 'accept', reason: 'Risk is low: the gallery is badge-controlled and staffed; quarterly walk-down checks are enough.', steps: [] },
];

function targetOf(spec: ScenarioSpec, zones: Record<ZoneKey, Zone>, conduits: Record<ConduitKey, Conduit>): RiskTarget {
  return 'zone' in spec.on
    ? { kind: 'zone', zoneId: zones[spec.on.zone].id }
    : { kind: 'conduit', conduitId: conduits[spec.on.conduit].id };
}

export function demoRisks(
  rng: Rng,
  assessmentId: string,
  zones: Record<ZoneKey, Zone>,
  conduits: Record<ConduitKey, Conduit>,
  assets: readonly Asset[],
  findings: readonly Finding[],
  stepOf: (finding: Finding) => number,
): Record<string, RiskScenario> {
  return Object.fromEntries(
    SCENARIOS.map((spec, i) => [
      spec.key,
      {
        ...stamp(rng, assessmentId, demoTime(3, 9 + (i % 7), i * 4)),
        title: spec.title,
        target: targetOf(spec, zones, conduits),
        assetIds: assets.filter((a) => spec.assetPrefixes.some((p) => a.name.startsWith(`${p}-`))).slice(0, 6).map((a) => a.id),
        threatId: spec.threatId,
        vulnerability: spec.vulnerability,
        findingIds: findings.filter((f) => spec.steps.includes(stepOf(f))).slice(0, 3).map((f) => f.id),
        consequences: spec.consequences,
        likelihood: spec.likelihood,
        existingCountermeasures: spec.existing,
        residualConsequences: spec.residual,
        residualLikelihood: spec.residualLikelihood,
        treatment: spec.treatment,
        treatmentReason: spec.reason,
      } satisfies RiskScenario,
    ]),
  );
}

const ACTIONS: readonly (Pick<RemediationAction, 'title' | 'description' | 'owner' | 'dueDate' | 'priority' | 'effort' | 'status' | 'expectedResidual'> & {
  risks: string[];
  steps: number[];
})[] = [
  { title: 'Enforce MFA and personal accounts for vendor remote access', description: 'Replace the shared integrator account with named accounts, enforce FortiToken MFA, and approve each session.', owner: 'Jürgen Weiß', dueDate: '2027-02-28', priority: 'urgent', effort: 'small', status: 'in-progress', expectedResidual: 'medium', risks: ['vpn', 'phish'], steps: [6] },
  { title: 'Remove SMB and domain trust between Enterprise and the DMZ', description: 'Publish historian data over HTTPS only; break the IT/DMZ domain trust.', owner: 'Ольга Петрова', dueDate: '2027-03-31', priority: 'high', effort: 'medium', status: 'planned', expectedResidual: 'medium', risks: ['ransom'], steps: [7] },
  { title: 'Install a firewall in front of the filtration zone', description: 'FortiGate 60F between the core switch and VLAN 20, with an S7comm allow-list for the SCADA servers and EWS.', owner: 'Jürgen Weiß', dueDate: '2027-06-30', priority: 'high', effort: 'large', status: 'planned', expectedResidual: 'medium', risks: ['flat', 'eol'], steps: [7] },
  { title: 'Lock dosing PLC key switches and monitor logic changes', description: 'Set ControlLogix key switches to RUN, keep keys with the shift lead, enable change detection via FactoryTalk AssetCentre.', owner: 'Miriam Keller', dueDate: '2027-01-31', priority: 'urgent', effort: 'small', status: 'planned', expectedResidual: 'low', risks: ['dosing', 'cip'], steps: [8] },
  { title: 'Media scanning kiosk and USB lock-down on engineering workstations', description: 'Kiosk at the control room entrance; USB storage blocked by policy on EWS and operator stations.', owner: 'Jürgen Weiß', dueDate: '2027-04-30', priority: 'medium', effort: 'medium', status: 'planned', expectedResidual: 'low', risks: ['usb'], steps: [5] },
  { title: 'Harden and update the remote-site cellular routers', description: 'Firmware 3.1 on all routers, WAN-side web interface off, SNMPv3 only; tracked with the telecom provider.', owner: 'Network operations', dueDate: '2027-05-31', priority: 'high', effort: 'medium', status: 'planned', expectedResidual: 'low', risks: ['router', 'rtu'], steps: [8] },
  { title: 'Offline backups and a yearly restore test of the SCADA servers', description: 'Weekly offline copy of server images and PLC projects; restore test on spare hardware each October.', owner: 'Jürgen Weiß', dueDate: '2027-09-30', priority: 'medium', effort: 'medium', status: 'planned', expectedResidual: 'low', risks: ['backup'], steps: [9, 11] },
  { title: 'Replace end-of-support S7-300 ozone PLCs and Windows 7 stations', description: 'Migrate to S7-1500 with the ozone plant refurbishment; budget request for 2028.', owner: 'Miriam Keller', dueDate: '2027-12-15', priority: 'medium', effort: 'large', status: 'planned', expectedResidual: 'medium', risks: ['eol'], steps: [4] },
];

export function demoActions(
  rng: Rng,
  assessmentId: string,
  risks: Record<string, RiskScenario>,
  findings: readonly Finding[],
  stepOf: (finding: Finding) => number,
): RemediationAction[] {
  return ACTIONS.map(({ risks: riskKeys, steps, ...action }, i) => ({
    ...stamp(rng, assessmentId, demoTime(4, 14, i * 5)),
    ...action,
    riskIds: riskKeys.map((k) => risks[k]?.id).filter((id): id is string => id !== undefined),
    findingIds: findings.filter((f) => steps.includes(stepOf(f)) && f.status === 'accepted').slice(0, 3).map((f) => f.id),
  }));
}
