import type { CatalogueStep } from './types';

/** The 11 implementation steps (domain doc §1c), with generic maturity wording per step: ML1 Initial … ML4 Improving. */
export const STEPS: readonly CatalogueStep[] = [
  {
    id: 1,
    title: 'Governance',
    summary: 'Whether management owns OT security: a written policy, named roles, a governing body, resources, and security weighed in operational decisions.',
    levels: {
      1: 'OT security depends on individual engineers; no one is formally accountable and decisions are made case by case.',
      2: 'Policy, roles and a governing forum are written down and approved for the site, and followed when the topic comes up.',
      3: 'Governance works the same way across all sites in scope, with minutes, decisions and resource allocations on record.',
      4: 'Governance effectiveness is measured (decisions implemented, resourcing against plan) and the arrangement is adjusted from the results.',
    },
  },
  {
    id: 2,
    title: 'CSMS scope',
    summary: 'Which plants, systems, networks and people the security management system covers, and where its boundaries lie.',
    levels: {
      1: 'The scope is implicit; people would name different systems and sites if asked what is covered.',
      2: 'A written scope lists sites, systems and boundaries and has been approved.',
      3: 'The scope is used consistently by risk assessment, inventory and audits, and is updated when plants or systems change.',
      4: 'Scope gaps found by audits or incidents lead to documented adjustments; coverage is tracked over time.',
    },
  },
  {
    id: 3,
    title: 'Risk assessment',
    summary: 'How the organisation identifies critical assets, threats and vulnerabilities, judges operational impact against an accepted risk level and chooses mitigations.',
    levels: {
      1: 'Risks are discussed informally or assessed once by a consultant without follow-up.',
      2: 'A documented method is applied to the main control systems and the results are recorded.',
      3: 'The method is applied to every zone in scope, results feed the mitigation plan and are repeated on schedule and on change.',
      4: 'Risk results are compared with incidents and audit findings, and the method and tolerable-risk criteria are refined accordingly.',
    },
  },
  {
    id: 4,
    title: 'Asset inventory',
    summary: 'Whether every control system component, application, network device and remote-access path is known, described and classified by criticality.',
    levels: {
      1: 'Asset knowledge lives in people’s heads, old drawings or scattered spreadsheets.',
      2: 'An inventory exists for the main systems with an owner and a procedure for keeping it current.',
      3: 'The inventory covers all zones in scope, is updated through change management and verified against the field.',
      4: 'Inventory accuracy is measured (discrepancies found at walk-downs or by discovery tools) and the process is improved.',
    },
  },
  {
    id: 5,
    title: 'Policies and procedures',
    summary: 'Whether the security policy is turned into written, controlled procedures for access, configuration, maintenance, patching, backup and incidents.',
    levels: {
      1: 'Practices exist but are not written down, or documents are outdated and not followed.',
      2: 'Approved procedures exist for the topic and staff know where to find them.',
      3: 'Procedures are applied consistently across sites and records show they are followed.',
      4: 'Procedures are reviewed against their results (audit findings, incidents, metrics) and improved.',
    },
  },
  {
    id: 6,
    title: 'Access control',
    summary: 'Who can log on to and change control systems, how they are authenticated and authorised, and how remote access is controlled.',
    levels: {
      1: 'Access is granted informally; shared or default accounts are common and not tracked.',
      2: 'Access rules are written and applied to the main systems; accounts are requested and approved.',
      3: 'Access control is enforced consistently on all systems in scope, with reviews and records of grants and removals.',
      4: 'Access control is monitored for exceptions (stale accounts, failed reviews) and the process is tightened accordingly.',
    },
  },
  {
    id: 7,
    title: 'Network and system security',
    summary: 'How control networks are segmented from IT and the outside world, how hosts are hardened, and how traffic is watched.',
    levels: {
      1: 'Protection depends on what was installed by the integrator; the network is largely flat or undocumented.',
      2: 'Documented designs and rules exist for the main systems and are implemented there.',
      3: 'The same architecture and hardening standard is applied to all zones in scope, with configurations reviewed on schedule.',
      4: 'Effectiveness is measured (blocked traffic, drift, test results) and the architecture and baselines are improved.',
    },
  },
  {
    id: 8,
    title: 'Vulnerability and patch management',
    summary: 'How vulnerabilities in the installed control systems are found and assessed, and how patches are qualified, tested and deployed safely.',
    levels: {
      1: 'Patching happens occasionally, usually when a vendor visits or something breaks.',
      2: 'A written process covers advisories, testing and deployment for the main systems.',
      3: 'The process runs for all systems in scope, with records of assessment, testing, deployment and exceptions.',
      4: 'Patch latency and coverage are measured and the process is improved to shorten exposure.',
    },
  },
  {
    id: 9,
    title: 'Incident response and recovery',
    summary: 'Whether the site can detect, escalate, investigate and communicate an OT incident and restore operations, and whether it practises doing so.',
    levels: {
      1: 'Incidents would be handled ad hoc by whoever is on shift; restoration depends on individual knowledge.',
      2: 'A written plan with roles, contacts and restoration steps exists for the main systems.',
      3: 'The plan covers all sites in scope, is exercised and backed by tested backups and records of exercises.',
      4: 'Exercise and incident results are measured against targets and drive improvements to the plan and capabilities.',
    },
  },
  {
    id: 10,
    title: 'Awareness and training',
    summary: 'Whether operators, engineers, maintenance staff and contractors know the threats, safe working practice, how to report incidents and how to use remote access securely.',
    levels: {
      1: 'Awareness is limited to general IT training, if any; OT-specific topics are not covered.',
      2: 'OT-specific training material exists and is delivered to the main target groups.',
      3: 'All staff and contractors in scope are trained according to role, with attendance records and refreshers.',
      4: 'Training effectiveness is measured (tests, exercises, observed behaviour) and content is adjusted.',
    },
  },
  {
    id: 11,
    title: 'Monitoring and continuous improvement',
    summary: 'How the organisation checks that the CSMS works: audits, log monitoring, risk reassessment, policy updates and lessons learned.',
    levels: {
      1: 'The CSMS is not reviewed after it was set up; problems are fixed as they surface.',
      2: 'Audits, reviews and log checks are planned and carried out for the main systems.',
      3: 'Monitoring and review run on schedule across the whole scope, with findings tracked to closure.',
      4: 'Metrics show the CSMS improving over time, and review results demonstrably change policies, controls and priorities.',
    },
  },
];
