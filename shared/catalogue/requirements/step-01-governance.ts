import type { Requirement } from '../types';

export const GOVERNANCE_REQUIREMENTS: Requirement[] = [
  {
    id: 'GOV-01',
    step: 1,
    title: 'Written OT security policy',
    ed1: ['4.3.2.6'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is there a written, management-approved security policy that explicitly covers the industrial control systems?',
    guidance:
      'Ask for the policy document and its approval record (signature, date, version). Check that it names OT/IACS explicitly rather than only office IT, states objectives that make sense for a plant (safety, availability, integrity of control), and says how it relates to the corporate IT policy. Ask a shift supervisor and a control engineer whether they know it exists and what it requires of them.',
    levels: {
      1: 'No OT-specific policy; the corporate IT policy is assumed to apply, or a draft was never approved.',
      2: 'An approved OT security policy exists for the site and is available to staff.',
      3: 'The policy applies to every site in scope, is referenced by procedures and contracts, and staff can describe its main rules.',
      4: 'The policy is reviewed on a fixed cycle and after major changes or incidents, with documented changes resulting from the reviews.',
    },
  },
  {
    id: 'GOV-02',
    step: 1,
    title: 'Business rationale for OT security',
    ed1: ['4.2.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Has management documented why OT security matters to the business, in terms of safety, production, environment and regulation?',
    guidance:
      'Look for a business case, board paper or strategy document that links cyber risk to the site’s real consequences: loss of production per hour, safety and environmental exposure, regulatory obligations (e.g. NIS2 or sector rules), contractual supply commitments. Check that it was used to justify the programme budget rather than written after the fact.',
  },
  {
    id: 'GOV-03',
    step: 1,
    title: 'Accountable senior sponsor',
    ed1: ['4.3.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is a named senior manager accountable for OT cybersecurity, with the authority to make decisions that affect operations?',
    guidance:
      'Ask for the organisation chart or appointment letter naming the sponsor (often the plant manager, operations director or a CISO with an explicit OT mandate). Interview them: can they describe the top OT risks and recent decisions they took? Check whether security topics appear in management meeting minutes.',
  },
  {
    id: 'GOV-04',
    step: 1,
    title: 'Roles and responsibilities defined',
    ed1: ['4.3.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are OT security responsibilities assigned to named roles across operations, engineering, maintenance, IT and external suppliers?',
    guidance:
      'Ask for a RACI or responsibility matrix covering at least: firewall and network changes, PLC and DCS program changes, account management on HMIs and engineering workstations, patching, backups, vendor remote access and incident handling. Check job descriptions of the control engineer and OT network administrator. Gaps between IT and OT (e.g. who manages the historian or the DMZ) are common findings.',
    levels: {
      1: 'Responsibilities are assumed by whoever has the knowledge; grey zones between IT and OT are not resolved.',
      2: 'A responsibility matrix exists for the main security activities and the named people know their roles.',
      3: 'Responsibilities are defined for all sites and systems in scope, reflected in job descriptions and supplier contracts, with deputies named.',
      4: 'Role assignments are reviewed after reorganisations, audits and incidents, and gaps found are closed.',
    },
  },
  {
    id: 'GOV-05',
    step: 1,
    title: 'CSMS governance body',
    ed1: ['4.3.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is there a cross-functional group that steers the OT security programme and meets regularly?',
    guidance:
      'Ask for the terms of reference of the steering committee or working group, its membership (operations, engineering, maintenance, IT security, HSE, procurement) and minutes of the last meetings. Check that decisions and actions are recorded and followed up, and that the group reports to senior management.',
  },
  {
    id: 'GOV-06',
    step: 1,
    title: 'Resources and budget',
    ed1: ['4.3.2.3', '4.2.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Has management provided budget, staff time and skills that match the OT security programme’s plan?',
    guidance:
      'Compare the programme plan or roadmap with the approved budget and the headcount or hours actually allocated. Ask whether security projects (segmentation, backup tooling, monitoring) were deferred for lack of money or outage windows. Check whether OT security skills are available in-house or contracted, and whether that dependency is managed.',
  },
  {
    id: 'GOV-07',
    step: 1,
    title: 'Security in operational decisions',
    ed1: ['4.3.4.2', '4.3.4.3'],
    ed2: ['SPE 1 / ORG', 'SPE 2 / CM'],
    question: 'Are security implications considered when operational decisions are made, such as plant modifications, new connections or supplier changes?',
    guidance:
      'Ask for the management-of-change (MOC) form and check for a security review item. Pick two recent modifications (a new remote connection, a new HMI, a control system upgrade) and trace whether security was assessed and who signed off. Check capital project procedures and purchasing specifications for security requirements.',
    levels: {
      1: 'Security is considered only if an individual raises it.',
      2: 'The MOC and project procedures contain a security checkpoint for the main systems.',
      3: 'Every relevant change and project across sites shows a completed security review with sign-off.',
      4: 'Security reviews are analysed for quality and timeliness, and the checkpoint is refined based on findings.',
    },
  },
  {
    id: 'GOV-08',
    step: 1,
    title: 'Alignment with IT security and safety management',
    ed1: ['4.3.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the OT security programme coordinated with the corporate information security management system and with process safety management?',
    guidance:
      'Ask how the CSMS relates to any ISO/IEC 27001 ISMS: shared policies, separate OT annexes, common risk register? Check whether the process safety team (HAZOP/LOPA, SIS owners) is involved when cyber threats could defeat safeguards. Look for an agreed interface document or joint meeting records.',
  },
  {
    id: 'GOV-09',
    step: 1,
    title: 'Security requirements for suppliers',
    ed1: ['4.3.3.2', '4.3.2.6'],
    ed2: ['SPE 1 / ORG'],
    question: 'Do contracts with system integrators, OEMs and maintenance providers set out the security obligations they must meet?',
    guidance:
      'Sample two or three current contracts or purchase specifications (DCS vendor service agreement, integrator framework contract, remote support contract). Look for clauses on remote access rules, patch and vulnerability notification, secure delivery of software, personnel screening and incident notification. Ask how compliance is checked.',
  },
];
