import type { Requirement } from '../types';

export const INCIDENT_REQUIREMENTS: Requirement[] = [
  {
    id: 'INC-01',
    step: 9,
    title: 'OT incident response plan',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Is there an incident response plan for control systems that defines roles, decisions and scenario-specific actions?',
    guidance:
      'Ask for the plan and check that it covers OT-specific scenarios (ransomware on the business network threatening OT, a compromised engineering workstation, unexplained controller logic changes, loss of view on HMIs), who may decide to disconnect IT from OT or shut down a unit, and how operations, safety and IT coordinate.',
    levels: {
      1: 'No OT incident plan; the IT plan is assumed to cover control systems.',
      2: 'An OT incident plan with roles and contacts exists for the main site.',
      3: 'The plan covers all sites with scenario playbooks, is aligned with the IT and emergency plans, and is kept current.',
      4: 'The plan is improved from exercises and real incidents, with the changes tracked.',
    },
  },
  {
    id: 'INC-02',
    step: 9,
    title: 'Detection and reporting',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Can suspicious events on control systems be detected and reported quickly by staff and technical monitoring?',
    guidance:
      'Ask operators how they would report a suspicious event (e.g. mouse moving by itself, unexpected setpoint change, antivirus alert on an HMI) and whether the reporting channel is available around the clock. Check which technical sources raise alerts and who receives them out of hours.',
  },
  {
    id: 'INC-03',
    step: 9,
    title: 'Classification and escalation',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Are incidents classified by severity, including safety and production impact, with defined escalation paths?',
    guidance:
      'Ask for the severity criteria and escalation matrix: when does the shift lead call the OT security contact, plant management, corporate security, the vendor or authorities? Check that escalation contacts are current and available offline (printed list in the control room).',
    levels: {
      1: 'Escalation depends on who is on shift and whom they know.',
      2: 'Severity criteria and escalation contacts are defined for the main site.',
      3: 'Criteria and escalation paths are applied consistently across sites and used in recorded incidents and exercises.',
      4: 'Escalation times are measured in incidents and exercises and the paths are improved.',
    },
  },
  {
    id: 'INC-04',
    step: 9,
    title: 'Forensic readiness',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Can evidence be collected from control systems after an incident without endangering the process?',
    guidance:
      'Ask which logs are retained and for how long (firewalls, Windows event logs, remote-access sessions, controller diagnostics), whether clocks are synchronised, and who would collect disk images or memory from an HMI. Check whether a specialist OT incident response provider is contracted and how evidence is preserved while keeping the plant running.',
  },
  {
    id: 'INC-05',
    step: 9,
    title: 'Incident communication',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Is it defined who communicates what, and to whom, during and after an incident, including regulators, vendors and customers?',
    guidance:
      'Check for a communication plan with internal and external contacts: management, corporate communications, legal, control system vendors, national CERT, sector regulator (with reporting deadlines, e.g. under NIS2), insurers and affected customers. Ask how communication works if e-mail and phones on the corporate network are unavailable.',
  },
  {
    id: 'INC-06',
    step: 9,
    title: 'Configuration and system backups',
    ed1: ['4.3.4.3', '4.3.2.5'],
    ed2: ['SPE 8 / AVAIL'],
    question: 'Are current backups of all control system configurations and software kept, including an offline copy, and are restores tested?',
    guidance:
      'Pick three assets (a PLC, an HMI project, a firewall) and ask to see their latest backup and its date. Check that backups are stored offline or in a separate location not reachable by ransomware on the same network, that installation media and licence keys are available, and ask for the last restore test record.',
    levels: {
      1: 'Backups are incomplete or outdated; restores have never been tested.',
      2: 'The main systems are backed up regularly with at least one offline copy.',
      3: 'All systems in scope are backed up to a defined schedule, with offline copies and restore tests on record.',
      4: 'Backup completeness and restore times are measured against recovery objectives and improved.',
    },
  },
  {
    id: 'INC-07',
    step: 9,
    title: 'Restoration and recovery',
    ed1: ['4.3.4.5', '4.3.2.5'],
    ed2: ['SPE 8 / AVAIL'],
    question: 'Are there procedures, resources and recovery objectives for restoring control systems to a trusted state after an incident?',
    guidance:
      'Ask for recovery procedures per system, the recovery time the business expects, and what is needed: clean installation media, golden images, spare hardware (spare CPUs, HMI PCs), licence files, vendor support. Ask how the site ensures restored systems are not reinfected and how integrity of controller logic is verified before restart.',
    levels: {
      1: 'Recovery would be improvised; dependencies are unknown.',
      2: 'Recovery procedures and spares exist for the main systems.',
      3: 'All critical systems have tested recovery procedures, defined recovery objectives and available resources.',
      4: 'Recovery performance in tests and incidents is compared with objectives and gaps are closed.',
    },
  },
  {
    id: 'INC-08',
    step: 9,
    title: 'Business continuity for cyber scenarios',
    ed1: ['4.3.2.5'],
    ed2: ['SPE 8 / AVAIL'],
    question: 'Does the business continuity plan cover cyber incidents affecting control systems, including operating without them or without IT?',
    guidance:
      'Ask for the continuity plan and check for cyber scenarios: can the plant run or shut down safely with the business network disconnected, without the historian, or with HMIs lost (local panels, manual operation)? Check how long each mode can be sustained and whether operators have practised it.',
  },
  {
    id: 'INC-09',
    step: 9,
    title: 'Exercises',
    ed1: ['4.3.4.5', '4.3.2.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Are incident response and recovery exercised regularly with operations, engineering, IT and management?',
    guidance:
      'Ask for the exercise programme and the report of the last tabletop or technical exercise: scenario, participants, findings, actions. Check that findings were followed up. Restore drills on a test system count as evidence for recovery capability.',
    levels: {
      1: 'No exercises have been held.',
      2: 'Occasional tabletop exercises are held for the main site.',
      3: 'A programme of tabletop and technical exercises runs across sites, with reports and tracked actions.',
      4: 'Exercise scenarios and performance are tracked over time and used to improve plans and capabilities.',
    },
  },
];
