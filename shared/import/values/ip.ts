import { info, type Parsed, splitList, type ValueNote, warn } from './parsed';

/** IPv4 in dotted decimal; leading zeros ("192.168.001.010") are read as decimal and dropped. */
export function normalizeIpv4(text: string): string | null {
  // By hand rather than by regex: every IP cell of a big inventory comes through here.
  let octet = 0;
  let digits = 0;
  let dots = 0;
  let leadingZero = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) {
      if (digits === 3) return null;
      if (digits === 1 && octet === 0) leadingZero = true;
      octet = octet * 10 + code - 48;
      digits += 1;
    } else if (code === 46 && digits > 0 && octet <= 255 && dots < 3) {
      dots += 1;
      octet = 0;
      digits = 0;
    } else return null;
  }
  if (dots !== 3 || digits === 0 || octet > 255) return null;
  return leadingZero ? text.split('.').map(Number).join('.') : text;
}

/** IPv6 in any valid textual form (with "::", an embedded IPv4 tail or a %zone), lower-cased, else null. */
export function normalizeIpv6(text: string): string | null {
  const [address = '', zone] = text.toLowerCase().split('%', 2);
  if (zone !== undefined && !/^[\w.-]+$/.test(zone)) return null;
  const halves = address.split('::');
  if (halves.length > 2) return null;
  const groups = halves.flatMap((half) => (half === '' ? [] : half.split(':')));
  let count = 0;
  for (const [i, group] of groups.entries()) {
    if (/^[0-9a-f]{1,4}$/.test(group)) count += 1;
    else if (i === groups.length - 1 && normalizeIpv4(group)) count += 2;
    else return null;
  }
  const compressed = halves.length === 2;
  if (compressed ? count > 7 : count !== 8) return null;
  return zone === undefined ? address : `${address}%${zone}`;
}

export function normalizeIp(text: string): string | null {
  const bare = text.startsWith('[') ? text.replace(/^\[(.*)\]$/, '$1') : text;
  return normalizeIpv4(bare) ?? (bare.includes(':') ? normalizeIpv6(bare) : null);
}

/** Netmasks and the "no gateway" address look like IPs but say nothing about a device. */
export function isNetmaskLike(ip: string): boolean {
  return ip === '0.0.0.0' || /^255\.(?:0|128|192|224|240|248|252|254|255)\./.test(ip);
}

/**
 * The IPs in one cell, separated by `, ; / | space newline`. An address with a CIDR prefix
 * ("10.0.0.5/24") keeps the address and drops the prefix: an asset has addresses, the prefix
 * describes its network (an info note says what was dropped).
 */
export function parseIpList(text: string): Parsed<string[]> {
  const value: string[] = [];
  const notes: ValueNote[] = [];
  for (const token of splitList(text, '\\s')) {
    if (!token.includes('/')) {
      const ip = normalizeIp(token);
      if (ip) addNew(value, ip);
      else notes.push(warn(`"${token}" is not a valid IP address; it was left out.`));
      continue;
    }
    const cidr = /^(.+)\/(\d{1,3})$/.exec(token);
    const address = cidr?.[1] ? normalizeIp(cidr[1]) : null;
    if (cidr && address) {
      if (Number(cidr[2]) > (address.includes(':') ? 128 : 32)) {
        notes.push(warn(`"${token}" has an impossible network prefix; it was left out.`));
      } else {
        notes.push(info(`"${token}": kept the address ${address} and dropped the network prefix /${cidr[2]}.`));
        addNew(value, address);
      }
      continue;
    }
    for (const part of token.split('/').filter(Boolean)) {
      const ip = normalizeIp(part);
      if (ip) addNew(value, ip);
      else notes.push(warn(`"${part}" is not a valid IP address; it was left out.`));
    }
  }
  return { value, notes };
}

function addNew(list: string[], item: string): void {
  if (!list.includes(item)) list.push(item);
}
