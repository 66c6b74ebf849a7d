import { once } from 'node:events';
import { createWriteStream, statSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';

export type BenchFormat = 'xlsx' | 'csv';

export interface BenchFile {
  rows: number;
  format: BenchFormat;
  path: string;
  bytes: number;
  generateMs: number;
}

/** The 15 columns of a typical plant asset list, headers as an integrator would type them. */
export const HEADERS = [
  'Tag',
  'Type',
  'Vendor',
  'Model',
  'Firmware',
  'Serial',
  'IP',
  'MAC',
  'Hostname',
  'Protocols',
  'Ports',
  'Zone',
  'Location',
  'Criticality',
  'Notes',
] as const;

interface Product {
  prefix: string;
  type: string;
  vendor: string;
  model: string;
  firmware: string;
  protocols: string;
  ports: string | number;
}

const PRODUCTS: readonly Product[] = [
  { prefix: 'PLC', type: 'PLC', vendor: 'Siemens', model: 'S7-1500 CPU 1516-3 PN/DP', firmware: 'V2.9.4', protocols: 'PROFINET, S7comm', ports: '102, 80, 443' },
  { prefix: 'PLC', type: 'PLC', vendor: 'Rockwell Automation', model: 'ControlLogix 1756-L83E', firmware: '33.011', protocols: 'EtherNet/IP, CIP', ports: 44818 },
  { prefix: 'HMI', type: 'HMI', vendor: 'Siemens', model: 'TP1200 Comfort Panel', firmware: 'V17.0.0.0', protocols: 'PROFINET', ports: '102, 5900' },
  { prefix: 'SW', type: 'Switch', vendor: 'Hirschmann', model: 'RSP35', firmware: '09.0.04', protocols: 'SNMP, HTTPS', ports: '161, 443' },
  { prefix: 'FW', type: 'Firewall', vendor: 'Fortinet', model: 'FortiGate 60F', firmware: '7.2.8', protocols: 'HTTPS, SSH', ports: '443, 22' },
  { prefix: 'RTU', type: 'RTU', vendor: 'Schneider Electric', model: 'SCADAPack 570', firmware: '9.8.1', protocols: 'DNP3, Modbus/TCP', ports: '20000, 502' },
  { prefix: 'VFD', type: 'Drive', vendor: 'ABB', model: 'ACS880', firmware: '3.4.0', protocols: 'Modbus/TCP', ports: 502 },
  { prefix: 'EWS', type: 'Engineering workstation', vendor: 'Dell', model: 'Precision 3660', firmware: 'BIOS 2.14', protocols: 'RDP, SMB', ports: '3389, 445' },
  { prefix: 'IED', type: 'IED', vendor: 'Siemens', model: 'SIPROTEC 5 7SJ85', firmware: 'V9.50', protocols: 'IEC 61850, IEC 60870-5-104', ports: '102, 2404' },
  { prefix: 'HIS', type: 'Historian', vendor: 'AVEVA', model: 'PI Server 2018 SP3', firmware: '3.4.430', protocols: 'HTTPS, OPC UA', ports: '5450, 4840' },
];
const ZONES = ['Z1 Control', 'Z2 Supervisory', 'Z3 Operations', 'Z0 Field', 'DMZ'];
const CRITICALITIES = ['Low', 'Medium', 'High', 'Critical'];
const hex = (n: number) => n.toString(16).padStart(2, '0');

/** One asset row; tags, serials, IPs, MACs and hostnames are unique for every i < 62,500 × 250. */
export function assetRow(i: number): (string | number)[] {
  const p = PRODUCTS[i % PRODUCTS.length]!;
  const n = i + 1;
  const tag = `${p.prefix}-${String(n).padStart(6, '0')}`;
  const ip = `10.${1 + Math.floor(i / 62_500)}.${Math.floor(i / 250) % 250}.${(i % 250) + 1}`;
  const mac = `00:1b:1b:${hex((i >> 16) & 255)}:${hex((i >> 8) & 255)}:${hex(i & 255)}`;
  const area = 1 + (Math.floor(i / 40) % 60);
  return [
    tag,
    p.type,
    p.vendor,
    p.model,
    p.firmware,
    `SN${(7_300_000 + i * 7).toString(36).toUpperCase()}${n}`,
    ip,
    mac,
    `${tag.toLowerCase()}.plant.local`,
    p.protocols,
    p.ports,
    ZONES[Math.floor(i / 500) % ZONES.length]!,
    `Building ${String.fromCharCode(65 + (area % 6))}, area ${area}, cabinet ${1 + (i % 24)}`,
    CRITICALITIES[i % CRITICALITIES.length]!,
    i % 7 === 0 ? `Commissioned ${2010 + (i % 14)}; spare parts on site, see "maintenance plan" §${1 + (i % 9)}` : '',
  ];
}

const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
};

async function writeCsv(path: string, rows: number) {
  const out = createWriteStream(path, { encoding: 'utf8' });
  const lines = (from: number, to: number) =>
    Array.from({ length: to - from }, (_, k) => assetRow(from + k).map(csvCell).join(',')).join('\r\n') + '\r\n';
  out.write(HEADERS.join(',') + '\r\n');
  for (let from = 0; from < rows; from += 5000) {
    if (!out.write(lines(from, Math.min(rows, from + 5000)))) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/** Streams the workbook (row.commit()) as Excel would save it: shared strings, styles, one sheet. */
async function writeXlsx(path: string, rows: number) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const sheet = workbook.addWorksheet('Assets');
  const header = sheet.addRow([...HEADERS]);
  header.font = { bold: true };
  header.commit();
  for (let i = 0; i < rows; i++) sheet.addRow(assetRow(i)).commit();
  sheet.commit();
  await workbook.commit();
}

/** Writes one xlsx and one csv file per size into dir (a temp dir, never the repo). */
export async function generateFiles(
  dir: string,
  sizes: readonly number[],
  log: (line: string) => void,
  formats: readonly BenchFormat[] = ['xlsx', 'csv'],
): Promise<BenchFile[]> {
  const files: BenchFile[] = [];
  for (const rows of sizes) {
    for (const format of formats) {
      const path = join(dir, `assets-${rows}.${format}`);
      const start = performance.now();
      await (format === 'xlsx' ? writeXlsx(path, rows) : writeCsv(path, rows));
      const generateMs = performance.now() - start;
      const bytes = statSync(path).size;
      files.push({ rows, format, path, bytes, generateMs });
      log(`generated ${path} (${(bytes / 1e6).toFixed(1)} MB) in ${(generateMs / 1000).toFixed(1)} s`);
    }
  }
  return files;
}
