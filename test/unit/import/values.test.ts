import { describe, expect, it } from 'vitest';
import { cellToText, excelSerialToDate, isoDate, numberToText } from '../../../shared/import/cell-text';
import { cleanText, foldText, isPlaceholder } from '../../../shared/import/normalize-text';
import { assetTypeTable } from '../../../shared/import/values/asset-type';
import { criticalityTable } from '../../../shared/import/values/criticality';
import { normalizeIp, parseIpList } from '../../../shared/import/values/ip';
import { lifecycleTable } from '../../../shared/import/values/lifecycle';
import { looksLikeMac, normalizeMac, parseMacList } from '../../../shared/import/values/mac';
import { parsePorts, portFromNumber } from '../../../shared/import/values/ports';
import { parseProtocols } from '../../../shared/import/values/protocols';
import { purdueFromText } from '../../../shared/import/values/purdue';
import { remoteAccessFromText } from '../../../shared/import/values/remote-access';
import { expandScientific, identifierFromCell } from '../../../shared/import/values/serial';

describe('IP addresses', () => {
  it.each([
    ['192.168.0.45', '192.168.0.45'],
    ['192.168.001.010', '192.168.1.10'],
    ['10.0.0.256', null],
    ['10.0.0', null],
    ['fe80::1', 'fe80::1'],
    ['FE80::0202:B3FF:FE1E:8329', 'fe80::0202:b3ff:fe1e:8329'],
    ['2001:db8:0:0:0:0:2:1', '2001:db8:0:0:0:0:2:1'],
    ['::ffff:192.0.2.1', '::ffff:192.0.2.1'],
    ['[2001:db8::1]', '2001:db8::1'],
    ['fe80::1%eth0', 'fe80::1%eth0'],
    ['2001:db8::1::2', null],
    ['1:2:3:4:5:6:7', null],
    ['1:2:3:4:5:6:7:8:9', null],
    ['gggg::1', null],
    ['PLC-01', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeIp(input)).toBe(expected);
  });

  it.each([
    ['192.168.1.1, 192.168.1.2', ['192.168.1.1', '192.168.1.2']],
    ['192.168.1.1;192.168.1.2\n10.0.0.1', ['192.168.1.1', '192.168.1.2', '10.0.0.1']],
    ['192.168.1.1 / 192.168.1.2', ['192.168.1.1', '192.168.1.2']],
    ['192.168.1.1/192.168.1.2', ['192.168.1.1', '192.168.1.2']],
    ['10.1.1.1 10.1.1.1', ['10.1.1.1']],
    ['fe80::1, 10.0.0.1', ['fe80::1', '10.0.0.1']],
  ])('splits %j', (input, expected) => {
    expect(parseIpList(input)).toEqual({ value: expected, notes: [] });
  });

  it('keeps the address of a CIDR and says the prefix was dropped', () => {
    expect(parseIpList('10.0.0.5/24')).toEqual({
      value: ['10.0.0.5'],
      notes: [{ severity: 'info', message: '"10.0.0.5/24": kept the address 10.0.0.5 and dropped the network prefix /24.' }],
    });
    expect(parseIpList('2001:db8::1/64').value).toEqual(['2001:db8::1']);
    expect(parseIpList('10.0.0.5/33')).toEqual({ value: [], notes: [{ severity: 'warning', message: '"10.0.0.5/33" has an impossible network prefix; it was left out.' }] });
  });

  it('names each invalid value and keeps the valid ones', () => {
    expect(parseIpList('172.16.224.201, 202, 999.1.1.1')).toEqual({
      value: ['172.16.224.201'],
      notes: [
        { severity: 'warning', message: '"202" is not a valid IP address; it was left out.' },
        { severity: 'warning', message: '"999.1.1.1" is not a valid IP address; it was left out.' },
      ],
    });
  });
});

describe('MAC addresses', () => {
  it.each([
    ['00-1B-1B-60-D2-E9', '00:1b:1b:60:d2:e9'],
    ['001b.1b60.d2e9', '00:1b:1b:60:d2:e9'],
    ['001B1B60D2E9', '00:1b:1b:60:d2:e9'],
    ['8C:8C:AA:56:15:7E', '8c:8c:aa:56:15:7e'],
    ['00 1b 1b 60 d2 e9', '00:1b:1b:60:d2:e9'],
    ['00:1B:1B:60:D2', null],
    ['00:1B:1B:60:D2:XX', null],
  ])('%s → %s', (input, expected) => {
    expect(normalizeMac(input)).toBe(expected);
  });

  it('splits several MACs and warns about the bad one', () => {
    expect(parseMacList('00-1B-1B-60-D2-E9, 001b.1b60.d2ea\n00:1B:1B')).toEqual({
      value: ['00:1b:1b:60:d2:e9', '00:1b:1b:60:d2:ea'],
      notes: [{ severity: 'warning', message: '"00:1B:1B" is not a valid MAC address; it was left out.' }],
    });
    expect(parseMacList('00:1b:1b:60:d2:e9 00:1b:1b:60:d2:ea').value).toEqual(['00:1b:1b:60:d2:e9', '00:1b:1b:60:d2:ea']);
  });

  it('recognises MACs in content only with separators (bare hex could be a serial)', () => {
    expect(looksLikeMac('3C:F7:D1:80:3A:8F')).toBe(true);
    expect(looksLikeMac('3c-f7-d1-80-3a-8f')).toBe(true);
    expect(looksLikeMac('3cf7.d180.3a8f')).toBe(true);
    expect(looksLikeMac('343030353030304A')).toBe(false);
    expect(looksLikeMac('3C:F7-D1:80:3A:8F')).toBe(false);
  });
});

describe('serial numbers and other identifiers', () => {
  it.each([
    ['6.37702E+15', '6377020000000000'],
    ['5.02E+18', '5020000000000000000'],
    ['3.00525e13', '30052500000000'],
    ['6,37702E+15', '6377020000000000'],
    ['1.23456789E+3', null],
    ['S C-FNSL2848', null],
  ])('expands %s → %s', (input, expected) => {
    expect(expandScientific(input)).toBe(expected);
  });

  it('writes a number cell in full digits, warning when Excel may have rounded it', () => {
    expect(identifierFromCell(6.37702e15, 'Serial number')).toEqual({
      value: '6377020000000000',
      notes: [
        {
          severity: 'warning',
          message:
            'Serial number arrived as the number 6377020000000000: Excel keeps only 15 significant digits, so its last digits may have been rounded. Check it against the device label.',
        },
      ],
    });
    expect(identifierFromCell(123456789012345, 'Serial number')).toEqual({ value: '123456789012345', notes: [] });
    expect(identifierFromCell(1200, 'Model')).toEqual({ value: '1200', notes: [] });
    expect(identifierFromCell('  000214418075 ', 'Serial number')).toEqual({ value: '000214418075', notes: [] });
  });

  it('flags text in exponent form', () => {
    const { value, notes } = identifierFromCell('3.74623E+14', 'Serial number');
    expect(value).toBe('374623000000000');
    expect(notes[0]?.message).toMatch(/^Serial number "3\.74623E\+14" is in scientific notation: Excel shortened a long number/);
  });
});

describe('ports', () => {
  it.each([
    ['443/tcp, 4840/tcp, 9600/tcp, 44818/tcp/udp', [443, 4840, 9600, 44818], []],
    ['443/tcp(HTTPS); 4840/tcp(OPC-UA); 44818/tcp/udp(EtherNet/IP)', [443, 4840, 44818], ['HTTPS', 'OPC-UA', 'EtherNet/IP']],
    ['502', [502], []],
    ['tcp/502, udp:161', [502, 161], []],
    ['502 tcp', [502], []],
    ['20-22/tcp', [20, 21, 22], []],
    ['80, 80/tcp', [80], []],
    ['22/tcp(SSH); 515/tcp(LPD Printer)', [22, 515], ['SSH', 'LPD Printer']],
  ])('%s', (input, ports, services) => {
    expect(parsePorts(input)).toEqual({ value: { ports, services }, notes: [] });
  });

  it('reports what is not a port', () => {
    expect(parsePorts('443, 70000, https, 1-65535').notes.map((n) => n.message)).toEqual([
      '"70000" is not a port number (0–65535); it was left out.',
      '"https" is not a port; it was left out.',
      'Port range "1-65535" is too wide to list; it was left out.',
    ]);
    expect(parsePorts('443, 70000').value.ports).toEqual([443]);
  });

  it('takes a number cell as one port', () => {
    expect(portFromNumber(502)).toEqual({ value: { ports: [502], services: [] }, notes: [] });
    expect(portFromNumber(502.5).notes[0]?.message).toBe('502.5 is not a port number (0–65535); it was left out.');
  });
});

describe('protocols', () => {
  it('splits on commas, semicolons and lines but keeps EtherNet/IP whole, without repeats', () => {
    expect(parseProtocols('EtherNet/IP, FINS, OPC-UA')).toEqual(['EtherNet/IP', 'FINS', 'OPC-UA']);
    expect(parseProtocols('Modbus TCP;  S7comm\nprofinet; PROFINET')).toEqual(['Modbus TCP', 'S7comm', 'profinet']);
    expect(parseProtocols('TCP/50000 Idecon')).toEqual(['TCP/50000 Idecon']);
  });
});

describe('criticality', () => {
  it.each([
    ['H', 'high'],
    ['M', 'medium'],
    ['L', 'low'],
    ['C', 'critical'],
    ['High', 'high'],
    ['Alta', 'high'],
    ['Hoch', 'high'],
    ['Élevée', 'high'],
    ['elevata', 'high'],
    ['Media', 'medium'],
    ['Mittel', 'medium'],
    ['Niedrig', 'low'],
    ['Baja', 'low'],
    ['Faible', 'low'],
    ['Critical', 'critical'],
    ['Crítica', 'critical'],
    ['Kritisch', 'critical'],
    ['Critique', 'critical'],
    ['Very high', 'critical'],
    ['1', 'low'],
    ['2', 'medium'],
    ['3', 'high'],
    ['4', 'critical'],
    ['high', 'high'],
    ['높음', 'high'],
    ['Critical - safety', 'critical'],
    ['5', null],
    ['Severe-ish', null],
    ['Chigh', null],
  ])('%s → %s', (input, expected) => {
    expect(criticalityTable.lookup(input)).toBe(expected);
  });
});

describe('lifecycle', () => {
  it.each([
    ['Active', 'in-service'],
    ['In service', 'in-service'],
    ['Operativo', 'in-service'],
    ['In Betrieb', 'in-service'],
    ['Running (0x0030)', 'in-service'],
    ['Running+MinorFault (0x0034)', 'in-service'],
    ['Online - Auth required', 'in-service'],
    ['supported', 'in-service'],
    ['EoL', 'end-of-life'],
    ['EOL', 'end-of-life'],
    ['End of life', 'end-of-life'],
    ['Obsoleto', 'end-of-life'],
    ['Abgekündigt', 'end-of-life'],
    ['End of support', 'end-of-support'],
    ['Not supported', 'end-of-support'],
    ['Spare', 'spare'],
    ['Repuesto', 'spare'],
    ['Ready to Deploy', 'spare'],
    ['Decommissioned', 'decommissioned'],
    ['Retired', 'decommissioned'],
    ['Dismesso', 'decommissioned'],
    ['Außer Betrieb', 'decommissioned'],
    ['Archived', 'decommissioned'],
    ['Planned', 'planned'],
    ['Undeployable', null],
    ['Lost', null],
    ['Pending Diagnostics', null],
  ])('%s → %s', (input, expected) => {
    expect(lifecycleTable.lookup(input)).toBe(expected);
  });
});

describe('Purdue level', () => {
  it.each([
    ['L1', '1'],
    ['Level 2', '2'],
    ['level2', '2'],
    ['Nivel 3', '3'],
    ['Livello 0', '0'],
    ['Ebene 4', '4'],
    ['3.5', '3.5'],
    ['3,5', '3.5'],
    ['L3.5', '3.5'],
    ['DMZ', '3.5'],
    ['IDMZ', '3.5'],
    ['Level 2 - Supervisory', '2'],
    ['5', '5'],
    ['3.0', '3'],
    ['Level 6', null],
    ['2.5', null],
    ['12', null],
    ['Zone 1 - PLC Zone', null],
  ])('%s → %s', (input, expected) => {
    expect(purdueFromText(input)).toBe(expected);
  });
});

describe('remote access', () => {
  it.each([
    ['yes', true],
    ['Y', true],
    ['sí', true],
    ['si', true],
    ['Ja', true],
    ['oui', true],
    ['TRUE', true],
    ['x', true],
    ['1', true],
    ['no', false],
    ['Nein', false],
    ['non', false],
    ['false', false],
    ['0', false],
    ['None', false],
    ['maybe', null],
    ['no idea', null],
  ])('%s → %s', (input, expected) => {
    expect(remoteAccessFromText(input)).toBe(expected);
  });
});

describe('asset type words', () => {
  it.each([
    ['PLC', 'plc'],
    ['SPS', 'plc'],
    ['Automate', 'plc'],
    ['Autómata', 'plc'],
    ['CPU', 'plc'],
    ['PLC/Bilancia', 'plc'],
    ['HMI', 'hmi'],
    ['Panel', 'hmi'],
    ['Pantalla', 'hmi'],
    ['Bediengerät', 'hmi'],
    ['Switch', 'switch'],
    ['Network Switch', 'switch'],
    ['Commutateur', 'switch'],
    ['VFD', 'drive'],
    ['Variador', 'drive'],
    ['Umrichter', 'drive'],
    ['Inverter', 'drive'],
    ['Periferia', 'field-io'],
    ['Remote I/O', 'field-io'],
    ['ET200', 'field-io'],
    ['PC', 'ews'],
    ['Workstation/Hypervisor', 'ews'],
    ['SIMATIC PC', 'ews'],
    ['Server', 'it-server'],
    ['Cloud Server', 'it-server'],
    ['Firewall', 'firewall'],
    ['Router', 'router'],
    ['Remote Access Router', 'vpn-server'],
    ['Camera', 'camera-iot'],
    ['Safety PLC', 'safety-controller'],
    ['Adaptador', 'data-gateway'],
    ['AP', 'wireless-ap'],
    ['Otros', 'other'],
    ['SaaS', null],
    ['Identity', null],
    ['apparatus', null],
  ])('%s → %s', (input, expected) => {
    expect(assetTypeTable.lookup(input)).toBe(expected);
  });
});

describe('cell text', () => {
  it('writes numbers in full digits, booleans and dates as a sheet shows them', () => {
    expect(numberToText(6.37702e15)).toBe('6377020000000000');
    expect(numberToText(41.3423)).toBe('41.3423');
    expect(numberToText(Number.NaN)).toBe('');
    expect(cellToText(true)).toBe('TRUE');
    expect(cellToText(null)).toBe('');
    expect(cellToText(new Date(Date.UTC(2026, 2, 19)))).toBe('2026-03-19');
    expect(isoDate(new Date(Date.UTC(2026, 2, 19, 14, 5)))).toBe('2026-03-19 14:05');
    expect(isoDate(new Date(Date.UTC(2026, 2, 19, 14, 5, 9)))).toBe('2026-03-19 14:05:09');
    expect(isoDate(new Date(Number.NaN))).toBe('');
  });

  it('converts Excel date serials', () => {
    expect(isoDate(excelSerialToDate(46100) as Date)).toBe('2026-03-19');
    expect(isoDate(excelSerialToDate(1) as Date)).toBe('1899-12-31');
    expect(excelSerialToDate(0)).toBeNull();
    expect(excelSerialToDate(3e6)).toBeNull();
  });

  it('cleans whitespace, keeping line breaks only in notes', () => {
    expect(cleanText('  a \t b\u00A0c\u200B ')).toBe('a b c');
    expect(cleanText('line one  \r\n\r\n\r\n  line two\n')).toBe('line one line two');
    expect(cleanText('line one  \r\n\r\n\r\n  line two\n', true)).toBe('line one\n\nline two');
  });

  it('folds accents, case and punctuation, keeping Korean intact', () => {
    expect(foldText('Dirección_IP')).toBe('direccion ip');
    expect(foldText('Außer Betrieb')).toBe('ausser betrieb');
    expect(foldText('안전중요도')).toBe('안전중요도');
  });

  it.each([
    ['-', true],
    ['N/A', true],
    ['n.d.', true],
    ['N/D', true],
    ['?', true],
    ['TBD', true],
    ['Unknown', true],
    ['sconosciuto', true],
    ['0', false],
    ['None', false],
    ['Sconosciuto - VMware host', false],
  ])('placeholder %j → %s', (input, expected) => {
    expect(isPlaceholder(input)).toBe(expected);
  });
});
