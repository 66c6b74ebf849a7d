import type { Assessment } from '../domain/assessment';
import { defaultRiskSettings } from '../risk/matrix';
import type { ScopeInput } from '../scope/scope';
import type { Conduit, Zone } from '../scope/zones';
import { demoTime, stamp, type Rng } from './ids';

export const DEMO_SITE = 'Riverside Water Treatment Works';
export const DEMO_ASSESSORS = ['Ana Ruiz', 'Jo Smith'];

const scope = (rng: Rng): ScopeInput => ({
  sucDescription:
    'Riverside Water Treatment Works abstracts river water and treats up to 120 Ml/day (coagulation, rapid gravity filtration, ozone, chlorination) for about 350,000 people. The SUC is the plant control system from the enterprise boundary down to the field I/O, plus the telemetry to the remote reservoirs and pumping stations.',
  statement:
    'The CSMS covers the OT systems that control, monitor or protect water treatment and distribution at Riverside, operated by Riverside Water Authority and maintained by its integrators.',
  boundaries:
    'Logical boundary: the OT firewall between the corporate network and the operations DMZ. Physical boundary: the treatment works fence and the kiosks of the 14 remote sites. Access points: DMZ jump host, vendor VPN on the FortiGate, cellular routers at the remote sites.',
  systemKinds: [
    { kind: 'control-networks', status: 'in', reason: '' },
    { kind: 'scada', status: 'in', reason: '' },
    { kind: 'plcs', status: 'in', reason: '' },
    { kind: 'engineering-workstations', status: 'in', reason: '' },
    { kind: 'hmis', status: 'in', reason: '' },
    { kind: 'industrial-servers', status: 'in', reason: '' },
    {
      kind: 'communication-networks',
      status: 'out',
      reason: 'The leased-line and cellular WAN is operated by the telecom provider under its own certified ISMS; only the site routers are in scope.',
    },
    { kind: 'remote-access', status: 'in', reason: '' },
    {
      kind: 'safety-systems',
      status: 'out',
      reason: 'The chlorine leak shutdown is hard-wired (relay logic, no programmable SIS); it is covered by the process safety review, not the CSMS.',
    },
  ],
  stakeholders: [
    { id: rng.uuid(), name: 'Miriam Keller', role: 'Head of production', organisation: 'Riverside Water Authority', interviewedOn: '2026-11-16' },
    { id: rng.uuid(), name: 'Jürgen Weiß', role: 'OT / SCADA engineer', organisation: 'Riverside Water Authority', interviewedOn: '2026-11-17' },
    { id: rng.uuid(), name: 'Ольга Петрова', role: 'IT security officer', organisation: 'Riverside Water Authority', interviewedOn: '2026-11-17' },
    { id: rng.uuid(), name: 'Paweł Nowak', role: 'Service engineer', organisation: 'AquaControl Integrators Ltd', interviewedOn: '2026-11-18' },
  ],
});

export function demoAssessment(rng: Rng): Assessment {
  return {
    id: rng.uuid(),
    createdAt: demoTime(0, 8, 30),
    updatedAt: demoTime(4, 16, 45),
    name: DEMO_SITE,
    organisation: 'Riverside Water Authority',
    location: 'Riverside, North District',
    sector: 'water',
    assessors: DEMO_ASSESSORS,
    startDate: '2026-11-16',
    endDate: '2026-11-20',
    edition: '2-1:2024',
    scope: scope(rng),
    risk: defaultRiskSettings(),
  };
}

/** Zone definitions with the subnet their assets are numbered in. */
export interface DemoZoneSpec {
  key: 'enterprise' | 'dmz' | 'scada' | 'filtration' | 'dosing' | 'remote';
  subnet: string;
  zone: Omit<Zone, 'id' | 'assessmentId' | 'createdAt' | 'updatedAt'>;
}

export const ZONE_SPECS: readonly DemoZoneSpec[] = [
  {
    key: 'enterprise',
    subnet: '10.10.20',
    zone: {
      name: 'Enterprise',
      description: 'Corporate offices network: business workstations, file and mail servers, the reporting clients that read the historian replica.',
      purdueLevels: [4, 5],
      safety: false,
      owner: 'IT department',
      slTarget: 1,
      slAchieved: 1,
    },
  },
  {
    key: 'dmz',
    subnet: '172.16.35',
    zone: {
      name: 'Operations DMZ',
      description: 'Industrial DMZ between IT and OT: historian replica, patch server, antivirus relay, jump host for remote access.',
      purdueLevels: [3.5],
      safety: false,
      owner: 'OT engineering',
      slTarget: 3,
      slAchieved: 2,
      slTargetPerFr: { FR5: 3 },
      slAchievedPerFr: { FR1: 2, FR5: 2 },
    },
  },
  {
    key: 'scada',
    subnet: '192.168.10',
    zone: {
      name: 'SCADA',
      description: 'Control room: AVEVA System Platform servers, historian, operator stations, engineering workstations.',
      purdueLevels: [2, 3],
      safety: false,
      owner: 'OT engineering',
      slTarget: 2,
      slAchieved: 2,
      slAchievedPerFr: { FR1: 1, FR6: 1 },
    },
  },
  {
    key: 'filtration',
    subnet: '192.168.20',
    zone: {
      name: 'Filtration control',
      description: 'Rapid gravity filters, backwash and ozone: Siemens S7-1500 PLCs, local HMI panels, drives and field I/O.',
      purdueLevels: [1, 2],
      safety: false,
      owner: 'Production (treatment)',
      slTarget: 2,
      slAchieved: 1,
    },
  },
  {
    key: 'dosing',
    subnet: '192.168.30',
    zone: {
      name: 'Chemical dosing',
      description: 'Chlorine, coagulant and pH correction dosing with its leak detection; failure can harm operators and the public.',
      purdueLevels: [1, 2],
      safety: true,
      owner: 'Production (treatment)',
      slTarget: 3,
      slAchieved: 1,
      slTargetPerFr: { FR3: 3, FR7: 3 },
    },
  },
  {
    key: 'remote',
    subnet: '10.60.1',
    zone: {
      name: 'Remote sites',
      description: 'Reservoirs and booster pumping stations linked by cellular routers: RTUs, small PLCs and kiosk panels.',
      purdueLevels: [1, 2],
      safety: false,
      owner: 'Network operations',
      slTarget: 2,
      slAchieved: 1,
    },
  },
];

export type ZoneKey = DemoZoneSpec['key'];

export function demoZones(rng: Rng, assessmentId: string): Record<ZoneKey, Zone> {
  return Object.fromEntries(
    ZONE_SPECS.map((spec, i) => [spec.key, { ...stamp(rng, assessmentId, demoTime(1, 9, i * 5)), ...spec.zone }]),
  ) as Record<ZoneKey, Zone>;
}

const CONDUITS: readonly (Omit<Conduit, 'id' | 'assessmentId' | 'createdAt' | 'updatedAt' | 'fromZoneId' | 'toZoneId'> & {
  from: ZoneKey;
  to: ZoneKey;
})[] = [
  {
    name: 'Enterprise ↔ DMZ',
    from: 'enterprise',
    to: 'dmz',
    protocols: ['HTTPS', 'RDP', 'SMB'],
    direction: 'two-way',
    accessPoints: 'FortiGate 200F (IT/OT firewall), port pair 1/2',
    securityMeasures: 'Allow-list rules, application control; RDP only to the jump host with MFA.',
  },
  {
    name: 'DMZ ↔ SCADA',
    from: 'dmz',
    to: 'scada',
    protocols: ['OPC UA', 'HTTPS', 'WSUS'],
    direction: 'two-way',
    accessPoints: 'FortiGate 100F (OT firewall)',
    securityMeasures: 'Historian replication and patch distribution only; no direct IT to SCADA traffic.',
  },
  {
    name: 'SCADA → Enterprise historian feed',
    from: 'scada',
    to: 'enterprise',
    protocols: ['OPC UA'],
    direction: 'one-way',
    accessPoints: 'Hirschmann data diode',
    securityMeasures: 'Hardware one-way transfer of KPI data for reporting.',
  },
  {
    name: 'SCADA ↔ Filtration control',
    from: 'scada',
    to: 'filtration',
    protocols: ['S7comm', 'PROFINET', 'OPC UA'],
    direction: 'two-way',
    accessPoints: 'Hirschmann core switch, VLAN 20',
    securityMeasures: 'VLAN separation and ACLs on the core switch; no firewall.',
  },
  {
    name: 'SCADA ↔ Chemical dosing',
    from: 'scada',
    to: 'dosing',
    protocols: ['EtherNet/IP', 'CIP'],
    direction: 'two-way',
    accessPoints: 'Moxa EDR-810 industrial firewall',
    securityMeasures: 'Firewall with CIP allow-list; write access only from the two SCADA servers.',
  },
  {
    name: 'SCADA ↔ Remote sites telemetry',
    from: 'scada',
    to: 'remote',
    protocols: ['DNP3', 'Modbus/TCP', 'IPsec'],
    direction: 'two-way',
    accessPoints: 'Telemetry front end and cellular VPN concentrator',
    securityMeasures: 'IPsec tunnels per site; DNP3 without Secure Authentication.',
  },
  {
    name: 'Filtration ↔ Chemical dosing interlocks',
    from: 'filtration',
    to: 'dosing',
    protocols: ['PROFINET'],
    direction: 'two-way',
    accessPoints: 'Direct fibre between the filter and dosing PLC cabinets',
    securityMeasures: 'None beyond physical cabinet locks.',
  },
];

export type ConduitKey = 'it-dmz' | 'dmz-scada' | 'diode' | 'scada-filt' | 'scada-dosing' | 'telemetry' | 'interlocks';
const CONDUIT_KEYS: readonly ConduitKey[] = ['it-dmz', 'dmz-scada', 'diode', 'scada-filt', 'scada-dosing', 'telemetry', 'interlocks'];

export function demoConduits(rng: Rng, assessmentId: string, zones: Record<ZoneKey, Zone>): Record<ConduitKey, Conduit> {
  return Object.fromEntries(
    CONDUITS.map(({ from, to, ...rest }, i) => [
      CONDUIT_KEYS[i],
      { ...stamp(rng, assessmentId, demoTime(1, 10, i * 5)), ...rest, fromZoneId: zones[from].id, toZoneId: zones[to].id },
    ]),
  ) as Record<ConduitKey, Conduit>;
}
