import { describe, expect, it } from 'vitest';
import { inferAssetType } from '../../../shared/import';

const fromModel = (text: string) => inferAssetType([{ label: 'model', text }])?.type ?? null;

describe('type inference from product names', () => {
  it.each([
    ['S7-1200', 'plc'],
    ['SIMATIC S7-1500', 'plc'],
    ['S7-300', 'plc'],
    ['CPU 1214C DC/DC/DC', 'plc'],
    ['CPU 313C', 'plc'],
    ['CPU 1510SP-1 PN', 'plc'],
    ['NJ501-1300', 'plc'],
    ['CompactLogix 5380', 'plc'],
    ['ControlLogix 1756-L83E', 'plc'],
    ['Modicon M340', 'plc'],
    ['MELSEC iQ-R Series R08PCPU', 'plc'],
    ['CPU 1511F-1 PN', 'safety-controller'],
    ['GuardLogix 5580', 'safety-controller'],
    ['KTP700 Basic', 'hmi'],
    ['TP700 Comfort', 'hmi'],
    ['TP1200 Comfort', 'hmi'],
    ['Comfort Panel', 'hmi'],
    ['PanelView Plus 7', 'hmi'],
    ['Hakko GR-series', 'hmi'],
    ['Scalance X005', 'switch'],
    ['SCALANCE XB008', 'switch'],
    ['Hirschmann RS20', 'switch'],
    ['Stratix 5700', 'switch'],
    ['Aruba 2530', 'switch'],
    ['SCALANCE S615', 'firewall'],
    ['SCALANCE W788', 'wireless-ap'],
    ['SCALANCE M876', 'router'],
    ['SINAMICS G120C', 'drive'],
    ['G120', 'drive'],
    ['ATV630', 'drive'],
    ['PowerFlex 525', 'drive'],
    ['ET200S', 'field-io'],
    ['ET 200SP', 'field-io'],
    ['IM 151-3 PN', 'field-io'],
    ['IM151-3', 'field-io'],
    ['ifm IO-Link Master ', 'field-io'],
    ['IFM AL1303', 'field-io'],
    ['Secomea SiteManager', 'vpn-server'],
    ['eWON Cosy 131', 'vpn-server'],
    ['Tosibox Lock 150', 'vpn-server'],
    ['FortiGate 60F', 'firewall'],
    ['Tofino Xenon', 'firewall'],
    ['Palo Alto PA-220', 'firewall'],
    ['SIPROTEC 5', 'ied'],
    ['SEL-751', 'ied'],
    ['SIMATIC IPC427E', 'ews'],
    ['SIMATIC PC Station', 'ews'],
    ['IBHLink S7++', 'data-gateway'],
    ['Unknown widget 3000', null],
    ['', null],
  ])('%j → %s', (text, expected) => {
    expect(fromModel(text)).toBe(expected);
  });

  it('prefers a product family anywhere over a plain word in an earlier text', () => {
    const result = inferAssetType([
      { label: 'model', text: 'Main server cabinet' },
      { label: 'name', text: 'KTP700 line 2' },
    ]);
    expect(result).toEqual({ type: 'hmi', from: { label: 'name', text: 'KTP700 line 2' } });
  });

  it('falls back to plain words, reading underscores as spaces', () => {
    expect(inferAssetType([{ label: 'name', text: 'PC_REACTORES' }])?.type).toBe('ews');
    expect(inferAssetType([{ label: 'name', text: 'Backup Server' }])?.type).toBe('it-server');
    expect(inferAssetType([{ label: 'name', text: 'Employee Laptops' }])?.type).toBe('it-workstation');
    expect(inferAssetType([{ label: 'name', text: 'Core_Switch_1' }])?.type).toBe('switch');
    expect(inferAssetType([{ label: 'vendor', text: 'Secomea' }])?.type).toBe('vpn-server');
  });

  it('reads the model before the name', () => {
    expect(inferAssetType([{ label: 'model', text: 'S7-1500' }, { label: 'name', text: 'HMI_04' }])).toEqual({ type: 'plc', from: { label: 'model', text: 'S7-1500' } });
  });
});
