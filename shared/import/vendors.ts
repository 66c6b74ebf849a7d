import { containsWords, foldText } from './normalize-text';

/**
 * Vendors whose names mark a cell as asset data (industrial automation, networking, IT hardware).
 * Data: extend freely; written folded (lower case, no punctuation: "B&R" is "b r").
 */
export const KNOWN_VENDORS: readonly string[] = [
  'siemens', 'rockwell', 'allen bradley', 'schneider', 'schneider electric', 'telemecanique', 'omron', 'mitsubishi',
  'abb', 'honeywell', 'emerson', 'yokogawa', 'phoenix contact', 'beckhoff', 'b r', 'b r industrial automation',
  'wago', 'pilz', 'festo', 'smc', 'ifm', 'sick', 'endress hauser', 'hakko', 'pro face', 'weidmuller', 'turck',
  'balluff', 'keyence', 'panasonic', 'fuji electric', 'idec', 'yaskawa', 'fanuc', 'kuka', 'bosch rexroth',
  'danfoss', 'lenze', 'sew', 'sew eurodrive', 'eaton', 'hitachi', 'toshiba', 'delta electronics', 'advantech',
  'red lion', 'beijer', 'weintek', 'ge vernova', 'schweitzer', 'ruggedcom', 'hirschmann', 'belden',
  'moxa', 'westermo', 'cisco', 'hewlett packard', 'hewlett packard enterprise', 'hpe', 'hp', 'aruba', 'juniper',
  'netgear', 'ubiquiti', 'zyxel', 'teltonika', 'insys', 'fortinet', 'palo alto', 'palo alto networks',
  'check point', 'sophos', 'sonicwall', 'stormshield', 'tofino', 'secomea', 'ewon', 'hms', 'tosibox',
  'ibhsoftec', 'dell', 'lenovo', 'vmware', 'microsoft', 'axis', 'hikvision', 'opto 22', 'national instruments',
  'wonderware', 'aveva', 'inductive automation', 'codesys', 'murrelektronik', 'harting', 'intermedium',
];

const VENDOR_SET = [...new Set(KNOWN_VENDORS.map(foldText))];

/** True when the text names a known vendor as whole words ("Omron Corporation", "Intermedium A/S (Secomea)"). */
export function mentionsKnownVendor(text: string): boolean {
  const folded = foldText(text);
  return folded !== '' && VENDOR_SET.some((v) => containsWords(folded, v));
}
