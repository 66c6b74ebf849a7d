import type { AssetType } from '../assets/taxonomy';

export interface TypeRule {
  type: AssetType;
  pattern: RegExp;
}

/**
 * Product families that say what a device is. Data: extend freely. Order matters within the list
 * (the first match wins), so narrower families (safety CPUs, SCALANCE S firewalls) come before broader ones.
 * Patterns run on lower-cased text with underscores read as spaces.
 */
export const PRODUCT_RULES: readonly TypeRule[] = [
  { type: 'ews', pattern: /\bsimatic[\s-]*(?:ipc\w*|pc|field\s?pg)\b|\bfield\s?pg\b|\bengineering\s+(?:station|workstation|pc)\b/ },
  { type: 'safety-controller', pattern: /\bguardlogix\b|\bpnoz\w*|\bpss\s?4000\b|\btriconex\b|\bhima(?:x|trix)?\b|\bcpu\s?1[25]\d\d[a-z]*f\b|\bs7-?1[25]00\s?f\b/ },
  {
    type: 'plc',
    pattern:
      /\bs7[-\s]?(?:1200|1500|300|400|200)\b|\bcpu\s?(?:12\d\d|15\d\d|31\d|41\d|22\d)|\bnj\d{3}\b|\bnx(?:1p2?|\d{3})\b|\bcj[12][mh]\b|\bcp1[ehl]\b|\b(?:compact|control|micro|soft)logix\b|\bmicro8\d0\b|\b17(?:56|69)-l\d|\bmodicon\b|\bm(?:221|241|251|258|262|340|580)\b|\btm2\d\d|\bmelsec\b|\bfx[35][ug]|\br\d\d\w*cpu\b|\bq\d\d\w*cpu\b|\bac500\b|\bx20\s?cp|\bcx\d{4}\b/,
  },
  {
    type: 'hmi',
    pattern:
      /\bk?tp\s?\d{3,4}\b|\bmp\s?\d{3}\b|\b(?:comfort|basic|mobile|unified)\s+panel\b|\bpanelview\b|\bhakko\b|\bgr-series\b|\bpro-?face\b|\bgp\d{4}\b|\bmagelis\b|\bhmigt\w*|\bgot\d{3,4}\b|\bweintek\b/,
  },
  { type: 'firewall', pattern: /\bforti\s?gate\b|\bfortinet\b|\btofino\b|\bpalo\s?alto\b|\bpa-\d{3,4}\b|\bmguard\b|\bscalance\s?s\d|\bcheck\s?point\b|\bsonicwall\b|\bstormshield\b|\beagle\s?(?:one|20|30|40)\b/ },
  { type: 'wireless-ap', pattern: /\bscalance\s?w\d/ },
  { type: 'router', pattern: /\bscalance\s?m\d|\brut\d{3}\b/ },
  {
    type: 'switch',
    pattern: /\bscalance\b|\bhirschmann\b|\bstratix\b|\baruba\s?(?:\d{4}|cx|switch)\b|\bcatalyst\b|\bie-?\d{4}\b|\bruggedcom\s+rs|\beds-\w+/,
  },
  { type: 'drive', pattern: /\bg1[125]0\w*|\bsinamics\b|\bmicromaster\b|\batv\s?\d{2,3}\b|\baltivar\b|\bpowerflex\b|\bacs\s?\d{3,4}\b|\bvlt\b/ },
  {
    type: 'field-io',
    pattern: /\bet\s?200\w*|\bim\s?15[1-5]\b|\bio-?link\s+master\b|\bal1\d{3}\b|\b750-\d{3}\b|\b17(?:34|94)-|\bpoint\s?i\/?o\b/,
  },
  { type: 'vpn-server', pattern: /\bsecomea\b|\bsite\s?manager\b|\bewon\b|\bcosy\s?\d+|\bflexy\b|\btosibox\b/ },
  { type: 'ied', pattern: /\bsiprotec\b|\b7s[jadk]\d{2}|\bsel-?\d{3,4}\b|\bmicom\b|\bre[flmt]6\d\d\b|\bsepam\b/ },
  { type: 'rtu', pattern: /\bscadapack\b|\bsicam\b|\bace3600\b/ },
  { type: 'data-gateway', pattern: /\bibh\s?link\b|\banybus\b|\bmgate\b/ },
  { type: 'historian', pattern: /\bosisoft\b|\bpi\s+server\b/ },
  { type: 'control-server', pattern: /\bwincc\b|\bfactorytalk\b/ },
  { type: 'it-server', pattern: /\bpoweredge\b|\bproliant\b|\besxi\b|\bvmware\b/ },
  { type: 'it-workstation', pattern: /\bthinkpad\b|\boptiplex\b|\belitebook\b|\blatitude\s\d/ },
  { type: 'printer', pattern: /\blaserjet\b|\bofficejet\b/ },
  { type: 'camera-iot', pattern: /\bhikvision\b|\baxis\s+[pmq]\d{4}/ },
];

/** Plain words, tried only when no product family matched in any of the texts. */
export const WORD_RULES: readonly TypeRule[] = [
  { type: 'safety-controller', pattern: /\bsafety\s?(?:plc|controller)\b/ },
  { type: 'plc', pattern: /\bplc\b|\bsps\b/ },
  { type: 'hmi', pattern: /\bhmi\b|\boperator\s+panel\b|\btouch\s?panel\b/ },
  { type: 'jump-host', pattern: /\bjump\s?(?:host|server|box)\b|\bbastion\b/ },
  { type: 'vpn-server', pattern: /\bvpn\b|\bremote\s+access\b/ },
  { type: 'firewall', pattern: /\bfirewalls?\b/ },
  { type: 'router', pattern: /\brouters?\b/ },
  { type: 'switch', pattern: /\bswitch(?:es)?\b/ },
  { type: 'wireless-ap', pattern: /\baccess\s?points?\b/ },
  { type: 'drive', pattern: /\bvfd\b|\bvariador\b|\bumrichter\b|\binverter\b/ },
  { type: 'field-io', pattern: /\bremote\s+i\/?o\b|\bperiferia\b/ },
  { type: 'ied', pattern: /\bprotection\s+relay\b/ },
  { type: 'rtu', pattern: /\brtu\b/ },
  { type: 'historian', pattern: /\bhistorian\b/ },
  { type: 'control-server', pattern: /\bscada\b/ },
  { type: 'data-gateway', pattern: /\bgateway\b|\bprotocol\s+converter\b/ },
  { type: 'printer', pattern: /\bprinters?\b/ },
  { type: 'camera-iot', pattern: /\bcameras?\b|\bcctv\b/ },
  { type: 'it-server', pattern: /\bservers?\b|\bhypervisor\b/ },
  { type: 'it-workstation', pattern: /\blaptops?\b|\bnotebooks?\b|\bdesktops?\b/ },
  { type: 'ews', pattern: /\bpc\b|\bworkstation\b/ },
];

export interface TypeSource {
  /** Field label for the message, e.g. "model". */
  label: string;
  text: string;
}

export interface InferredType {
  type: AssetType;
  from: TypeSource;
}

const prepare = (text: string) => text.toLowerCase().replace(/_/g, ' ');

/**
 * Infers a type from the texts that name a product (pass them most telling first: model, name, vendor).
 * A product family in any text beats a plain word in an earlier one.
 */
export function inferAssetType(sources: readonly TypeSource[]): InferredType | null {
  const texts = sources.filter((s) => s.text).map((s) => ({ source: s, text: prepare(s.text) }));
  for (const rules of [PRODUCT_RULES, WORD_RULES]) {
    for (const { source, text } of texts) {
      const rule = rules.find((r) => r.pattern.test(text));
      if (rule) return { type: rule.type, from: source };
    }
  }
  return null;
}
