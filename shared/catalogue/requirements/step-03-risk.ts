import type { Requirement } from '../types';

export const RISK_REQUIREMENTS: Requirement[] = [
  {
    id: 'RSK-01',
    step: 3,
    title: 'Risk assessment method',
    ed1: ['4.2.3', '4.3.4.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is there a documented OT risk assessment method that considers consequences to safety, environment and production, not only data loss?',
    guidance:
      'Ask for the method document: likelihood and consequence scales, the risk matrix, who takes part, and how often it is run. Check that consequence categories include health and safety, environment, production loss and equipment damage, and that the method links to process hazard analysis (HAZOP, LOPA) where relevant.',
    levels: {
      1: 'Risk is judged informally or with a generic IT method that ignores physical consequences.',
      2: 'A documented OT-aware method exists and has been applied to the main control systems.',
      3: 'The method is applied to all zones in scope by a cross-functional team, with consistent, recorded results.',
      4: 'The method is calibrated against incidents, near misses and audit results and improved over time.',
    },
  },
  {
    id: 'RSK-02',
    step: 3,
    title: 'Critical assets and functions',
    ed1: ['4.2.3'],
    ed2: ['SPE 2 / CM'],
    question: 'Have the control system assets and functions whose compromise would cause the worst consequences been identified?',
    guidance:
      'Ask for the list of critical assets or functions and how it was derived. Expect to see safety controllers, controllers of hazardous or high-value process units, engineering workstations that can reprogram them, and servers whose loss stops production. Check that the list is reflected in the asset inventory’s criticality field.',
    levels: {
      1: 'Criticality is known intuitively by senior staff but not recorded.',
      2: 'Critical assets are listed for the main process units with a short rationale.',
      3: 'Critical assets and functions are identified for all zones using agreed criteria and recorded in the inventory.',
      4: 'The critical asset list is revisited after process changes and incidents, and the criteria are refined.',
    },
  },
  {
    id: 'RSK-03',
    step: 3,
    title: 'Threats identified',
    ed1: ['4.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are the relevant threat sources and attack scenarios for the control systems identified and described?',
    guidance:
      'Look for threat scenarios specific to the site: ransomware spreading from the office network, compromised vendor remote access, infected USB media brought by a contractor, a disgruntled insider changing setpoints, targeted attacks on the sector. Ask which threat intelligence sources (sector ISAC, national CERT, vendor bulletins) informed the scenarios.',
  },
  {
    id: 'RSK-04',
    step: 3,
    title: 'Vulnerabilities identified',
    ed1: ['4.2.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Have the technical and organisational vulnerabilities of the control systems been identified as input to the risk assessment?',
    guidance:
      'Ask for the vulnerability findings used in the assessment: a flat network, shared or default passwords, unsupported operating systems on HMIs, open remote desktop ports, unauthenticated industrial protocols, missing backups, no procedure for contractors. Check the sources: audits, passive network analysis, vendor assessments, walk-downs.',
  },
  {
    id: 'RSK-05',
    step: 3,
    title: 'Operational impact assessed',
    ed1: ['4.2.3', '4.2.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'For each scenario, is the impact on operations estimated, including safety, environment, production downtime and product quality?',
    guidance:
      'Review a sample of risk entries and check that consequences are expressed in operational terms (hours of downtime, off-spec batches, release to environment, injury potential) and were estimated with operations and process safety staff. Check whether independent safeguards (mechanical relief valves, hard-wired trips) were taken into account.',
  },
  {
    id: 'RSK-06',
    step: 3,
    title: 'Tolerable risk defined',
    ed1: ['4.2.3', '4.3.4.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Has management defined and approved the level of risk the organisation is prepared to accept for its control systems?',
    guidance:
      'Ask for the risk acceptance criteria: which cells of the risk matrix are acceptable, which require treatment, and who may accept residual risk at each level. Check that the criteria are consistent with the site’s safety risk criteria and signed off by management, not set by the assessor alone.',
    levels: {
      1: 'No defined tolerable risk; acceptance is decided case by case, often implicitly.',
      2: 'Risk acceptance criteria are documented and approved for the site.',
      3: 'The criteria are applied consistently across all assessments, with acceptance authority by risk level.',
      4: 'The criteria are reviewed against business changes and experience, and adjusted with management approval.',
    },
  },
  {
    id: 'RSK-07',
    step: 3,
    title: 'Mitigation strategy and treatment plan',
    ed1: ['4.3.4.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'For risks above the tolerable level, have mitigation strategies been chosen and turned into a tracked treatment plan?',
    guidance:
      'Ask for the risk treatment plan or security roadmap: each measure should reference the risks it reduces, have an owner, a due date and a status. Check that measures suited to OT are used (segmentation, compensating controls for legacy systems, procedural controls) and that progress is reported to management.',
    levels: {
      1: 'Measures are chosen ad hoc, without a link to assessed risks.',
      2: 'A treatment plan exists for the main risks with owners and dates.',
      3: 'All unacceptable risks have tracked measures; progress is reported and overdue items escalated.',
      4: 'The residual risk reduction achieved by measures is verified and used to reprioritise the plan.',
    },
  },
  {
    id: 'RSK-08',
    step: 3,
    title: 'Zone and conduit risk with target security levels',
    ed1: ['4.2.3', '4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Has a detailed risk assessment been done per zone and conduit, resulting in a target security level for each?',
    guidance:
      'Ask for the zone and conduit model and the detailed risk assessment per zone (in the style of IEC 62443-3-2). Check that each zone has a documented target security level (SL-T) and that the gap to the achieved level is known. For smaller sites, a simplified zone-level assessment may be acceptable if it is documented.',
  },
  {
    id: 'RSK-09',
    step: 3,
    title: 'Residual risk accepted by owners',
    ed1: ['4.3.4.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the remaining risk after mitigation formally accepted by the responsible risk owners?',
    guidance:
      'Look for signed acceptance of residual risk in the risk register or assessment report, by someone with the authority defined in the acceptance criteria. Check that temporary exceptions (e.g. an unpatched HMI awaiting replacement) have an expiry date and are revisited.',
  },
];
