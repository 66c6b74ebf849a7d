import type { Requirement } from '../types';

export const MONITORING_REQUIREMENTS: Requirement[] = [
  {
    id: 'MON-01',
    step: 11,
    title: 'Periodic CSMS audits',
    ed1: ['4.4.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the CSMS audited periodically against its own policies and the requirements it claims to meet, by people independent of the audited area?',
    guidance:
      'Ask for the audit programme and the last audit reports (internal or external): scope, criteria, auditor independence, findings. Check that audits cover both the documents and their practice in the plant, and that they rotate across sites and topics.',
    levels: {
      1: 'No audits of OT security have been carried out.',
      2: 'Audits are planned and have been carried out for the main site.',
      3: 'An audit programme covers all sites and CSMS topics over a cycle, with independent auditors and tracked findings.',
      4: 'Audit results are trended and the audit programme itself is adjusted to focus on weak areas.',
    },
  },
  {
    id: 'MON-02',
    step: 11,
    title: 'Technical compliance checks',
    ed1: ['4.4.2'],
    ed2: ['SPE 1 / ORG', 'SPE 2 / CM'],
    question: 'Are technical controls checked regularly to confirm they remain in place, such as firewall rules, account lists, hardening settings and controller program versions?',
    guidance:
      'Ask for evidence of recurring checks: firewall rule reviews, account reviews, comparison of running PLC programs with the approved version, configuration drift reports, backup success reports. Check who performs them and what happens with deviations.',
  },
  {
    id: 'MON-03',
    step: 11,
    title: 'Security event logging',
    ed1: ['4.3.4.5', '4.4.2'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Are security-relevant events from control systems, network devices and remote access logged, time-synchronised and retained?',
    guidance:
      'Ask which sources log to a central place (firewalls, jump hosts, Windows hosts, domain controllers, OT monitoring, controller mode and program changes where available) and for how long logs are kept. Check time synchronisation across sources and that logging does not depend on a system inside the zone it monitors only.',
    levels: {
      1: 'Logs remain on individual devices, are overwritten quickly and are not synchronised in time.',
      2: 'Key sources (firewalls, remote access, servers) log centrally for the main site.',
      3: 'Logging is defined per zone for all sites, centrally collected, time-synchronised and retained for a defined period.',
      4: 'Log coverage is reviewed against incidents and detection needs, and sources are added or tuned accordingly.',
    },
  },
  {
    id: 'MON-04',
    step: 11,
    title: 'Log review and alerting',
    ed1: ['4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Are collected logs reviewed or analysed for suspicious activity, with alerts handled by a named team?',
    guidance:
      'Ask who looks at the logs and how often (a SOC with OT use cases, a weekly manual review, automated alerts). Ask for an example of an event found through log review and how it was handled. Check that OT staff are involved in judging alerts about process systems.',
  },
  {
    id: 'MON-05',
    step: 11,
    title: 'Risk reassessment',
    ed1: ['4.2.3', '4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the OT risk assessment repeated periodically and when significant changes, new threats or incidents occur?',
    guidance:
      'Ask for the dates of the last risk assessments and the triggers defined for reassessment (new remote connection, major upgrade, new threat intelligence, incident). Compare the latest assessment with the previous one: were changes in the plant and threat picture reflected?',
    levels: {
      1: 'The risk assessment was done once and not repeated.',
      2: 'Reassessment is scheduled and has been repeated for the main systems.',
      3: 'Reassessments are done on schedule and on defined triggers for all zones, with documented changes.',
      4: 'Reassessment results are compared over time to show risk trends that inform the security strategy.',
    },
  },
  {
    id: 'MON-06',
    step: 11,
    title: 'Policy and procedure updates',
    ed1: ['4.4.3', '4.3.2.6'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are the security policy and procedures reviewed on a defined cycle and updated when the organisation, technology or threats change?',
    guidance:
      'Check review dates on the policy and a sample of procedures, and the change history. Ask what triggered the last revision and whether staff were informed of the changes.',
  },
  {
    id: 'MON-07',
    step: 11,
    title: 'Lessons learned from incidents',
    ed1: ['4.4.3', '4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Are lessons learned from incidents, near misses and exercises recorded and fed back into the CSMS?',
    guidance:
      'Ask for post-incident reviews or exercise reports and trace their actions to changes in procedures, controls or training. Include relevant incidents from other sites or the sector. A lack of any recorded incidents may indicate weak detection or reporting rather than good security.',
  },
  {
    id: 'MON-08',
    step: 11,
    title: 'CSMS performance indicators',
    ed1: ['4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are indicators defined and reported that show how well the CSMS is performing?',
    guidance:
      'Ask for the indicator set and recent reports to management: e.g. patch latency for critical assets, percentage of assets with current backups, remote sessions without approval, training completion, open audit findings, time to remove leavers’ access. Check targets exist and trends are discussed.',
    levels: {
      1: 'No indicators are used.',
      2: 'A few indicators are collected and reported for the main site.',
      3: 'A defined indicator set with targets is reported regularly for all sites.',
      4: 'Indicators are used to set priorities and show improvement; the set itself is refined over time.',
    },
  },
  {
    id: 'MON-09',
    step: 11,
    title: 'Management review',
    ed1: ['4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Does management review the CSMS at planned intervals and record decisions on its direction and resources?',
    guidance:
      'Ask for the minutes of the last management review: inputs (audit results, indicators, risk changes, incidents), decisions made, resources allocated. Check that decisions were implemented.',
  },
  {
    id: 'MON-10',
    step: 11,
    title: 'Corrective actions tracked',
    ed1: ['4.4.2', '4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are findings from audits, assessments and reviews turned into corrective actions that are tracked to closure?',
    guidance:
      'Ask for the action register and pick findings from the last audit: does each have an owner, due date and status, and is closure verified? Check how overdue actions are escalated and how many are open longer than a year.',
  },
];
