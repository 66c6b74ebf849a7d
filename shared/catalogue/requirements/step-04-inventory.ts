import type { Requirement } from '../types';

export const INVENTORY_REQUIREMENTS: Requirement[] = [
  {
    id: 'INV-01',
    step: 4,
    title: 'Maintained IACS asset inventory',
    ed1: ['4.2.3.4'],
    ed2: ['SPE 2 / CM'],
    question: 'Is there an inventory of the control system assets in scope, with a named owner and a process that keeps it current?',
    guidance:
      'Ask for the inventory (spreadsheet, CMDB, asset management tool) and who maintains it. Check the attributes recorded: type, manufacturer, model, firmware or software version, location, zone, IP and MAC addresses, protocols, owner, criticality. Ask how a replaced PLC or a new switch gets into the inventory, and look at the date of the last update.',
    levels: {
      1: 'No inventory, or partial lists that are not maintained.',
      2: 'An inventory of the main systems exists with an owner and an update procedure.',
      3: 'The inventory covers all zones, is updated through change management and reconciled with the field periodically.',
      4: 'Inventory accuracy is measured at each reconciliation and the update process is improved to reduce discrepancies.',
    },
  },
  {
    id: 'INV-02',
    step: 4,
    title: 'Controllers and field devices',
    ed1: ['4.2.3.4'],
    ed2: ['SPE 2 / CM'],
    question: 'Are PLCs, RTUs, safety controllers, protection relays, drives and other intelligent field devices listed with their firmware versions?',
    guidance:
      'Pick three controllers in an equipment room and check that they appear in the inventory with correct model and firmware version (compare with the label or the engineering tool’s online view). Check that communication modules, remote I/O and network-connected drives or analysers are included, not just the CPUs.',
  },
  {
    id: 'INV-03',
    step: 4,
    title: 'SCADA and DCS servers, HMIs and historians',
    ed1: ['4.2.3.4'],
    ed2: ['SPE 2 / CM'],
    question: 'Are supervisory systems, such as SCADA and DCS servers, operator stations, HMIs and historians, recorded with their operating system and application versions?',
    guidance:
      'Compare the inventory with the operator consoles in the control room and the server racks. Check that operating system versions and support status are recorded (e.g. Windows 7 or Server 2008 still in use) and that virtual machines are listed along with their hosts.',
  },
  {
    id: 'INV-04',
    step: 4,
    title: 'Software and applications',
    ed1: ['4.2.3.4', '4.3.4.3'],
    ed2: ['SPE 2 / CM', 'SPE 4 / COMP'],
    question: 'Is the installed software on control system hosts known, including versions, licences and vendor support status?',
    guidance:
      'Ask for the software list of an HMI or engineering workstation and compare it with what is installed (Programs and Features, or a vendor system information report). Look for unexpected tools such as remote-control software, browsers, office packages or games. Check that end-of-support dates are recorded.',
  },
  {
    id: 'INV-05',
    step: 4,
    title: 'Network devices and data flows',
    ed1: ['4.2.3.4', '4.3.3.4'],
    ed2: ['SPE 2 / CM', 'SPE 3 / NET'],
    question: 'Are network devices and the main communication flows between systems documented?',
    guidance:
      'Ask for the list of switches, routers, firewalls, wireless access points, serial-to-Ethernet gateways and media converters, plus a data-flow diagram showing which systems talk to which, with protocols (e.g. Modbus/TCP, OPC, S7, EtherNet/IP). Check the drawing against a rack: unmanaged switches and unrecorded cross-connections are typical findings.',
  },
  {
    id: 'INV-06',
    step: 4,
    title: 'Engineering workstations and maintenance laptops',
    ed1: ['4.2.3.4'],
    ed2: ['SPE 2 / CM'],
    question: 'Are all engineering workstations and portable programming laptops, including those owned by contractors, known and recorded?',
    guidance:
      'Ask how many devices can program controllers and where they are. Include laptops kept in the maintenance workshop, vendor laptops used on site and programming devices for drives or safety relays. Check that each has an owner, a recorded software set and a place in the inventory.',
  },
  {
    id: 'INV-07',
    step: 4,
    title: 'Remote-access systems',
    ed1: ['4.2.3.4', '4.3.3.4'],
    ed2: ['SPE 2 / CM', 'SPE 3 / NET'],
    question: 'Are all remote-access systems and paths into the control network recorded, including VPNs, jump hosts, vendor gateways and remote-desktop tools?',
    guidance:
      'Ask for the list of remote-access paths and compare it with firewall rules and what is installed on hosts (e.g. TeamViewer, AnyDesk, vendor support boxes, cellular routers in PLC cabinets). Each path should have an owner, the parties allowed to use it and the systems it reaches.',
    levels: {
      1: 'Remote-access paths are not listed; staff are unsure what vendors can reach.',
      2: 'Known remote-access paths are listed with owners for the main systems.',
      3: 'All paths across sites are listed, reconciled with firewall rules and host software, and unapproved paths are removed.',
      4: 'Periodic discovery (traffic analysis, host scans, site surveys) confirms the list and finds fewer unknown paths over time.',
    },
  },
  {
    id: 'INV-08',
    step: 4,
    title: 'Criticality classification',
    ed1: ['4.2.3'],
    ed2: ['SPE 2 / CM'],
    question: 'Is every inventoried asset classified by criticality using agreed criteria?',
    guidance:
      'Check the criticality field in the inventory and the criteria document behind it (e.g. impact on safety, production, environment; redundancy available). Sample a few assets and ask an operations engineer whether the rating matches their understanding. Check that criticality is used, for example to prioritise patching or backups.',
    levels: {
      1: 'No criticality rating, or ratings assigned without criteria.',
      2: 'Criteria exist and the main assets are rated.',
      3: 'All assets are rated with the agreed criteria, and the ratings drive priorities for patching, backup and monitoring.',
      4: 'Ratings are revisited after process changes and incidents, and the criteria are refined.',
    },
  },
  {
    id: 'INV-09',
    step: 4,
    title: 'Inventory verified in the field',
    ed1: ['4.2.3.4', '4.4.2'],
    ed2: ['SPE 2 / CM'],
    question: 'Is the inventory periodically checked against the installed equipment by walk-downs or passive network discovery?',
    guidance:
      'Ask for the record of the last verification: walk-down checklist, passive monitoring export, or vendor audit report, with the discrepancies found and corrected. Active scanning of control networks should only be done with explicit approval and vendor advice; ask how discovery is done safely.',
  },
  {
    id: 'INV-10',
    step: 4,
    title: 'Controlled system documentation',
    ed1: ['4.3.4.4'],
    ed2: ['SPE 2 / CM', 'SPE 5 / DATA'],
    question: 'Are network drawings, system architecture documents and configuration records kept under document control and current?',
    guidance:
      'Ask for the architecture drawing and network diagrams; check revision dates, approval, and whether they match what you saw in the field. Check where the master copies live, who may change them and how access to them is restricted, since they are valuable to an attacker.',
  },
];
