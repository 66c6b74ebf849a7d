import type { Requirement } from '../types';

export const ACCESS_REQUIREMENTS: Requirement[] = [
  {
    id: 'ACC-01',
    step: 6,
    title: 'Unique user identification',
    ed1: ['4.3.3.5', '4.3.3.6'],
    ed2: ['SPE 6 / USER'],
    question: 'Does each person log on to control systems with their own account, with shared accounts limited to justified cases that have compensating controls?',
    guidance:
      'Look at the logon screen of HMIs, engineering workstations and servers, and at the user lists. Shared operator accounts on HMIs are common where consoles must stay logged on; in that case check compensating controls (physical access to the control room, shift log, individual logon for engineering functions). Check network devices and controllers for individual or shared admin accounts.',
    levels: {
      1: 'Shared and generic accounts are the norm, including for engineering and administration.',
      2: 'Engineers and administrators use personal accounts on the main systems; shared operator accounts are documented.',
      3: 'Personal accounts are used on all systems that support them; each shared account has a documented justification and compensating controls.',
      4: 'Use of shared and generic accounts is monitored and steadily reduced, for example when systems are upgraded.',
    },
  },
  {
    id: 'ACC-02',
    step: 6,
    title: 'Authentication strength and default credentials',
    ed1: ['4.3.3.6'],
    ed2: ['SPE 6 / USER'],
    question: 'Are authentication methods appropriate to the risk, with default passwords changed and stronger authentication for remote and privileged access?',
    guidance:
      'Ask for the password standard and check a sample: have vendor default passwords on switches, PLCs, HMIs and historians been changed? Are PLC or CPU protection passwords set where supported? Is multi-factor authentication used for remote access and domain administration? Check where passwords are kept (a notebook in the control room is a finding).',
    levels: {
      1: 'Default or trivial passwords remain on control equipment; no multi-factor authentication.',
      2: 'A password standard exists, defaults are changed on the main systems and remote access uses multi-factor authentication.',
      3: 'The standard is applied to all systems, including network devices and controllers, and credentials are stored in a managed vault.',
      4: 'Authentication weaknesses are checked periodically (default-credential checks, audit of vault use) and closed.',
    },
  },
  {
    id: 'ACC-03',
    step: 6,
    title: 'Role-based access',
    ed1: ['4.3.3.7'],
    ed2: ['SPE 6 / USER'],
    question: 'Are access rights assigned through defined roles, such as operator, shift lead, engineer, administrator and vendor?',
    guidance:
      'Ask for the role definitions and the rights of each role in the SCADA/DCS, on engineering tools and on Windows hosts. Check that operators cannot change control logic, that engineers’ write access to controllers is limited to their area, and that the roles configured in the system match the documented ones.',
    levels: {
      1: 'Rights are assigned per person as requested; no role model.',
      2: 'Roles are defined and configured on the main control systems.',
      3: 'The role model is applied on all systems in scope and access requests refer to roles.',
      4: 'Role definitions are reviewed for excessive rights and refined based on reviews and incidents.',
    },
  },
  {
    id: 'ACC-04',
    step: 6,
    title: 'Least privilege',
    ed1: ['4.3.3.7'],
    ed2: ['SPE 6 / USER'],
    question: 'Do users, services and applications have only the rights they need for their tasks?',
    guidance:
      'Check whether operators or engineers work with local administrator rights on HMIs and engineering workstations, whether service accounts run as domain administrators, and whether controllers are left in a mode that accepts program changes (e.g. the key switch in REMOTE/PROG instead of RUN). Ask how elevated rights are obtained when needed.',
  },
  {
    id: 'ACC-05',
    step: 6,
    title: 'Account life cycle',
    ed1: ['4.3.3.5'],
    ed2: ['SPE 6 / USER'],
    question: 'Are accounts created, changed and removed promptly and on approval when people join, move or leave, including contractors?',
    guidance:
      'Take the list of people who left or changed role in the last six months (from HR and contractor management) and check whether their control system, VPN and domain accounts were disabled in time. Look for accounts of long-gone integrator staff on engineering workstations and network devices.',
    levels: {
      1: 'Accounts are rarely removed; former staff and contractor accounts remain active.',
      2: 'A joiner-mover-leaver process exists and is applied to the main systems.',
      3: 'The process covers all systems and contractors, with records showing timely removal.',
      4: 'Account removal times are measured and the process is improved, for example by linking HR and contractor systems.',
    },
  },
  {
    id: 'ACC-06',
    step: 6,
    title: 'Periodic access review',
    ed1: ['4.3.3.5', '4.3.3.7'],
    ed2: ['SPE 6 / USER'],
    question: 'Are accounts and access rights on control systems reviewed periodically by the responsible managers?',
    guidance:
      'Ask for the last access review record: which systems, who reviewed, what was found and removed. Check that reviews include local accounts on HMIs and network devices, not only the domain, and that findings were acted upon.',
  },
  {
    id: 'ACC-07',
    step: 6,
    title: 'Privileged and service accounts',
    ed1: ['4.3.3.5', '4.3.3.6'],
    ed2: ['SPE 6 / USER'],
    question: 'Are privileged, service and vendor default accounts inventoried, protected and their use controlled?',
    guidance:
      'Ask for the list of administrator and service accounts in the OT domain and on standalone hosts. Check password change practice for service accounts (often never changed because it might break the historian or OPC links), whether built-in vendor accounts are disabled or renamed, and whether privileged use is logged.',
  },
  {
    id: 'ACC-08',
    step: 6,
    title: 'Secure remote access',
    ed1: ['4.3.3.6', '4.3.3.7', '4.3.3.4'],
    ed2: ['SPE 6 / USER', 'SPE 3 / NET'],
    question: 'Is remote access by staff and vendors approved per session, strongly authenticated, limited to the required systems and recorded?',
    guidance:
      'Ask a vendor support contact (or the OT lead) to walk through how a remote session starts: who approves it, how it is enabled (e.g. operator enables the account or switches on the connection), what the vendor can reach, whether multi-factor authentication is used, whether the session is recorded or supervised, and how it ends. Check logs of recent sessions against approvals.',
    levels: {
      1: 'Vendors have permanent, unsupervised remote access, often through their own tools.',
      2: 'Remote access goes through an approved solution with multi-factor authentication for the main systems.',
      3: 'All remote access uses the approved solution, is enabled per session on approval, restricted to specific systems and logged.',
      4: 'Remote sessions are reviewed against approvals, anomalies are followed up, and the solution is improved.',
    },
  },
  {
    id: 'ACC-09',
    step: 6,
    title: 'Physical access to control equipment',
    ed1: ['4.3.3.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is physical access to control rooms, equipment rooms and cabinets restricted to authorised people and recorded?',
    guidance:
      'Ask for the list of people with access to equipment rooms and compare it with those who need it. Check badge logs or key registers, how visitors and contractors are escorted, and whether exposed network and USB ports in accessible areas are protected (port locks, disabled ports).',
  },
  {
    id: 'ACC-10',
    step: 6,
    title: 'Emergency access',
    ed1: ['4.3.3.5', '4.3.3.6'],
    ed2: ['SPE 6 / USER'],
    question: 'Is there a controlled way to gain emergency access to control systems when normal authentication is unavailable?',
    guidance:
      'Ask what happens if the OT domain controller is down during an upset: how do operators and engineers log on? Look for sealed break-glass credentials, their storage, the procedure for use, and evidence that their use is logged and the credentials changed afterwards.',
  },
];
