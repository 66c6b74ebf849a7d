/**
 * Asset types: MITRE ATT&CK for ICS asset list plus common IT and network kinds (domain reference §3).
 * Keys are stable data (stored, exported, part of the CLI contract); labels are for people.
 */
export const ASSET_TYPES = {
  plc: 'PLC',
  pac: 'PAC',
  rtu: 'RTU',
  ied: 'IED / protection relay',
  'safety-controller': 'Safety controller (SIS/ESD)',
  'dcs-controller': 'DCS controller',
  'field-io': 'Field I/O',
  drive: 'Drive / VFD',
  'field-device': 'Field device (sensor, actuator)',
  hmi: 'HMI',
  ews: 'Engineering workstation',
  'control-server': 'Control server (SCADA/DCS)',
  historian: 'Data historian',
  'application-server': 'Application server',
  'data-gateway': 'Data gateway / protocol converter',
  'jump-host': 'Jump host',
  'vpn-server': 'VPN / remote access gateway',
  firewall: 'Firewall',
  router: 'Router',
  switch: 'Switch',
  'wireless-ap': 'Wireless access point',
  'it-server': 'IT server',
  'it-workstation': 'IT workstation',
  printer: 'Printer',
  'camera-iot': 'Camera / IoT device',
  other: 'Other',
} as const;
export type AssetType = keyof typeof ASSET_TYPES;
export const ASSET_TYPE_KEYS = Object.keys(ASSET_TYPES) as AssetType[];

/** Purdue levels as text so 3.5 (industrial DMZ) fits; placement varies by site, so it stays editable. */
export const PURDUE_LEVELS = ['0', '1', '2', '3', '3.5', '4', '5'] as const;
export type PurdueLevel = (typeof PURDUE_LEVELS)[number];
export const PURDUE_LABELS: Record<PurdueLevel, string> = {
  '0': '0 · Process',
  '1': '1 · Basic control',
  '2': '2 · Supervisory',
  '3': '3 · Site operations',
  '3.5': '3.5 · Industrial DMZ',
  '4': '4 · Enterprise',
  '5': '5 · External / cloud',
};

/** The default criticality scale; a site may relabel it later (per-assessment settings). */
export const CRITICALITIES = ['low', 'medium', 'high', 'critical'] as const;
export type Criticality = (typeof CRITICALITIES)[number];
export const CRITICALITY_LABELS: Record<Criticality, string> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };

export const LIFECYCLES = ['in-service', 'spare', 'end-of-support', 'end-of-life', 'decommissioned', 'planned'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];
export const LIFECYCLE_LABELS: Record<Lifecycle, string> = {
  'in-service': 'In service',
  spare: 'Spare',
  'end-of-support': 'End of support',
  'end-of-life': 'End of life',
  decommissioned: 'Decommissioned',
  planned: 'Planned',
};
