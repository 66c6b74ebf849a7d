import { info, type Parsed, splitList, type ValueNote, warn } from './parsed';

/** IPv4 in dotted decimal; leading zeros ("192.168.001.010") are read as decimal and dropped. */
export function normalizeIpv4(text: string): string | null {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(text);
  if (!m) return null;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets.join('.') : null;
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
  const bare = text.replace(/^\[(.*)\]$/, '$1');
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
  const add = (ip: string) => {
    if (!value.includes(ip)) value.push(ip);
  };
  for (const token of splitList(text, '\\s')) {
    const cidr = /^(.+)\/(\d{1,3})$/.exec(token);
    const address = cidr?.[1] ? normalizeIp(cidr[1]) : null;
    if (cidr && address) {
      if (Number(cidr[2]) > (address.includes(':') ? 128 : 32)) {
        notes.push(warn(`"${token}" has an impossible network prefix; it was left out.`));
      } else {
        notes.push(info(`"${token}": kept the address ${address} and dropped the network prefix /${cidr[2]}.`));
        add(address);
      }
      continue;
    }
    for (const part of token.split('/').filter(Boolean)) {
      const ip = normalizeIp(part);
      if (ip) add(ip);
      else notes.push(warn(`"${part}" is not a valid IP address; it was left out.`));
    }
  }
  return { value, notes };
}
