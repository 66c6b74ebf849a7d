import type { Requirement } from '../types';

export const NETWORK_REQUIREMENTS: Requirement[] = [
  {
    id: 'NET-01',
    step: 7,
    title: 'Zones and conduits defined',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Are the control systems grouped into security zones connected by defined conduits, and is the model documented?',
    guidance:
      'Ask for the zone and conduit drawing. Check that zones group assets with similar criticality and function (e.g. safety systems, basic process control, supervisory, DMZ), that every connection between zones goes through a defined conduit, and that the model matches the physical network you saw.',
    levels: {
      1: 'No zone model; the network grew without a security design.',
      2: 'A zone and conduit model exists for the main site and is reflected in the network design.',
      3: 'Zones and conduits are defined for all sites, enforced technically and maintained through change management.',
      4: 'The model is reviewed after incidents, audits and changes, and zones are refined where risk warrants it.',
    },
  },
  {
    id: 'NET-02',
    step: 7,
    title: 'IT/OT segmentation',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Is the control network separated from the business network so that only explicitly permitted traffic can pass?',
    guidance:
      'Check the boundary device between IT and OT and its rule set. Look for dual-homed hosts (e.g. an HMI or historian with one card in each network), shared VLANs on the same switches without filtering, and office PCs in the control network. Ask for evidence such as a firewall export or a traffic capture at the boundary.',
    levels: {
      1: 'IT and OT share a network, or separation relies on routing only.',
      2: 'A firewall separates IT and OT at the main site with a documented rule set.',
      3: 'All sites are separated in the same way; dual-homed hosts and bypasses have been removed.',
      4: 'Boundary effectiveness is tested (rule reviews, traffic analysis, penetration tests) and improvements are made.',
    },
  },
  {
    id: 'NET-03',
    step: 7,
    title: 'Industrial firewall rules',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Do firewalls between zones deny by default and allow only documented, justified and reviewed traffic?',
    guidance:
      'Request the rule export of the IT/OT and inter-zone firewalls. Look for “any-any” rules, broad rules for remote desktop or file sharing, rules without comments or owners, and disabled-but-present rules. Ask for the last rule review and its outcome.',
    levels: {
      1: 'Rules are permissive or unknown; no reviews.',
      2: 'Rules on the main firewalls are documented with a justification.',
      3: 'All inter-zone firewalls follow deny-by-default with owned, justified rules that are reviewed on schedule.',
      4: 'Rule usage is analysed (hit counts, logs) to remove unused or overly broad rules continuously.',
    },
  },
  {
    id: 'NET-04',
    step: 7,
    title: 'Industrial DMZ',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Do data exchanges between business and control networks terminate in an industrial DMZ, with no direct connections across?',
    guidance:
      'Check where the historian replica, patch and antivirus servers, file transfer hosts and remote-access jump hosts are placed. Verify in the firewall rules that no business system talks directly to controllers or control servers. Ask how ERP or MES data flows are routed.',
    levels: {
      1: 'No DMZ; business systems connect directly to control systems.',
      2: 'A DMZ exists and hosts the main shared services.',
      3: 'All IT/OT data flows at all sites pass through the DMZ with no direct traversal.',
      4: 'DMZ services and flows are reviewed regularly and reduced to the minimum needed.',
    },
  },
  {
    id: 'NET-05',
    step: 7,
    title: 'Remote-access gateway',
    ed1: ['4.3.3.4', '4.3.3.6'],
    ed2: ['SPE 3 / NET'],
    question: 'Does all remote access into control networks pass through a controlled gateway, such as a jump host in the DMZ, rather than direct connections?',
    guidance:
      'Check the architecture for the remote-access path and ask how each vendor reaches its equipment. Look for modems, cellular routers or remote-desktop tools that bypass the gateway. Check that the gateway is hardened, patched and logs sessions.',
  },
  {
    id: 'NET-06',
    step: 7,
    title: 'Wireless and cellular connections',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET'],
    question: 'Are wireless and cellular connections to control systems inventoried, secured and separated from the wired control network?',
    guidance:
      'Ask for the list of wireless networks (Wi-Fi for tablets, wireless instrumentation, radio links to outstations) and cellular routers. Check encryption and authentication settings, whether wireless enters the control network through a firewall, and whether unauthorised access points were looked for (a site survey record).',
  },
  {
    id: 'NET-07',
    step: 7,
    title: 'Network monitoring',
    ed1: ['4.3.3.4', '4.3.4.5'],
    ed2: ['SPE 3 / NET', 'SPE 7 / EVENT'],
    question: 'Is traffic in and between control networks monitored to detect unexpected connections and malicious activity?',
    guidance:
      'Ask whether an OT network monitoring or intrusion detection system is installed, which network segments it sees (SPAN ports, taps), and who receives its alerts. Ask for an example alert and how it was handled. Without such a system, check whether firewall logs are at least reviewed.',
    levels: {
      1: 'No monitoring of control network traffic.',
      2: 'Monitoring covers the IT/OT boundary or the main control network, with alerts going to a named team.',
      3: 'Monitoring covers the critical zones at all sites, alerts are triaged according to a procedure, and results are recorded.',
      4: 'Detection coverage and alert quality are measured and tuned; gaps are closed over time.',
    },
  },
  {
    id: 'NET-08',
    step: 7,
    title: 'System hardening',
    ed1: ['4.3.4.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Are control system hosts and network devices hardened according to a documented baseline agreed with the vendors?',
    guidance:
      'Ask for the hardening baseline (often the vendor’s security guide) and check a sample HMI or server: unused services and ports disabled, autorun off, USB storage blocked where practical, no internet browsing, host firewall enabled. For switches: unused ports shut, management interfaces restricted. Compare with the baseline and look for drift.',
    levels: {
      1: 'Hosts run as delivered by the integrator; no hardening baseline.',
      2: 'A hardening baseline exists and is applied to new and main systems.',
      3: 'All hosts and network devices follow the baseline; deviations are documented and approved.',
      4: 'Configuration drift is checked automatically or periodically and the baseline is updated from findings and vendor guidance.',
    },
  },
  {
    id: 'NET-09',
    step: 7,
    title: 'Malware protection',
    ed1: ['4.3.4.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Are control system hosts protected against malicious code using methods approved by the control system vendor?',
    guidance:
      'Check which protection is used on HMIs, servers and engineering workstations (antivirus with vendor-approved exclusions, application allow-listing) and how signatures are updated without direct internet access (e.g. via a DMZ server). Check that alerts go to someone who acts on them, and look at the last update date on a sample host.',
  },
  {
    id: 'NET-10',
    step: 7,
    title: 'Removable media and portable devices',
    ed1: ['4.3.4.3', '4.3.3.3'],
    ed2: ['SPE 4 / COMP'],
    question: 'Is the use of USB drives, laptops and other portable devices with control systems restricted and are files checked before they enter the control network?',
    guidance:
      'Ask how files reach the control network (a scanning kiosk, dedicated transfer media, a DMZ file server). Check whether USB ports on HMIs are blocked or controlled, and whether vendors may plug in their own laptops and USB sticks. Ask an engineer how they last loaded a new PLC program or firmware.',
    levels: {
      1: 'Any USB device or laptop can be connected; no checks.',
      2: 'A rule restricts media use on the main systems and a scanning station is available.',
      3: 'Media controls are enforced technically on all hosts where feasible, and use of the scanning station is recorded.',
      4: 'Media control exceptions and detections are reviewed and the controls are tightened based on them.',
    },
  },
  {
    id: 'NET-11',
    step: 7,
    title: 'Protection of data in transit and at rest',
    ed1: ['4.3.4.4', '4.3.3.4'],
    ed2: ['SPE 5 / DATA'],
    question: 'Are sensitive control system data, such as project files, configurations and credentials, protected in storage and when sent across untrusted networks?',
    guidance:
      'Check how links between sites or to the cloud are protected (encrypted VPN, secure protocols), where PLC and DCS project files and backups are stored and who can read them, and whether credentials are embedded in scripts or configuration files in clear text. Ask how project files are exchanged with integrators.',
  },
  {
    id: 'NET-12',
    step: 7,
    title: 'Safety system separation',
    ed1: ['4.3.3.4'],
    ed2: ['SPE 3 / NET', 'SPE 8 / AVAIL'],
    question: 'Are safety instrumented systems protected from compromise of the basic process control system and the wider network?',
    guidance:
      'Check whether the SIS sits in its own zone, how its engineering station connects, and whether data to the DCS is read-only. Verify the physical key switch or write-protection setting on safety controllers during normal operation and ask how changes to safety logic are authorised.',
  },
];
