import type { Requirement } from '../types';

export const POLICY_REQUIREMENTS: Requirement[] = [
  {
    id: 'POL-01',
    step: 5,
    title: 'Procedure framework and document control',
    ed1: ['4.3.2.6', '4.3.4.4'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are OT security procedures derived from the policy, owned, versioned, approved and available to the people who must follow them?',
    guidance:
      'Ask for the document list: policy, standards, procedures, work instructions. Check that each has an owner, version, approval date and review date. Ask a technician where they find the procedure for, say, connecting a laptop to the control network, and check that the version they find is the current one.',
    levels: {
      1: 'Procedures are missing or exist as uncontrolled copies of unknown status.',
      2: 'The main procedures are written, approved and stored in one controlled location.',
      3: 'A complete procedure set covers all topics and sites, with consistent ownership, versioning and review dates.',
      4: 'Procedure reviews use feedback from audits, incidents and users, and the changes made are traceable.',
    },
  },
  {
    id: 'POL-02',
    step: 5,
    title: 'Access control procedure',
    ed1: ['4.3.2.6', '4.3.3.5', '4.3.3.7'],
    ed2: ['SPE 6 / USER'],
    question: 'Is there a written procedure for requesting, approving, changing and removing access to control systems?',
    guidance:
      'Ask for the procedure and check it covers operator, engineer, administrator, service and vendor accounts on HMIs, engineering workstations, servers, network devices and controllers where they support accounts. Check who approves access and how leavers are handled, including contractors.',
  },
  {
    id: 'POL-03',
    step: 5,
    title: 'Configuration and change management',
    ed1: ['4.3.4.3'],
    ed2: ['SPE 2 / CM'],
    question: 'Is there a change management procedure that covers control logic, setpoints, HMI graphics, firewall rules and system software?',
    guidance:
      'Ask for the procedure and trace two recent changes (e.g. a PLC logic change and a firewall rule) through request, risk review, approval, test, implementation and documentation. Check whether program versions are compared before and after (version control or compare tools), and how emergency changes are handled and reviewed afterwards.',
    levels: {
      1: 'Changes are made by engineers as needed, with little or no record.',
      2: 'A written change procedure exists and is used for major changes on the main systems.',
      3: 'All changes across sites go through the procedure, including logic and network changes, with records and post-change verification.',
      4: 'Change records are analysed (unauthorised changes, failed changes) and the procedure is improved accordingly.',
    },
  },
  {
    id: 'POL-04',
    step: 5,
    title: 'Secure maintenance',
    ed1: ['4.3.4.3', '4.3.3.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Do maintenance procedures cover the security of on-site and remote maintenance work by staff and vendors?',
    guidance:
      'Ask for the maintenance or permit-to-work procedure and look for security steps: checking and scanning vendor laptops before connection, supervised sessions, removal of temporary accounts and connections afterwards, restoring hardened settings. Ask the maintenance supervisor to describe the last vendor visit.',
  },
  {
    id: 'POL-05',
    step: 5,
    title: 'Patch and vulnerability management procedure',
    ed1: ['4.3.4.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Is there a written procedure for handling vulnerabilities and patches on control systems?',
    guidance:
      'Check that the procedure defines advisory sources, how applicability is assessed, vendor approval of patches, testing, deployment windows, roll-back, compensating measures when patching is not possible and how decisions are recorded. Check that it distinguishes OT from IT patching timelines.',
  },
  {
    id: 'POL-06',
    step: 5,
    title: 'Backup and recovery procedure',
    ed1: ['4.3.4.3', '4.3.2.5'],
    ed2: ['SPE 8 / AVAIL'],
    question: 'Is there a written procedure for backing up and restoring control system configurations, software and data?',
    guidance:
      'Ask for the procedure and check it lists what is backed up (PLC programs, HMI and SCADA projects, DCS databases, firewall and switch configurations, historian data, virtual machine images), how often, where copies are kept (including an offline copy), and how restores are tested.',
    levels: {
      1: 'Backups depend on individual engineers; there is no written procedure.',
      2: 'A procedure defines backup scope, frequency and storage for the main systems.',
      3: 'The procedure covers all systems in scope with offline copies and regular restore tests on record.',
      4: 'Restore test results (time to recover, failures) are tracked and used to improve the backup approach.',
    },
  },
  {
    id: 'POL-07',
    step: 5,
    title: 'Incident response procedure',
    ed1: ['4.3.4.5', '4.3.2.6'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Is there a written procedure telling staff what to do when they suspect a security incident on a control system?',
    guidance:
      'Check for a short, usable procedure in the control room: who to call, what to note, what not to do (e.g. do not reboot or wipe the machine unless safety requires it), when operations may isolate a network. Ask an operator where the procedure is and what they would do if an HMI behaved unexpectedly.',
  },
  {
    id: 'POL-08',
    step: 5,
    title: 'Information classification and handling',
    ed1: ['4.3.4.4'],
    ed2: ['SPE 5 / DATA'],
    question: 'Are sensitive OT documents and data, such as network drawings, IP plans, control logic, recipes and passwords, classified and handled accordingly?',
    guidance:
      'Ask for the classification scheme and handling rules. Check where project files and drawings are stored, whether they are shared with vendors by e-mail or cloud links, whether password lists are kept in plain text in the control room, and how documents are disposed of. Check that data leaving site (e.g. historian data to the cloud) is covered.',
    levels: {
      1: 'OT information is not classified; sensitive documents are freely shared and stored.',
      2: 'A classification scheme exists and is applied to key documents such as drawings and credentials.',
      3: 'Classification and handling rules are applied consistently, including exchanges with vendors, with evidence of compliance.',
      4: 'Handling is checked (e.g. audits of shares, leakage incidents) and rules are improved accordingly.',
    },
  },
  {
    id: 'POL-09',
    step: 5,
    title: 'Physical and environmental security',
    ed1: ['4.3.3.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are control rooms, equipment rooms, cabinets and field junction boxes protected against unauthorised physical access and environmental hazards?',
    guidance:
      'Walk down the control room, server and equipment rooms and a few field cabinets. Check locks and key control, badge readers and access logs, visitor escort, cameras where justified, and environmental protection (UPS, cooling, fire suppression). Note unlocked cabinets with exposed switch ports or PLC programming ports.',
  },
  {
    id: 'POL-10',
    step: 5,
    title: 'Personnel security',
    ed1: ['4.3.3.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are staff and contractors with access to control systems screened, bound by security obligations and handled properly when they leave or change role?',
    guidance:
      'Ask HR and the OT lead how screening is done for roles with privileged access to control systems, including contractors and vendor staff. Check that confidentiality and security obligations are in contracts, and that the leavers process triggers removal of accounts, badges, keys and VPN tokens.',
  },
];
