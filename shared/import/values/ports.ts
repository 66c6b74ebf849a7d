import { type Parsed, type ValueNote, warn } from './parsed';

/** A range wider than this ("1-65535") is a scan setting, not a list of services; it is reported, not expanded. */
const MAX_RANGE = 100;
const TRANSPORTS = '(?:tcp|udp|sctp)';
const PORT_FIRST = new RegExp(`^(\\d{1,5})(?:-(\\d{1,5}))?((?:\\/${TRANSPORTS})*)$`, 'i'); // 443, 443/tcp, 44818/tcp/udp, 20-21/tcp
const TRANSPORT_FIRST = new RegExp(`^${TRANSPORTS}[/:](\\d{1,5})$`, 'i'); // tcp/502, udp:161
const TRANSPORT_ONLY = new RegExp(`^${TRANSPORTS}$`, 'i');

export interface ParsedPorts {
  ports: number[];
  /** Service names written in brackets after a port: "443/tcp(HTTPS)" → "HTTPS". */
  services: string[];
}

/** Ports from `443/tcp, 4840/tcp`, `443/tcp(HTTPS); 4840/tcp(OPC-UA)`, `tcp/502` or a bare `502`. */
export function parsePorts(text: string): Parsed<ParsedPorts> {
  const ports: number[] = [];
  const services: string[] = [];
  const notes: ValueNote[] = [];
  const rest = text.includes('(')
    ? text.replace(/\(([^)]*)\)/g, (_, name: string) => {
        const service = name.trim();
        if (service && !services.some((s) => s.toLowerCase() === service.toLowerCase())) services.push(service);
        return ' ';
      })
    : text;
  for (const token of rest.split(/[\s,;|]+/).filter(Boolean)) {
    const range = PORT_FIRST.exec(token);
    const single = range ? null : TRANSPORT_FIRST.exec(token);
    if (range) {
      const from = Number(range[1]);
      const to = range[2] === undefined ? from : Number(range[2]);
      if (to < from || to - from > MAX_RANGE) {
        notes.push(warn(`Port range "${token}" is too wide to list; it was left out.`));
        continue;
      }
      for (let n = from; n <= to; n += 1) addPort(ports, notes, n, token);
    } else if (single) {
      addPort(ports, notes, Number(single[1]), token);
    } else if (!TRANSPORT_ONLY.test(token)) {
      notes.push(warn(`"${token}" is not a port; it was left out.`));
    }
  }
  return { value: { ports, services }, notes };
}

function addPort(ports: number[], notes: ValueNote[], n: number, token: string): void {
  if (n > 65535) notes.push(warn(`"${token}" is not a port number (0–65535); it was left out.`));
  else if (!ports.includes(n)) ports.push(n);
}

/** A numeric cell holds one port. */
export function portFromNumber(n: number): Parsed<ParsedPorts> {
  if (Number.isInteger(n) && n >= 0 && n <= 65535) return { value: { ports: [n], services: [] }, notes: [] };
  return { value: { ports: [], services: [] }, notes: [warn(`${n} is not a port number (0–65535); it was left out.`)] };
}
