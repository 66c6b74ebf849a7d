import type { Requirement } from '../types';

export const TRAINING_REQUIREMENTS: Requirement[] = [
  {
    id: 'TRN-01',
    step: 10,
    title: 'OT security awareness programme',
    ed1: ['4.3.2.4'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is there a security awareness programme tailored to people who work with control systems, with records of who has completed it?',
    guidance:
      'Ask for the training material and attendance records. Check that the content goes beyond office IT topics and talks about the plant: control room behaviour, USB media, vendor visits, consequences of an attack on the process. Compare the attendance list with the staff list of operations and maintenance.',
    levels: {
      1: 'Only generic IT awareness training, or none, is given.',
      2: 'OT-specific awareness material exists and is delivered to operations and engineering staff.',
      3: 'All staff and contractors in scope receive role-appropriate training with refreshers and attendance records.',
      4: 'Awareness levels are measured and the programme is adjusted to close observed gaps.',
    },
  },
  {
    id: 'TRN-02',
    step: 10,
    title: 'Threat awareness',
    ed1: ['4.3.2.4'],
    ed2: ['SPE 1 / ORG'],
    question: 'Do staff understand the threats relevant to the site’s control systems and how attacks typically begin?',
    guidance:
      'Interview a few operators and technicians: can they name realistic attack paths (phishing leading to ransomware that reaches OT, infected USB sticks, fake vendor calls asking for remote access)? Check whether training uses recent real-world OT incidents from the same sector.',
    levels: {
      1: 'Staff see cyber attacks as an IT matter unrelated to their work.',
      2: 'Staff in the main roles can describe common threats to control systems.',
      3: 'Staff across roles and sites can relate threats to their own tasks, and content is refreshed with current incidents.',
      4: 'Threat awareness is tested (e.g. social engineering tests) and results drive content changes.',
    },
  },
  {
    id: 'TRN-03',
    step: 10,
    title: 'Safe operating practice',
    ed1: ['4.3.2.4'],
    ed2: ['SPE 1 / ORG', 'SPE 4 / COMP'],
    question: 'Are staff trained in secure day-to-day practice on control systems, such as media handling, logging off, and not connecting personal devices?',
    guidance:
      'Observe the control room: are consoles locked when unattended where feasible, are personal phones charged on HMI USB ports, are passwords on sticky notes? Ask staff what the rules are for USB media and laptops and compare with the procedures.',
  },
  {
    id: 'TRN-04',
    step: 10,
    title: 'Incident reporting awareness',
    ed1: ['4.3.2.4', '4.3.4.5'],
    ed2: ['SPE 7 / EVENT'],
    question: 'Do staff know how to recognise and report a suspected security incident on a control system?',
    guidance:
      'Ask operators and maintenance technicians what they would do if they noticed unusual behaviour on an HMI or an unknown device in a cabinet. Check that the reporting channel taught in training is the same as in the incident procedure, and look at the number of reports received as an indicator.',
  },
  {
    id: 'TRN-05',
    step: 10,
    title: 'Secure remote-access use',
    ed1: ['4.3.2.4', '4.3.3.6'],
    ed2: ['SPE 6 / USER', 'SPE 3 / NET'],
    question: 'Are staff and vendors who use remote access trained in its rules, such as protecting credentials, working only in approved sessions and reporting anomalies?',
    guidance:
      'Ask for the remote-access user rules and evidence that each remote user (including vendor staff) acknowledged them. Interview an engineer who works from home on call: which device do they use, how do they connect, what are they not allowed to do?',
  },
  {
    id: 'TRN-06',
    step: 10,
    title: 'Role-specific technical training',
    ed1: ['4.3.2.4'],
    ed2: ['SPE 1 / ORG'],
    question: 'Do engineers and administrators who configure control systems and networks receive security training specific to their tasks?',
    guidance:
      'Ask for training plans and certificates of control engineers and OT network administrators: secure configuration of the DCS or PLC platform, firewall management, backup and restore, incident handling. Check that the people named in the responsibility matrix have the matching skills.',
  },
  {
    id: 'TRN-07',
    step: 10,
    title: 'Contractor and vendor briefing',
    ed1: ['4.3.2.4', '4.3.3.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are contractors and vendor staff briefed on site security rules before they work on or connect to control systems?',
    guidance:
      'Ask for the site induction material and check that it includes OT security rules (laptops, media, remote access, photos of screens). Check the records for a recent contractor visit: signed acknowledgement, escort, checks on equipment brought in.',
  },
  {
    id: 'TRN-08',
    step: 10,
    title: 'Training effectiveness',
    ed1: ['4.3.2.4', '4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the effectiveness of security training measured and used to improve the programme?',
    guidance:
      'Ask for evidence such as test results after training, phishing simulation results for OT staff, observations during walk-downs, or trends in incident reporting. Check that findings led to changes in the training content or audience.',
    levels: {
      1: 'Effectiveness is not considered; training is a checkbox.',
      2: 'Attendance and simple tests are recorded for the main training sessions.',
      3: 'Effectiveness indicators are collected for all target groups and reviewed regularly.',
      4: 'Indicators show improvement over time and content changes are demonstrably driven by them.',
    },
  },
];
