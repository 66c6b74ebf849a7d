/**
 * In-test copies of the shapes of the real asset spreadsheets in ../shared/corpus/assets (see SOURCES.md there):
 * same sheets, header rows, header texts and representative rows with their real values. CI has no corpus
 * folder, so the tests build these grids instead of reading the files.
 */
import type { Cell, SheetGrid, WorkbookGrid } from '../../../shared/import';

const blank = (width: number): Cell[] => Array.from({ length: width }, () => null);
const blanks = (count: number, width: number): Cell[][] => Array.from({ length: count }, () => blank(width));
/** CSV readers hand every field over as text, with '' for an empty field. */
const csvRows = (text: string): Cell[][] => text.split('\n').map((line) => line.split('\t'));

// 1. Tradebe (Spanish, 24 sheets: the inventory then one-column lookup lists for data-validation drop-downs).
export const TRADEBE_HEADER = [
  'Device', 'Area', 'SubArea', 'Fabricante', 'Categoria', 'SubCategoria', 'Device_Type', 'IP_Address', 'Subnet', 'Gateway',
  'MAC_Address', 'Slot', 'Article_Number', 'Serial_Number', 'Firmware', 'Hardware', 'PROFINET_Name', 'PROFINET_Converted_Name',
  'Notas', 'Imagen', 'Mapa', 'Latitud_Limpio', 'Longitud_Limpio', 'Latitud_Grados', 'Longitud_Grados',
];
const DMS_OLD: Cell[] = ['41º 20\' 32.28" N', '2º 9\' 30.24" E', 41.3423, 2.1584];
const DMS_NEW: Cell[] = ['41°20\'30.5"N', '2°09\'29.5"E', 41.3423, 2.1584];
export const TRADEBE_ROWS: Cell[][] = [
  ['PC_REACTORES', 'A140_', null, 'PC Estándar', 'PC', 'Sobremesa', 'SIMATIC PC Station', '192.168.0.45', '255.255.255.0', '0.0.0.0', '8C:8C:AA:56:15:7E', null, null, null, null, 0, 'wc-rks', 'wc-rks', 'PC cliente en reactores', null, null, ...DMS_OLD],
  ['A110_CRH_PLC', 'A110_', 'CRIBAS_HC', 'Siemens', 'PLC', 1200, 'CPU 1214C DC/DC/DC', '192.168.1.1', '255.255.255.0', '0.0.0.0', '28:63:36:92:5D:0E', 1, '6ES7 214-1AG40-0XB0', 'S C-FNSL2848', 'V04.06.00_00.00.00.00', 4, 'a110_crh_plc', 'a110xbcrhxbplc629c', '110-QF-102 / CribaHidrocarbura HC', null, null, ...DMS_OLD],
  ['CRH_CE01', 'A110_', 'CRIBAS_HC', 'Siemens', 'Periferia', 'In/Out', 'IM 151-3 PN', '192.168.1.5', '255.255.255.0', '192.168.1.5', '28:63:36:49:4B:A4', 0, '6ES7 151-3AA23-0AB0', 'S C-FDA812522015', 'V07.00.05_00.00.00.00', 7, 'crh_ce01', 'crhxbce01f6fb', 'CribaHidrocarbura HC', null, null, ...DMS_OLD],
  ['A110_CRH_UOP', 'A110_', 'CRIBAS_HC', 'Siemens', 'HMI', 'KTP1200', 'KTP1200 Basic', '192.168.1.3', '255.255.255.0', '0.0.0.0', 'E0:DC:A0:E6:08:72', null, '6AV2 123-2MB03-0AX0', null, '17.00.00.05_02.01', 0, 'a110_crh_uop', 'a110xbcrhxbuop5ecd', '110-QF-102 / 12.1" TFT Display  / CribaHidrocarbura HC', null, null, ...DMS_OLD],
  ['GAV_CP01', 'A110_', 'ALMACENAMIENTO_HC', 'Siemens', 'Periferia', 'In/Out', 'IM 151-3 PN', '192.168.1.34', '255.255.255.0', '192.168.1.34', '28:63:36:58:76:28', 0, '6ES7 151-3AA23-0AB0', 'S C-H4CP13532016', 'V07.00.05_00.00.00.00', 7, 'gav_cp01', 'gavxbcp01ea67', null, null, null, ...DMS_OLD],
  ['GAV_CP01', 'A110_', 'GAB', 'Siemens', 'Periferia', 'In/Out', 'IM 151-3 PN', '192.168.1.34', '255.255.255.0', '192.168.1.34', '28:63:36:58:76:28', 0, '6ES7 151-3AA23-0AB0', 'S C-H4CP13532016', 'V07.00.05_00.00.00.00', 7, 'gav_cp01', 'gavxbcp01ea67', null, null, null, ...DMS_OLD],
  ['A140_IBH', 'A140_', 'DEPURACION', 'Ibhsoftec', 'Adaptador', 'MPI', 'IBHLink S7++', '192.168.1.40', '255.255.255.0', '0.0.0.0', '00:02:A2:3D:04:6D', null, null, null, null, 0, 'a140_ibh', 'a140xbibh5950', 'Adaptador PLC300 Sala Control Armario Bio2', 'img\\A140_IBH.mp4', 'https://maps.google', ...DMS_NEW],
  [' A140_BIOSC_CE02', 'A140_', 'DEPURACION', 'Siemens', 'Periferia', 'In/Out', 'IM 155-6 PN BA', '192.168.1.51', '255.255.255.0', '192.168.1.51', 'EC:1C:5D:44:13:43', 0, '6ES7 155-6AR00-0AN0', 'S C-P6FD03562022', 'V03.02.02_00.00.00.00', 6, 'a140_biosc_ce02', 'a140xbbioscxbce02c1c2', null, 'img\\A140_BIOSC_CE02.JPEG', 'https://maps.google', ...DMS_NEW],
  [' A070_CCP03_VF01', 'A070_', 'BUNKERING', 'Schneider', 'Variador', 'ATV630', 'ATV630', '192.168.1.85', '255.255.255.0', '192.168.1.85', '00:80:F4:AF:DE:AD', 0, 'ATV630', '343030353030304A', 'V22.18.16_00.00.00.00', 4096, 'a070_ccp03_vf01', 'a070xbccp03xbvf019148', 'ATV630D22N4', 'img\\A070_CCP03_VF01.JPEG', 'https://maps.google', ...DMS_NEW],
  ['A020_PLC', 'A020_', 'HC', 'Siemens', 'PLC', 1500, 'CPU 1511F-1 PN', '192.168.1.128', '255.255.255.0', '192.168.1.128', 'EC:1C:5D:BA:FD:B4', 1, '6ES7 511-1FL03-0AB0', 'S C-R6A52NYK2023', 'V03.01.03_00.00.00.00', 3, 'a020_plc.interfaz profinet', 'a020xbplc.interfazxaprofinet3232', 'Sala de Control A20', 'img\\A020_PLC.JPEG', 'https://maps.google', ...DMS_OLD],
  ['140-P-301_VDF', 'A140_', 'BIO3', 'Siemens', 'Variador', 'G120C', 'SINAMICS G120C', '192.168.1.146', '255.255.255.0', '192.168.1.146', '68:3E:02:64:E4:DB', 1, '6SL3 210-1KEXX-XXFX', null, null, 0, '140-p-301_vdf', 'xd140-p-301xbvdf7ba9', 'Bomba alimentación BIO 3 (Lado FQ)', 'img\\140-P-301_Vdf.mp4', 'https://maps.google', ...DMS_NEW],
  ['EX301-IO01', 'A000_', null, 'IFM', 'Periferia', 'IoLink', 'ifm IO-Link Master ', '192.168.1.154', '255.255.255.0', '192.168.1.154', '00:02:01:66:A3:ED', 0, 'AL1303', '000214418075', 'V02.03.23_00.00.00.00', 16707, 'ex301-io01', 'ex301-io01', null, null, null, ...DMS_OLD],
  ['020_Switch2', 'A020_', 'HC', 'Siemens', 'Switch', 'NO Gestionado', 'Scalance X005', null, null, null, null, null, '6GK5 005-0BA00-1CA3', 'A020_Switch2', 'v1.0', null, null, null, 'entry level unmanaged switch / 5 puertos', null, null, ...DMS_OLD],
];
const lookupSheet = (name: string, values: Cell[]): SheetGrid => ({ name, rows: values.map((v) => [v]) });
export const TRADEBE: WorkbookGrid = {
  fileName: 'INVENTARIO_TRADEBE_v1.3.xlsx',
  kind: 'xlsx',
  sheets: [
    { name: 'TRADEBE_RED_V1', rows: [TRADEBE_HEADER, ...TRADEBE_ROWS] },
    lookupSheet('Fabricante', ['Fabricante', 'Siemens', 'Schneider', 'IFM', 'SMC', 'Ibhsoftec', 'PC Estándar', 'Otros']),
    lookupSheet('Categorias', ['Categorias', 'PLC', 'HMI', 'Periferia', 'Variador', 'Adaptador', 'PC', 'Switch', 'Otros']),
    lookupSheet('SubCategoria_PLC', ['PLC', 1200, 1500, 300]),
    lookupSheet('SubCategoria_HMI', ['HMI', 'KTP400', 'KTP700', 'KTP900', 'KTP1200', 'TP1200']),
    lookupSheet('SubCategoria_OTROS', ['Otros', null]),
    lookupSheet('Areas', ['Areas', 'A000_', 'A020_', 'A030_', 'A040_', 'A050_', 'A070_', 'A100_', 'A110_', 'A120_', 'A140_']),
    lookupSheet('Areas_A000_', ['A000_']),
    lookupSheet('Areas_A140_', ['A140_', 'DEPURACION', 'BIO3']),
  ],
};

// 2 and 3. DFFM (Italian): the same 17-asset inventory as xlsx (4 sheets) and as csv (other headers, other port format).
interface DffmAsset {
  id: string;
  ip: string;
  mac: string;
  vendor: string;
  type: string;
  model: string;
  fw: string;
  serial: string;
  ports: [number, string, string][];
  protocols: string;
  zone: string;
  crit: string;
  status: string;
  note: string;
}
const OMRON_PORTS: [number, string, string][] = [[443, 'tcp', 'HTTPS'], [4840, 'tcp', 'OPC-UA'], [9600, 'tcp', 'FINS'], [44818, 'tcp/udp', 'EtherNet/IP']];
const omron = (id: string, ip: string, mac: string, serial: string, status: string, note: string): DffmAsset => ({
  id, ip, mac, vendor: 'Omron Corporation', type: 'PLC', model: 'NJ501-1300', fw: 'Rev 2.9', serial, ports: OMRON_PORTS,
  protocols: 'EtherNet/IP, FINS, OPC-UA', zone: 'Zone 1 - PLC Zone', crit: 'H', status, note,
});
const hakko = (id: string, ip: string, mac: string): DffmAsset => ({
  id, ip, mac, vendor: 'Hakko Electronics', type: 'HMI', model: 'GR-series', fw: 'GR-HTTPD 2.20', serial: '', ports: [[80, 'tcp', 'HTTP']],
  protocols: 'HTTP', zone: 'Zone 2 - HMI Zone', crit: 'M', status: 'Online', note: '',
});
const idecon = (id: string, ip: string, mac: string, serial: string, banner: string): DffmAsset => ({
  id, ip, mac, vendor: 'B&R Industrial Automation', type: 'PLC/Bilancia', model: 'B&R Idecon Codeline', fw: 'N/D', serial,
  ports: [[50000, 'tcp', 'Idecon TCP']], protocols: 'TCP/50000 Idecon', zone: 'Zone 1 - PLC Zone', crit: 'H', status: 'Online',
  note: `Banner espone dati prod: ${banner}`,
});
export const DFFM_ASSETS: DffmAsset[] = [
  omron('A-001', '172.16.224.21', '3C:F7:D1:80:3A:8F', '0x01c5f556', 'Running (0x0030)', 'PLC Omron documentato'),
  omron('A-002', '172.16.224.22', '3C:F7:D1:80:4E:BB', '0x01c5fbd8', 'Running+MinorFault (0x0034)', 'Status 0x0034: minor fault attivo'),
  omron('A-003', '172.16.224.23', '3C:F7:D1:80:3A:85', '0x01c5f551', 'Running (0x0030)', ''),
  omron('A-004', '172.16.224.24', '3C:F7:D1:80:4E:C9', '0x01c5fbe5', 'Running (0x0030)', ''),
  omron('A-005', '172.16.224.111', '3C:F7:D1:80:3B:DB', '0x01c5f5b8', 'Running+MinorFault (0x0034)', '*** ASSET NON DOCUMENTATO - non in inventario originale ***'),
  hakko('A-006', '172.16.224.41', '00:50:FF:14:C5:37'),
  hakko('A-007', '172.16.224.42', '00:50:FF:14:CF:D6'),
  hakko('A-008', '172.16.224.43', '00:50:FF:15:37:85'),
  hakko('A-009', '172.16.224.44', '00:50:FF:15:37:6D'),
  {
    ...hakko('A-010', '172.16.224.121', '00:50:FF:15:CA:46'), model: 'GR-series (variante)', fw: 'Dropbear SSH 2022.83',
    ports: [[22, 'tcp', 'SSH'], [515, 'tcp', 'LPD Printer']], protocols: '', note: '*** ASSET NON DOCUMENTATO - SSH+LPD inattesi su HMI ***',
  },
  idecon('A-011', '172.16.224.201', '00:60:65:AF:ED:F4', 'ID 02795', '226g|codeline|ID 02795|supervisor'),
  idecon('A-012', '172.16.224.202', '00:60:65:AF:EE:0A', 'ID 02792', 'ORDINE_PLC_TEST|226g|ID 02792'),
  idecon('A-013', '172.16.224.203', '00:60:65:AF:EE:10', 'ID 02794', '900g|codeline|ID 02794'),
  idecon('A-014', '172.16.224.204', '00:60:65:AF:E7:56', 'ID 02793', 'ORD1000|400g|ID 02793'),
  {
    id: 'A-015', ip: '172.16.224.10', mac: '14:4F:D7:CD:E5:44', vendor: 'D&S Cable Industries (HK)', type: 'Workstation/Hypervisor',
    model: 'Sconosciuto - VMware host', fw: 'N/D', serial: '',
    ports: [[135, 'tcp', 'MSRPC'], [139, 'tcp', 'NetBIOS'], [445, 'tcp', 'SMB'], [902, 'tcp', 'VMware SOAP'], [912, 'tcp', 'VMware Auth'], [161, 'udp', 'SNMP']],
    protocols: '', zone: 'Zone 4 - Unclassified', crit: 'H', status: 'Online', note: '*** ASSET NON DOCUMENTATO - Windows+VMware in rete OT ***',
  },
  {
    id: 'A-016', ip: '172.16.239.2', mac: 'EC:EB:B8:B5:09:50', vendor: 'Hewlett Packard Enterprise', type: 'Network Switch', model: 'HPE Aruba',
    fw: 'Mocana NanoSSH 6.3', serial: '', ports: [[22, 'tcp', 'SSH'], [23, 'tcp', 'Telnet'], [80, 'tcp', 'HTTP']], protocols: '',
    zone: 'Zone 3 - Infrastructure', crit: 'H', status: 'Online', note: '*** TELNET ABILITATO - accesso admin in chiaro ***',
  },
  {
    id: 'A-017', ip: '172.16.239.254', mac: '00:C0:A2:09:60:C4', vendor: 'Intermedium A/S (Secomea)', type: 'Remote Access Router',
    model: 'Secomea SiteManager', fw: 'Apache httpd', serial: '', ports: [[443, 'tcp', 'HTTPS'], [8080, 'tcp', 'HTTP Mgmt']], protocols: '',
    zone: 'Zone 3 - Remote Access', crit: 'H', status: 'Online - Auth required', note: 'Router accesso remoto. Porta 8080 da verificare.',
  },
];
const or = (text: string): Cell => (text === '' ? null : text);
const dffmRow = (a: DffmAsset, ports: string, empty: (t: string) => Cell): Cell[] => [
  a.id, a.ip, a.mac, a.vendor, a.type, a.model, a.fw, empty(a.serial), ports, empty(a.protocols), a.zone, a.crit, a.status, empty(a.note), '2026-03-19',
];
export const DFFM_XLSX: WorkbookGrid = {
  fileName: 'asset_inventory.xlsx',
  kind: 'xlsx',
  sheets: [
    {
      name: 'Asset Inventory',
      rows: [
        ['ID Asset', 'IP', 'MAC Address', 'Vendor', 'Tipo Device', 'Modello', 'Firmware/Version', 'Serial', 'Porte Aperte', 'Protocolli OT', 'Security Zone', 'Criticita', 'Status', 'Note', 'Data Rilevamento'],
        ...DFFM_ASSETS.map((a) => dffmRow(a, a.ports.map(([n, t]) => `${n}/${t}`).join(', '), or)),
      ],
    },
    {
      name: 'Open Ports Detail',
      rows: [
        ['IP', 'Porta', 'Protocollo', 'Servizio', 'Versione', 'Necessario', 'Note'],
        ...DFFM_ASSETS.flatMap((a) => a.ports.map(([n, t, s]): Cell[] => [a.ip, n, t, s, null, 'S', null])),
      ],
    },
    {
      name: 'Vulnerability Summary',
      rows: [
        ['Finding ID', 'IP Device', 'Modello', 'Titolo', 'Severita', 'CVSS Score', 'CVSS Vector', 'IEC 62443 SR', 'Remediation', 'Priorita'],
        ['F-001', '172.16.239.2', 'HPE Aruba Switch', 'Telnet abilitato su switch OT — protocollo di gestione in chiaro', 'Critical', 9.1, 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:N', 'SR 3.1; SR 4.1; SR 7.7', "1. Disabilitare Telnet: 'no telnet-server' sulla CLI dello switch\n2. Utilizzare esclusivamente SSH", 'Immediate'],
        ['F-002', '172.16.224.201, 202, 203, 204', 'B&R Idecon Bilance (4 device)', 'Accesso non autenticato TCP/50000', 'Critical', 9.8, 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H', 'SR 2.1; SR 4.1', '1. Contattare Idecon/B&R\n2. ACL switch', 'Immediate'],
      ],
    },
    {
      name: 'IEC 62443 Compliance',
      rows: [
        ['SR Reference', 'Title', 'Status', 'Note'],
        ...Array.from({ length: 51 }, (_, i): Cell[] => [`SR ${Math.floor(i / 7) + 1}.${(i % 7) + 1}`, 'Human user identification and authentication', i % 3 ? 'N/A' : 'Non Conforme', 'Non verificabile']),
      ],
    },
  ],
};
export const DFFM_CSV: WorkbookGrid = {
  fileName: 'assets.csv',
  kind: 'csv',
  csv: { encoding: 'utf-8', delimiter: ',', lineEnding: 'crlf' },
  sheets: [
    {
      name: 'assets',
      rows: [
        ['ID', 'IP', 'MAC', 'Vendor', 'Tipo', 'Modello', 'Firmware/Version', 'Serial', 'Porte Aperte', 'Protocolli OT', 'Security Zone', 'Criticita', 'Status', 'Note', 'Data Rilevamento'],
        ...DFFM_ASSETS.map((a) => dffmRow(a, a.ports.map(([n, t, s]) => `${n}/${t}(${s})`).join('; '), (t) => t)),
      ],
    },
  ],
};

// 9. UZORCYBER: row 1 empty, header on row 2, a metrics sheet beside it.
export const UZORCYBER: WorkbookGrid = {
  fileName: 'Asset Inventory.xlsx',
  kind: 'xlsx',
  sheets: [
    {
      name: 'Asset Inventory',
      rows: [
        blank(9),
        ['Asset ID', 'Asset Name', 'Asset Type', 'Owner', 'Location', 'Data Classification', 'Criticality', 'CIA Impact', 'Notes'],
        ['AST-001', 'AWS EC2 Servers', 'Cloud Server', 'Cloud Team', 'AWS', 'PHI', 'Critical', 'High', 'Hosts patient portal'],
        ['AST-002', 'Microsoft 365', 'SaaS', 'IT', 'Cloud', 'Internal', 'High', 'High', 'Email & Teams'],
        ['AST-003', 'HR Database', 'Database', 'HR', 'Azure', 'Confidential', 'High', 'High', 'Employee records'],
        ['AST-004', 'Customer Portal', 'Web Application', 'Engineering', 'AWS', 'PHI', 'Critical', 'High', 'Customer access'],
        ['AST-005', 'VPN Gateway', 'Network', 'IT', 'Data Center', 'Internal', 'High', 'High', 'Remote access'],
        ['AST-006', 'Firewall', 'Security Device', 'Network Team', 'HQ', 'Internal', 'Critical', 'High', 'Network protection'],
        ['AST-007', 'Employee Laptops', 'Endpoint', 'IT', 'Remote', 'Internal', 'Medium', 'Medium', 'Company-issued laptops'],
        ['AST-008', 'Active Directory', 'Identity', 'IT', 'Azure', 'Confidential', 'Critical', 'High', 'User authentication'],
        ['AST-009', 'Backup Server', 'Backup', 'IT', 'AWS', 'Confidential', 'High', 'High', 'Disaster recovery'],
        ['AST-010', 'Finance Database', 'Database', 'Finance', 'AWS', 'Financial', 'Critical', 'High', 'Financial records'],
      ],
    },
    {
      name: 'Asset Summary',
      rows: [['Metric', 'Value'], ['Total Assets', 10], ['Critical Assets', 4], ['High Assets', 4], ['Medium Assets', 2], ['Cloud Assets', 6], ['On-Prem Assets', 1]],
    },
  ],
};

// 10. Kazenzi: blank header over row numbers in column A, a lookup table beside the data, trailing empty rows.
export const KAZENZI: WorkbookGrid = {
  fileName: 'Asset Inventory.xlsx',
  kind: 'xlsx',
  sheets: [
    {
      name: 'Sheet1',
      rows: [
        [null, 'Asset', 'Network access', 'Owner', 'Location', 'Notes', 'Sensitivity', null, null, null, null],
        [1, 'Network router', 'Continuous', 'Internet service provider (ISP)', 'On-premises', 'Has a 2.4 GHz and 5 GHz connection. All devices on the home network connect to the 5 GHz frequency.', 'Confidential', null, 'Categories', 'Access desgination', null],
        [2, 'Desktop', 'Occasional', 'Homeowner', 'On-premises', 'Contains private information, like photos.', 'Restricted', null, 'Restricted', 'Need-to-know', null],
        [3, 'Guest smartphone', 'Occasional', 'Friend', 'On and Off-premises', 'Connects to my home network.', 'Internal-only', null, 'Confidential', 'Limited to specific users', null],
        [4, 'Laptop', 'Occasional', 'Homeowner', 'On-premises', 'Contains private information, like photos.', 'confidential', null, 'Internal-only', 'Users on-premises', null],
        [5, null, null, null, null, null, null, null, 'Public', 'Anyone', null],
        [6, null, null, null, null, null, null, null, null, null, null],
        ...blanks(8, 11),
      ],
    },
  ],
};

// 11. Azrael: cover page, document details, then registers with a title row, merged group headers and the header on row 3.
export const AZRAEL_DIGITAL_HEADER = [
  'Asset No.', 'Asset Name', 'Asset Description', 'Asset Owner', 'Asset User', 'Data retention period', 'Classification',
  'Asset Custodian', 'Asset Custodian', 'Storage type', 'Backup Type', 'Backup Period', 'Control Information', 'Confidentiality',
  'Integrity', 'Availability', 'Impact', 'Probability', 'Risk Level', 'Who have access to the asset?', null,
];
/** Merged cells: openpyxl gives the value in the first cell only; `repeatMerged` fills the range as some readers do. */
export function azrael(repeatMerged = false): WorkbookGrid {
  const fill = (text: string, from: number, to: number, width: number): Cell[] =>
    Array.from({ length: width }, (_, i) => (i === from || (repeatMerged && i > from && i <= to) ? text : null));
  const group = (width: number, spans: [string, number, number][]): Cell[] =>
    spans.reduce<Cell[]>((row, [text, from, to]) => row.map((c, i) => c ?? fill(text, from, to, width)[i] ?? null), blank(width));
  const nonDigitalHeader = AZRAEL_DIGITAL_HEADER.filter((_, i) => i !== 8).slice(0, 19);
  const documentDetails = blanks(22, 48);
  (documentDetails[6] as Cell[])[1] = 'Asset Register';
  ['Document properties', 'Document Number', 'Version History', 'Created Date', 'Created By', 'Approved By', 'Contact'].forEach((t, i) => {
    (documentDetails[8 + i] as Cell[])[2] = t;
  });
  (documentDetails[19] as Cell[])[3] = 'Version history';
  return {
    fileName: 'Asset Register.xlsx',
    kind: 'xlsx',
    sheets: [
      { name: 'Cover page', rows: blanks(37, 71) },
      { name: 'Document Details', rows: documentDetails },
      {
        name: 'Digital Asset',
        rows: [
          fill('Digital asset', 0, 19, 21),
          group(21, [['Digital Asset Details', 0, 12], ['Security Requirements', 13, 18], ['User Details', 19, 20]]),
          AZRAEL_DIGITAL_HEADER,
          ...blanks(58, 21),
        ],
      },
      {
        name: 'Non-Digtal Assets',
        rows: [
          fill('Non - Digital asset', 0, 18, 19),
          group(19, [['Digital Asset Details', 0, 11], ['Security Requirements', 12, 17], ['User Details', 18, 18]]),
          nonDigitalHeader,
          ...blanks(58, 19),
        ],
      },
      {
        name: 'People Asset',
        rows: [fill('People asset', 0, 5, 6), fill('People asset Details', 0, 5, 6), ['Emp ID', 'Designation', 'Departmemt', 'Reporting Party', 'Privileges', null], ...blanks(58, 6)],
      },
    ],
  };
}

// 7. snipe BLANKS: Excel-for-Mac CSV, three empty header cells, serials in scientific notation, US dates, blank user blocks.
export const SNIPE_BLANKS_HEADER = [
  'Full Name', 'Email', 'Username', 'item Name', '', 'Category', 'Model name', 'Manufacturer', '', 'Model Number', 'Serial',
  'Asset Tag', 'Location', '', 'Notes', 'Purchase Date', 'Purchase Cost', 'Company', 'Status', 'Warranty', 'Supplier',
];
export const SNIPE_BLANKS: WorkbookGrid = {
  fileName: 'assets-sample-BLANKS.csv',
  kind: 'csv',
  csv: { encoding: 'macintosh', delimiter: ',', lineEnding: 'cr' },
  sheets: [
    {
      name: 'assets-sample-BLANKS',
      rows: [
        SNIPE_BLANKS_HEADER,
        ...csvRows(
          [
            'Bonnie Nelson\tbnelson0@cdbaby.com\tbnelson0\teget nunc donec quis\t\tquam\tmassa id\tLinkbridge\t\t6.37702E+15\t27aa8378-b0f4-4289-84a4-405da95c6147\t970882174-8\tDaping\t\tCurabitur in libero ut massa volutpat convallis.\t4/5/16\t133289.59\tAlpha\tUndeployable\t14\tBlogspan',
            'Judith Ferguson\tjferguson1@state.tx.us\tjferguson1\tmi in porttitor\t\tjusto\tcongue diam id\tFlipstorm\t\t5.02E+18\t4bc7fc90-5a97-412f-8eed-77ecacc643fc\t544574073-0\tCirangga Kidul\t\t\t3/8/16\t763.46\t\tUndeployable\t12\tOyope',
            'Mildred Gibson\tmgibson2@wiley.com\tmgibson2\tmorbi quis tortor id\t\tnunc nisl duis\tconvallis tortor risus\tLajo\t\t3.74623E+14\t2837ab20-8f0d-4935-8a52-226392f2b1b0\t710141467-2\tShekou\t\tIn congue. Etiam justo.\t8/9/15\t233.57\tKonklab\tLost\t\t',
            '\t\t\tamet cursus id turpis\t\tsed\tin faucibus orci\tZoomlounge\t\t3.54962E+15\t\t103538064-1\tLeksand\t\t\t10/11/15\t\t\tPending Diagnostics\t\t',
            'Betty Powell\tbpowell4@tuttocitta.it\tbpowell4\tipsum praesent\t\tcondimentum curabitur\tet ultrices\tKazu\t\t3.56708E+15\tf9b473c6-c810-42f2-8335-27ce468889a8\t118753405-6\tDresi Wetan\t\t\t6/16/15\t324.8\t\tReady to Deploy\t\t',
            'Anthony Wheeler\tawheeler5@cocolog-nifty.com\tawheeler5\tdictumst maecenas ut\t\tsem praesent\taccumsan felis\tLayo\t\t3.00525E+13\t4751495c-cee0-4961-b788-94a545b5643e\t998233705-X\tDante Delgado\t\t\t4/16/16\t261.79\t\tArchived\t15\tNtag',
            'Emily Wheeler\tewheelera@google.de\tewheelera\tin felis\t\tleo odio\tquam sapien varius\tRoombo\t\t2.01954E+14\t527b2445-2c67-4f76-912f-6ec42400a584\t441402118-9\tLutsâ€™k\t\tSuspendisse potenti.\t5/18/16\t\tBitwolf\tLost\t36\tWikizz',
          ].join('\n'),
        ),
        Array.from({ length: 21 }, () => ''),
      ],
    },
  ],
};

// 8. snipe sample: UTF-8 with BOM, which sticks to the first header.
export const SNIPE_SAMPLE: WorkbookGrid = {
  fileName: 'assets-sample.csv',
  kind: 'csv',
  csv: { encoding: 'utf-8', delimiter: ',', lineEnding: 'lf' },
  sheets: [
    {
      name: 'assets-sample',
      rows: [
        ['\uFEFFCompany', 'Name', 'Asset Tag', 'Category', 'Supplier', 'Manufacturer', 'Location', 'Order Number', 'Model', 'Model Notes', 'Model Number', 'Asset Notes', 'Purchase Date', 'Purchase Cost', 'Checkout Type', 'Checked Out To: Username', 'Checked Out To: First Name', 'Checked Out To: Last Name', 'Checked Out To: Email', 'Checked Out To: Location', 'Asset EOL Date'],
        ['Abshire and Sons', 'Backhoe', 'ICC-2065556', 'Ornamental Railings', 'Kunde, Doyle and Kozey', 'Berge Inc', 'Wilkinson, Waters and Kerluke', '3271901481', 'Macbook Pro 13"', '', '1786VM80X07', 'at nulla suspendisse potenti', '1/23/23', '2266.13', '', '', '', '', '', '', '10/27/28'],
      ],
    },
  ],
};

// 6. Seok-Hyun-Ann (Korean headers): duplicate id, empty id, formula injection in the manufacturer column.
export const KOREAN: WorkbookGrid = {
  fileName: 'assets-sample.csv',
  kind: 'csv',
  csv: { encoding: 'utf-8', delimiter: ',', lineEnding: 'lf' },
  sheets: [
    {
      name: 'assets-sample',
      rows: csvRows(
        [
          '자산id\t제조사\t모델\t펌웨어\t공장\t구역\t안전중요도\t수명주기\t비고',
          'plc-line1-01\tMitsubishi Electric\tMELSEC iQ-R Series R08PCPU\t48\tFactory-A\tCell-L2\thigh\tsupported\t정상',
          'plc-line1-02\tMitsubishi Electric\tMELSEC iQ-R Series R08PCPU\t\tFactory-A\tCell-L2\thigh\tsupported\t펌웨어미상',
          'plc-line1-01\tMitsubishi Electric\tMELSEC iQ-R Series R08PCPU\t49\tFactory-A\tCell-L2\thigh\tsupported\t중복행',
          "\tMitsubishi Electric\tMELSEC iQ-R\t48\tFactory-A\tCell-L3\thigh\tsupported\tid없음",
          "plc-evil-01\t=cmd|' /C calc'!A1\tMELSEC iQ-R Series R08PCPU\t48\tFactory-B\tCell-L1\thigh\tEOL\t수식주입",
        ].join('\n'),
      ),
    },
  ],
};
