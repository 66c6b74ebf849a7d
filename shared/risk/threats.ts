import { z } from 'zod';
import { ASSET_TYPES } from '../assets/taxonomy';
import type { Threat } from './types';

const text = (max: number) => z.string().trim().max(max);
const items = z.array(text(2000).min(1)).max(100);

export const threatSchema = z.object({
  id: text(100).min(1, 'Threat id is required'),
  title: text(300).min(1, 'Threat title is required'),
  description: text(20000),
  typicalVulnerabilities: items,
  /** Keys of shared/assets/taxonomy.ts; kept as strings so the type matches `Threat`. */
  assetTypes: z.array(z.string().refine((key) => Object.hasOwn(ASSET_TYPES, key), 'Unknown asset type')).max(100),
  countermeasures: items,
});

/** The shipped threat catalogue: the OT threats an assessor meets most, written as starting points for scenarios. */
export const THREAT_CATALOGUE: Threat[] = [
  {
    id: 'T-01',
    title: 'Remote access compromise',
    description:
      'An attacker uses a VPN, remote desktop, vendor support tool or cellular modem to reach control systems from outside the site, typically with stolen or shared credentials or through an unpatched gateway.',
    typicalVulnerabilities: [
      'Shared or never-changed remote access accounts',
      'No multi-factor authentication on the remote access path',
      'Remote sessions land directly on control-network hosts instead of a jump host',
      'Permanently enabled modems or remote tools nobody monitors',
    ],
    assetTypes: ['vpn-server', 'jump-host', 'ews', 'hmi', 'control-server'],
    countermeasures: [
      'Terminate all remote access in the industrial DMZ on a hardened jump host',
      'Individual accounts with multi-factor authentication',
      'Enable vendor sessions on request only, time-limited and recorded',
      'Review remote access accounts and logs regularly',
    ],
  },
  {
    id: 'T-02',
    title: 'Ransomware crossing from IT into OT',
    description:
      'Ransomware or other malware that spreads on the business network reaches control-system Windows hosts through shared domains, file shares or permissive firewall rules, stopping operator visibility or production.',
    typicalVulnerabilities: [
      'Flat network or broad "any-any" rules between enterprise and control networks',
      'OT hosts joined to the enterprise Active Directory domain',
      'Shared file servers or historians reachable from both sides',
      'No tested offline backups of control-system hosts',
    ],
    assetTypes: ['hmi', 'ews', 'control-server', 'historian', 'application-server', 'it-server', 'it-workstation'],
    countermeasures: [
      'Segment IT and OT through an industrial DMZ with deny-by-default rules',
      'Separate OT identity domain and credentials',
      'Offline, tested backups of OT servers and workstations',
      'Plan for isolating OT from IT during an IT incident',
    ],
  },
  {
    id: 'T-03',
    title: 'Infected removable media or transient laptop',
    description:
      'Malware enters the control network on a USB stick, a contractor laptop or a commissioning tool that is plugged in to transfer files, update a controller or troubleshoot.',
    typicalVulnerabilities: [
      'USB ports open and autorun not disabled on OT hosts',
      'Contractor laptops connected without a check',
      'No scanning station for media entering the site',
    ],
    assetTypes: ['ews', 'hmi', 'control-server', 'plc', 'dcs-controller'],
    countermeasures: [
      'Removable media policy with a scanning kiosk before use',
      'Device control or port locks on OT hosts',
      'Site-owned, hardened laptops for maintenance work',
    ],
  },
  {
    id: 'T-04',
    title: 'Insider misuse of access',
    description:
      'A current or former employee or contractor uses legitimate access to change setpoints, logic or configuration deliberately or carelessly, or shares credentials that others then misuse.',
    typicalVulnerabilities: [
      'Shared operator and engineer accounts',
      'Accounts of leavers not removed',
      'Everyone has engineering rights on HMIs and controllers',
      'No logging of who changed what',
    ],
    assetTypes: ['hmi', 'ews', 'plc', 'dcs-controller', 'control-server', 'safety-controller'],
    countermeasures: [
      'Individual accounts with role-based, least-privilege rights',
      'Joiner, mover and leaver process covering OT accounts',
      'Audit logs of logic and setpoint changes, reviewed',
      'Key switches or run mode protecting controllers',
    ],
  },
  {
    id: 'T-05',
    title: 'Exploitation of an unpatched or end-of-life device',
    description:
      'A known vulnerability in an outdated operating system, firmware or application is exploited; end-of-support devices will never get a fix, so the exposure stays until they are replaced or shielded.',
    typicalVulnerabilities: [
      'Unsupported operating systems (e.g. old Windows versions) on HMIs and servers',
      'Controller firmware years behind vendor releases',
      'No process for tracking vendor advisories',
      'Patches never tested, so never installed',
    ],
    assetTypes: ['hmi', 'ews', 'control-server', 'historian', 'plc', 'rtu', 'ied', 'firewall', 'switch', 'router'],
    countermeasures: [
      'Track vendor advisories against the asset inventory',
      'Test and install patches in planned maintenance windows',
      'Shield devices that cannot be patched: tight zone boundary, allow-listing, monitoring',
      'Budget and plan replacement of end-of-life equipment',
    ],
  },
  {
    id: 'T-06',
    title: 'Abuse of insecure industrial protocols',
    description:
      'Anyone who can reach the network can read or write controller data, stop a CPU or download logic, because protocols such as Modbus/TCP, S7, DNP3 or EtherNet/IP often carry no authentication.',
    typicalVulnerabilities: [
      'Controllers reachable from supervisory or business networks',
      'Protocol features (program download, stop/start) left enabled',
      'No monitoring of industrial protocol traffic',
    ],
    assetTypes: ['plc', 'pac', 'rtu', 'ied', 'dcs-controller', 'field-io', 'drive', 'data-gateway'],
    countermeasures: [
      'Restrict which hosts may talk to controllers (zone firewalls, allow-lists)',
      'Use the protocol security or controller protection features the vendor offers',
      'Industrial network monitoring that alerts on writes and program changes',
    ],
  },
  {
    id: 'T-07',
    title: 'Supply-chain or vendor access compromise',
    description:
      'A compromised integrator, service provider or software update brings an attacker or malicious code into the plant with the trust normally given to the vendor.',
    typicalVulnerabilities: [
      'Permanent vendor connections with broad access',
      'Updates and project files installed without integrity checks',
      'No security requirements in supplier contracts',
    ],
    assetTypes: ['vpn-server', 'ews', 'control-server', 'application-server', 'data-gateway'],
    countermeasures: [
      'Security clauses in supplier and service contracts (e.g. IEC 62443-2-4)',
      'Verify signatures or hashes of software and firmware before installing',
      'Supervised, time-limited vendor access through the site jump host',
    ],
  },
  {
    id: 'T-08',
    title: 'Misconfiguration or unauthorised change',
    description:
      'A firewall rule, controller parameter or network setting is changed without review, opening a path or disturbing the process; often found only after an incident.',
    typicalVulnerabilities: [
      'No change management for OT configuration',
      'Default passwords and unused services left enabled',
      'No configuration baseline to compare against',
    ],
    assetTypes: ['firewall', 'switch', 'router', 'plc', 'dcs-controller', 'control-server', 'wireless-ap'],
    countermeasures: [
      'Change management with review and rollback plan',
      'Hardening baselines per device type and periodic comparison',
      'Regular firewall rule reviews',
    ],
  },
  {
    id: 'T-09',
    title: 'Loss of power, failed backup or failed recovery',
    description:
      'After an attack, hardware fault or power loss the plant cannot be restored in time because backups are missing, outdated or never tested, or spare equipment and licences are unavailable.',
    typicalVulnerabilities: [
      'Controller programs and server images not backed up or backed up online only',
      'Restores never rehearsed',
      'No uninterruptible power for critical control equipment',
    ],
    assetTypes: ['control-server', 'historian', 'hmi', 'ews', 'plc', 'dcs-controller', 'safety-controller'],
    countermeasures: [
      'Regular, offline and tested backups of logic, configurations and images',
      'Documented and exercised recovery procedures with target times',
      'UPS and redundancy for critical control equipment',
    ],
  },
  {
    id: 'T-10',
    title: 'Phishing of engineering and operations staff',
    description:
      'Engineers or operators are tricked by email or messaging into revealing credentials or running malware, giving an attacker a foothold with the access rights of people who work on the control system.',
    typicalVulnerabilities: [
      'Email and web browsing on engineering workstations',
      'Same password for business and OT accounts',
      'Little awareness training specific to OT',
    ],
    assetTypes: ['ews', 'it-workstation', 'hmi', 'jump-host'],
    countermeasures: [
      'No email or internet browsing on OT hosts',
      'Separate OT credentials with multi-factor authentication',
      'Awareness training covering OT-specific lures and reporting',
    ],
  },
  {
    id: 'T-11',
    title: 'Wireless intrusion',
    description:
      'An attacker within radio range joins a poorly protected Wi-Fi, wireless sensor network or cellular link and reaches the control network without crossing any physical boundary.',
    typicalVulnerabilities: [
      'Weak or shared pre-shared keys on industrial Wi-Fi',
      'Wireless bridging directly into the control network',
      'Forgotten access points or cellular routers',
    ],
    assetTypes: ['wireless-ap', 'router', 'field-device', 'camera-iot', 'rtu'],
    countermeasures: [
      'Put wireless in its own zone behind a firewall',
      'Strong authentication (e.g. WPA3-Enterprise or certificates)',
      'Periodic surveys for rogue access points and modems',
    ],
  },
  {
    id: 'T-12',
    title: 'Physical access to control equipment',
    description:
      'Someone enters a control room, substation or field cabinet and connects to a switch port, changes a controller in place or removes equipment.',
    typicalVulnerabilities: [
      'Unlocked cabinets and open network ports',
      'Unattended remote sites without access control',
      'Controllers left in program mode',
    ],
    assetTypes: ['plc', 'rtu', 'ied', 'switch', 'field-io', 'safety-controller', 'hmi'],
    countermeasures: [
      'Locked cabinets and rooms with access logging',
      'Disable unused switch ports; port security',
      'Controller key switch in run mode; tamper alarms at remote sites',
    ],
  },
];

/** A catalogue threat or one of the assessor's own. */
export function threatById(id: string, own: readonly Threat[]): Threat | undefined {
  return THREAT_CATALOGUE.find((t) => t.id === id) ?? own.find((t) => t.id === id);
}
