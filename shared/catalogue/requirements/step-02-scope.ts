import type { Requirement } from '../types';

export const SCOPE_REQUIREMENTS: Requirement[] = [
  {
    id: 'SCO-01',
    step: 2,
    title: 'Documented CSMS scope',
    ed1: ['4.3.2.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is the scope of the CSMS written down and approved, naming the sites, plants and control systems it covers?',
    guidance:
      'Ask for the scope statement and its approval. Check that it names concrete sites, process units or production lines and the control systems in each, not just “all OT”. Ask two people (e.g. the OT security lead and an operations manager) what is in scope and compare their answers with the document.',
    levels: {
      1: 'No written scope; the coverage of the programme is assumed.',
      2: 'A written, approved scope names the sites and main control systems.',
      3: 'The scope drives the inventory, risk assessments and audit plans, and is updated when sites or systems change.',
      4: 'Scope is reviewed periodically against acquisitions, new projects and audit findings, with recorded adjustments.',
    },
  },
  {
    id: 'SCO-02',
    step: 2,
    title: 'Physical and logical boundaries',
    ed1: ['4.3.2.2'],
    ed2: ['SPE 1 / ORG', 'SPE 3 / NET'],
    question: 'Are the physical and logical boundaries of the scope defined, including where the OT responsibility ends and IT begins?',
    guidance:
      'Look for a site plan or architecture drawing with the scope boundary marked, and a description of the IT/OT demarcation point (usually a firewall or the industrial DMZ). Check how shared assets are treated: historian replicas, domain controllers, jump hosts, remote substations, tank farms or pumping stations connected over WAN.',
    levels: {
      1: 'Boundaries are not defined; shared systems fall between IT and OT.',
      2: 'Boundaries are drawn for the main site and the IT/OT demarcation is agreed.',
      3: 'Boundaries are defined for all sites, including remote stations and shared services, and match the network drawings.',
      4: 'Boundaries are revalidated after network changes and audits, and discrepancies are corrected promptly.',
    },
  },
  {
    id: 'SCO-03',
    step: 2,
    title: 'Control systems in scope',
    ed1: ['4.3.2.2'],
    ed2: ['SPE 2 / CM'],
    question: 'Does the scope explicitly include the control equipment: DCS/SCADA, PLCs, RTUs, safety controllers, HMIs and engineering workstations?',
    guidance:
      'Compare the scope document with what you see in the control room and equipment rooms. Check that engineering workstations and portable programming laptops are included, since they can change every controller. Ask whether package units delivered by OEMs (compressors, boilers, water treatment skids) with their own PLCs are covered.',
  },
  {
    id: 'SCO-04',
    step: 2,
    title: 'Industrial servers and applications in scope',
    ed1: ['4.3.2.2'],
    ed2: ['SPE 2 / CM'],
    question: 'Are industrial servers and applications, such as historians, OPC servers, batch or MES systems and patch or antivirus servers, covered by the scope?',
    guidance:
      'Ask for the list of servers in the control network and in the industrial DMZ and check each is covered. Look for virtualisation hosts and storage that run several control system servers: they are often forgotten. Check licence servers and alarm management or reporting applications that connect to the control system.',
  },
  {
    id: 'SCO-05',
    step: 2,
    title: 'Communication networks and external connections',
    ed1: ['4.3.2.2', '4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Does the scope cover all communication networks, including fieldbuses, wireless links, WAN links to remote sites and every external connection?',
    guidance:
      'Ask for a list of external connections: links to the corporate network, vendor remote support, cellular routers in cabinets, leased lines or radio to outstations, cloud connections of IIoT gateways. Walk through an equipment room and look for modems or 4G/5G routers not on the drawings. Check wireless instrumentation networks and Wi-Fi used by tablets.',
    levels: {
      1: 'External connections are not listed; unknown modems or cellular routers are likely.',
      2: 'Known networks and external connections are listed for the main site.',
      3: 'All networks and connections at all sites are listed, each with an owner, and the list is reconciled with walk-downs.',
      4: 'Connection discovery is repeated (e.g. with traffic analysis or site surveys) and unknown connections trend towards zero.',
    },
  },
  {
    id: 'SCO-06',
    step: 2,
    title: 'Safety instrumented systems',
    ed1: ['4.3.2.2'],
    ed2: ['SPE 1 / ORG'],
    question: 'Is it stated how safety instrumented systems and their engineering tools are treated within the scope?',
    guidance:
      'Check that the SIS (ESD, burner management, fire and gas) is explicitly in scope or explicitly handled by another programme with an interface. Ask how the SIS engineering station connects and whether the SIS shares a network or controller platform with the basic process control system.',
  },
  {
    id: 'SCO-07',
    step: 2,
    title: 'Stakeholders identified',
    ed1: ['4.3.2.2', '4.3.2.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Have the internal and external stakeholders of the CSMS been identified, with their interests and contact points?',
    guidance:
      'Look for a stakeholder list covering operations, maintenance, process and control engineering, IT, HSE, procurement, legal, system vendors, integrators, service providers, regulators and, where relevant, utilities or customers connected to the site. Check that it is used, for example for incident communication or change notifications.',
  },
  {
    id: 'SCO-08',
    step: 2,
    title: 'Justified exclusions',
    ed1: ['4.3.2.2', '4.4.3'],
    ed2: ['SPE 1 / ORG'],
    question: 'Are any systems or sites excluded from the scope, and if so, is each exclusion justified and periodically reconsidered?',
    guidance:
      'Ask for the list of exclusions and their rationale (e.g. an isolated standalone machine, a site being decommissioned). Verify that excluded systems really are isolated, for instance by checking for network cables or wireless adapters. Check when exclusions were last reviewed.',
  },
];
