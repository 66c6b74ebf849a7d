import type { Asset } from '../assets/asset';
import type { AssetType, Criticality, Lifecycle, PurdueLevel } from '../assets/taxonomy';
import { demoTime, stamp, type Rng } from './ids';
import { ZONE_SPECS, type ZoneKey } from './site';

/** One kind of device in a zone: how many, and what they look like. */
interface Model {
  prefix: string;
  count: number;
  assetType: AssetType;
  vendor: string;
  model: string;
  firmware: readonly string[];
  os?: string;
  protocols: readonly string[];
  ports: readonly number[];
  purdue: PurdueLevel;
  criticality: Criticality;
  /** Share of devices past their support date. */
  eos?: number;
  remote?: boolean;
  /** Devices without an IP address (serial or hard-wired field devices). */
  noIp?: boolean;
}

const FLEET: Record<ZoneKey, { owner: string; location: string; models: readonly Model[] }> = {
  enterprise: {
    owner: 'IT department',
    location: 'Admin building',
    models: [
      { prefix: 'ENT-WS', count: 26, assetType: 'it-workstation', vendor: 'Dell', model: 'OptiPlex 7010', firmware: ['BIOS 1.18.0', 'BIOS 1.21.1'], os: 'Windows 11 Enterprise 23H2', protocols: ['SMB', 'HTTPS'], ports: [445, 3389], purdue: '4', criticality: 'low' },
      { prefix: 'ENT-SRV', count: 6, assetType: 'it-server', vendor: 'Dell', model: 'PowerEdge R650', firmware: ['iDRAC 7.00.00'], os: 'Windows Server 2022', protocols: ['HTTPS', 'SMB', 'LDAP'], ports: [443, 445, 389], purdue: '4', criticality: 'medium' },
      { prefix: 'ENT-PRN', count: 4, assetType: 'printer', vendor: 'HP', model: 'LaserJet Enterprise M611', firmware: ['2505.2.1'], protocols: ['IPP'], ports: [631, 9100], purdue: '4', criticality: 'low' },
      { prefix: 'ENT-SW', count: 4, assetType: 'switch', vendor: 'Cisco', model: 'Catalyst 9200L', firmware: ['IOS-XE 17.9.4'], protocols: ['SNMP', 'SSH'], ports: [22, 161], purdue: '4', criticality: 'medium' },
      { prefix: 'ENT-AP', count: 4, assetType: 'wireless-ap', vendor: 'Cisco', model: 'Catalyst 9120AXI', firmware: ['17.9.4'], protocols: ['CAPWAP'], ports: [5246], purdue: '4', criticality: 'low' },
      { prefix: 'ENT-FW', count: 1, assetType: 'firewall', vendor: 'Fortinet', model: 'FortiGate 200F', firmware: ['FortiOS 7.2.8'], protocols: ['HTTPS', 'SSH'], ports: [443, 22], purdue: '4', criticality: 'high' },
    ],
  },
  dmz: {
    owner: 'OT engineering',
    location: 'Server room B',
    models: [
      { prefix: 'DMZ-FW', count: 2, assetType: 'firewall', vendor: 'Fortinet', model: 'FortiGate 100F', firmware: ['FortiOS 7.2.8'], protocols: ['HTTPS', 'SSH', 'IPsec'], ports: [443, 22, 500], purdue: '3.5', criticality: 'critical', remote: true },
      { prefix: 'DMZ-HIST', count: 1, assetType: 'historian', vendor: 'AVEVA', model: 'PI Server 2018 SP3 (replica)', firmware: ['2018 SP3 P4'], os: 'Windows Server 2019', protocols: ['HTTPS', 'PI-API'], ports: [443, 5450], purdue: '3.5', criticality: 'medium' },
      { prefix: 'DMZ-JMP', count: 2, assetType: 'jump-host', vendor: 'Dell', model: 'PowerEdge R450', firmware: ['iDRAC 6.10.30'], os: 'Windows Server 2022', protocols: ['RDP'], ports: [3389], purdue: '3.5', criticality: 'high', remote: true },
      { prefix: 'DMZ-WSUS', count: 1, assetType: 'application-server', vendor: 'Dell', model: 'PowerEdge R450', firmware: ['iDRAC 6.10.30'], os: 'Windows Server 2019', protocols: ['HTTPS'], ports: [8530, 8531], purdue: '3.5', criticality: 'medium' },
      { prefix: 'DMZ-AV', count: 1, assetType: 'application-server', vendor: 'Trend Micro', model: 'Apex One relay (VM)', firmware: ['14.0.12'], os: 'Windows Server 2019', protocols: ['HTTPS'], ports: [443], purdue: '3.5', criticality: 'medium' },
      { prefix: 'DMZ-SW', count: 3, assetType: 'switch', vendor: 'Hirschmann', model: 'RSP35', firmware: ['HiOS 09.0.04'], protocols: ['SNMP', 'SSH'], ports: [22, 161], purdue: '3.5', criticality: 'high' },
    ],
  },
  scada: {
    owner: 'OT engineering',
    location: 'Control room',
    models: [
      { prefix: 'SCADA-SRV', count: 4, assetType: 'control-server', vendor: 'AVEVA', model: 'System Platform 2023 R2', firmware: ['2023 R2 P01'], os: 'Windows Server 2019', protocols: ['OPC UA', 'ArchestrA'], ports: [4840, 135], purdue: '2', criticality: 'critical' },
      { prefix: 'SCADA-HIST', count: 2, assetType: 'historian', vendor: 'AVEVA', model: 'Historian 2023', firmware: ['2023 R2'], os: 'Windows Server 2019', protocols: ['OPC UA', 'SQL'], ports: [4840, 1433], purdue: '3', criticality: 'high' },
      { prefix: 'SCADA-OWS', count: 12, assetType: 'hmi', vendor: 'Dell', model: 'Precision 3660 operator station', firmware: ['BIOS 2.9.0'], os: 'Windows 10 IoT Enterprise LTSC 2019', protocols: ['ArchestrA'], ports: [135], purdue: '2', criticality: 'high' },
      { prefix: 'SCADA-EWS', count: 4, assetType: 'ews', vendor: 'Dell', model: 'Precision 7680', firmware: ['BIOS 1.12.0'], os: 'Windows 10 Enterprise LTSC 2021', protocols: ['S7comm', 'EtherNet/IP', 'RDP'], ports: [102, 44818, 3389], purdue: '2', criticality: 'high', remote: true },
      { prefix: 'SCADA-OLD', count: 2, assetType: 'hmi', vendor: 'Dell', model: 'OptiPlex 7040', firmware: ['BIOS 1.9.5'], os: 'Windows 7 Professional SP1', protocols: ['ArchestrA'], ports: [135], purdue: '2', criticality: 'medium', eos: 1 },
      { prefix: 'SCADA-SW', count: 6, assetType: 'switch', vendor: 'Hirschmann', model: 'GRS1042', firmware: ['HiOS 08.7.02', 'HiOS 09.0.04'], protocols: ['SNMP', 'SSH', 'PRP'], ports: [22, 161], purdue: '2', criticality: 'high' },
      { prefix: 'SCADA-NTP', count: 1, assetType: 'other', vendor: 'Meinberg', model: 'LANTIME M300', firmware: ['7.08.007'], protocols: ['NTP', 'PTP'], ports: [123], purdue: '3', criticality: 'medium' },
      { prefix: 'SCADA-PRN', count: 2, assetType: 'printer', vendor: 'HP', model: 'LaserJet Pro M404', firmware: ['002.2310A'], protocols: ['IPP'], ports: [631], purdue: '3', criticality: 'low' },
      { prefix: 'SCADA-CAM', count: 6, assetType: 'camera-iot', vendor: 'Axis', model: 'P3265-LVE', firmware: ['10.12.199', '11.8.64'], protocols: ['RTSP', 'HTTPS'], ports: [554, 443], purdue: '3', criticality: 'low' },
    ],
  },
  filtration: {
    owner: 'Production (treatment)',
    location: 'Filter gallery',
    models: [
      { prefix: 'FLT-PLC', count: 8, assetType: 'plc', vendor: 'Siemens', model: 'S7-1500 CPU 1516-3 PN/DP', firmware: ['V2.9.4', 'V3.0.3', 'V2.8.3'], protocols: ['S7comm', 'PROFINET'], ports: [102], purdue: '1', criticality: 'critical' },
      { prefix: 'FLT-IO', count: 24, assetType: 'field-io', vendor: 'Siemens', model: 'ET 200SP IM 155-6 PN HF', firmware: ['V4.2.1', 'V5.0.0'], protocols: ['PROFINET'], ports: [], purdue: '1', criticality: 'high' },
      { prefix: 'FLT-HMI', count: 8, assetType: 'hmi', vendor: 'Siemens', model: 'SIMATIC HMI TP1200 Comfort', firmware: ['V16 Update 4', 'V13 SP2'], os: 'Windows CE 6.0', protocols: ['S7comm', 'HTTP'], ports: [102, 80], purdue: '2', criticality: 'medium', eos: 0.25 },
      { prefix: 'FLT-VFD', count: 16, assetType: 'drive', vendor: 'Danfoss', model: 'VLT AQUA Drive FC 202', firmware: ['5.12', '5.21'], protocols: ['PROFINET'], ports: [], purdue: '1', criticality: 'high' },
      { prefix: 'FLT-FT', count: 24, assetType: 'field-device', vendor: 'Endress+Hauser', model: 'Promag W 400', firmware: ['01.02.00'], protocols: ['PROFINET'], ports: [], purdue: '0', criticality: 'medium' },
      { prefix: 'FLT-TURB', count: 8, assetType: 'field-device', vendor: 'Hach', model: 'TU5300 sc turbidimeter', firmware: ['1.3.2'], protocols: ['Modbus/TCP'], ports: [502], purdue: '0', criticality: 'high' },
      { prefix: 'FLT-SW', count: 6, assetType: 'switch', vendor: 'Hirschmann', model: 'RSP25', firmware: ['HiOS 08.7.02'], protocols: ['SNMP', 'MRP'], ports: [161], purdue: '1', criticality: 'high' },
      { prefix: 'FLT-OZ', count: 2, assetType: 'plc', vendor: 'Siemens', model: 'S7-300 CPU 315-2 PN/DP', firmware: ['V3.2.17'], protocols: ['S7comm', 'PROFINET'], ports: [102], purdue: '1', criticality: 'high', eos: 1 },
    ],
  },
  dosing: {
    owner: 'Production (treatment)',
    location: 'Chemical building',
    models: [
      { prefix: 'DOS-PLC', count: 4, assetType: 'plc', vendor: 'Rockwell Automation', model: 'ControlLogix 1756-L83E', firmware: ['v33.011', 'v32.013'], protocols: ['EtherNet/IP', 'CIP'], ports: [44818, 2222], purdue: '1', criticality: 'critical' },
      { prefix: 'DOS-SIL', count: 2, assetType: 'safety-controller', vendor: 'Rockwell Automation', model: 'GuardLogix 1756-L83ES', firmware: ['v33.011'], protocols: ['EtherNet/IP', 'CIP Safety'], ports: [44818], purdue: '1', criticality: 'critical' },
      { prefix: 'DOS-IO', count: 12, assetType: 'field-io', vendor: 'Rockwell Automation', model: 'FLEX 5000 5094-AENTR', firmware: ['v2.011'], protocols: ['EtherNet/IP'], ports: [44818], purdue: '1', criticality: 'high' },
      { prefix: 'DOS-HMI', count: 4, assetType: 'hmi', vendor: 'Rockwell Automation', model: 'PanelView Plus 7 2711P-T12W22D8S', firmware: ['12.00', '10.00'], os: 'Windows CE 6.0', protocols: ['EtherNet/IP'], ports: [44818], purdue: '2', criticality: 'high' },
      { prefix: 'DOS-PMP', count: 14, assetType: 'field-device', vendor: 'ProMinent', model: 'gamma/ X dosing pump', firmware: ['02.03.01'], protocols: ['EtherNet/IP'], ports: [44818], purdue: '0', criticality: 'high' },
      { prefix: 'DOS-CL2', count: 8, assetType: 'field-device', vendor: 'Endress+Hauser', model: 'Memosens CCS51E chlorine sensor', firmware: ['01.00.04'], protocols: ['4-20 mA'], ports: [], purdue: '0', criticality: 'critical', noIp: true },
      { prefix: 'DOS-FW', count: 1, assetType: 'firewall', vendor: 'Moxa', model: 'EDR-810-2GSFP', firmware: ['5.7', '5.3'], protocols: ['HTTPS', 'SNMP'], ports: [443, 161], purdue: '2', criticality: 'critical' },
      { prefix: 'DOS-SW', count: 4, assetType: 'switch', vendor: 'Moxa', model: 'EDS-518E', firmware: ['6.3', '5.2'], protocols: ['SNMP', 'Turbo Ring'], ports: [161], purdue: '1', criticality: 'high', eos: 0.25 },
    ],
  },
  remote: {
    owner: 'Network operations',
    location: 'Remote kiosks',
    models: [
      { prefix: 'RS-RTU', count: 14, assetType: 'rtu', vendor: 'Schneider Electric', model: 'SCADAPack 470', firmware: ['9.1.0', '8.16.2'], protocols: ['DNP3', 'Modbus/TCP'], ports: [20000, 502], purdue: '1', criticality: 'high' },
      { prefix: 'RS-PLC', count: 4, assetType: 'pac', vendor: 'Schneider Electric', model: 'Modicon M580 BMEP582040', firmware: ['SV4.10', 'SV3.20'], protocols: ['Modbus/TCP', 'EtherNet/IP'], ports: [502, 44818], purdue: '1', criticality: 'high' },
      { prefix: 'RS-RTR', count: 14, assetType: 'router', vendor: 'Moxa', model: 'OnCell G4302-LTE4', firmware: ['3.1', '2.4'], protocols: ['IPsec', 'HTTPS', 'SSH'], ports: [500, 4500, 443], purdue: '2', criticality: 'high', remote: true, eos: 0.15 },
      { prefix: 'RS-HMI', count: 6, assetType: 'hmi', vendor: 'Schneider Electric', model: 'Harmony GTU HMIGTU Open Box', firmware: ['V3.2'], protocols: ['Modbus/TCP'], ports: [502], purdue: '2', criticality: 'medium' },
      { prefix: 'RS-LVL', count: 14, assetType: 'field-device', vendor: 'VEGA', model: 'VEGAPULS 21 radar level', firmware: ['1.2.0'], protocols: ['HART'], ports: [], purdue: '0', criticality: 'medium', noIp: true },
      { prefix: 'RS-VFD', count: 4, assetType: 'drive', vendor: 'ABB', model: 'ACQ580 pump drive', firmware: ['2.15.0.1'], protocols: ['Modbus/TCP'], ports: [502], purdue: '1', criticality: 'medium' },
    ],
  },
};

const ZONE_NAMES = Object.fromEntries(ZONE_SPECS.map((s) => [s.key, s.zone.name])) as Record<ZoneKey, string>;
const SUBNETS = Object.fromEntries(ZONE_SPECS.map((s) => [s.key, s.subnet])) as Record<ZoneKey, string>;

/** Every asset of the plant, zone by zone, numbered per prefix (FLT-PLC-01, …) with addresses in the zone's subnet. */
export function demoAssets(rng: Rng, assessmentId: string): Asset[] {
  const assets: Asset[] = [];
  for (const key of Object.keys(FLEET) as ZoneKey[]) {
    const { owner, location, models } = FLEET[key];
    let host = 10;
    for (const m of models) {
      for (let n = 1; n <= m.count; n++) {
        const name = `${m.prefix}-${String(n).padStart(2, '0')}`;
        const hasIp = !m.noIp && host < 250;
        const ip = hasIp ? `${SUBNETS[key]}.${host++}` : '';
        const lifecycle: Lifecycle =
          m.eos && rng.chance(m.eos) ? 'end-of-support' : rng.chance(0.03) ? 'spare' : 'in-service';
        const remoteAccess = m.remote ? true : m.criticality === 'low' ? null : false;
        assets.push({
          ...stamp(rng, assessmentId, demoTime(2, 9 + (assets.length % 8), assets.length % 60)),
          name,
          assetType: m.assetType,
          vendor: m.vendor,
          model: m.model,
          firmware: rng.pick(m.firmware),
          os: m.os ?? '',
          serialNumber: `${m.vendor.slice(0, 2).toUpperCase()}${rng.hex(8).toUpperCase()}`,
          ipAddresses: ip ? [ip] : [],
          macAddresses: ip ? [`00:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}:${rng.hex(2)}`.toUpperCase()] : [],
          hostname: ip ? name.toLowerCase() : '',
          protocols: [...m.protocols],
          ports: [...m.ports],
          purdueLevel: m.purdue,
          zone: ZONE_NAMES[key],
          location: key === 'remote' ? `${location}, site ${String(((n - 1) % 14) + 1).padStart(2, '0')}` : location,
          criticality: m.criticality,
          owner,
          lifecycle,
          remoteAccess,
          notes: lifecycle === 'end-of-support' ? 'Vendor support ended; replacement not yet budgeted.' : '',
          source: null,
        });
      }
    }
  }
  return assets;
}
