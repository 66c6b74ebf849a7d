import { describe, expect, it } from 'vitest';
import { escapeXml, zoneDiagramSvg, type DiagramConduit, type DiagramZone } from '../../../shared/scope/diagram';

function zone(id: string, name: string, purdueLevels: DiagramZone['purdueLevels'], extra: Partial<DiagramZone> = {}): DiagramZone {
  return { id, name, purdueLevels, safety: false, slTarget: null, ...extra };
}

function conduit(id: string, from: string, to: string, extra: Partial<DiagramConduit> = {}): DiagramConduit {
  return { id, name: `Conduit ${id}`, fromZoneId: from, toZoneId: to, protocols: [], direction: 'two-way', ...extra };
}

/** Well-formedness without a DOM: tags balance, attribute values and text hold no raw markup characters. */
function assertWellFormed(svg: string) {
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const match of svg.matchAll(tag)) {
    const between = svg.slice(last, match.index);
    expect(between, `text before ${match[0]}`).not.toMatch(/[<>]|&(?!(amp|lt|gt|quot|#39);)/);
    for (const value of (match[3] ?? '').matchAll(/="([^"]*)"/g)) {
      expect(value[1]).not.toMatch(/&(?!(amp|lt|gt|quot|#39);)/);
    }
    const [, closing, name = '', , selfClosing] = match;
    if (closing) expect(stack.pop(), `closing </${name}>`).toBe(name);
    else if (!selfClosing) stack.push(name);
    last = (match.index ?? 0) + match[0].length;
  }
  expect(svg.slice(last).trim()).toBe('');
  expect(stack).toEqual([]);
}

const zones = [
  zone('z-ent', 'Enterprise IT', [4]),
  zone('z-dmz', 'Industrial DMZ', [3.5], { slTarget: 3, slAchieved: 2 }),
  zone('z-ctl', 'Control <Line 1> & "Pumps"', [2, 1], { slTarget: 2 }),
  zone('z-sis', 'SIS', [1], { safety: true, slTarget: 3 }),
  zone('z-new', 'Unplaced', []),
];
const conduits = [
  conduit('c1', 'z-ent', 'z-dmz', { protocols: ['HTTPS'] }),
  conduit('c2', 'z-dmz', 'z-ctl', { protocols: ['OPC UA', 'Modbus/TCP'], direction: 'one-way' }),
  conduit('c3', 'z-ctl', 'z-dmz', { protocols: ['RDP'] }),
  conduit('c4', 'z-ctl', 'z-sis', { protocols: ['Safe<Link>'] }),
  conduit('c5', 'z-ctl', 'missing'),
];

describe('zone diagram', () => {
  const svg = zoneDiagramSvg(zones, conduits, { assetCounts: new Map([['z-ctl', 12], ['z-sis', 1]]) });

  it('is a well-formed, accessible standalone SVG', () => {
    assertWellFormed(svg);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-label="Zones and conduits: 5 zones, 4 conduits"');
    expect(svg).toContain('<title>Zones and conduits</title>');
    expect(svg).not.toMatch(/<script|href=|xlink|@import|https?:\/\/(?!www\.w3\.org\/2000\/svg")/);
  });

  it('shows every zone name escaped, never raw', () => {
    expect(svg).toContain('Control &lt;Line 1&gt; &amp; &quot;Pumps&quot;');
    expect(svg).not.toContain('<Line 1>');
    expect(svg).toContain('Safe&lt;Link&gt;');
    for (const name of ['Enterprise IT', 'Industrial DMZ', 'SIS', 'Unplaced']) expect(svg).toContain(`>${name}<`);
  });

  it('shows Purdue levels, SL-T, asset counts and the safety marker', () => {
    expect(svg).toContain('Purdue 1, 2');
    expect(svg).toContain('Purdue 3.5');
    expect(svg).toContain('Purdue: not set');
    expect(svg).toContain('SL-T 3 · SL-A 2');
    expect(svg).toContain('12 assets');
    expect(svg).toContain('1 asset<');
    expect(svg).toContain('0 assets');
    expect(svg.match(/class="safety-marker"/g)).toHaveLength(1);
  });

  it('stacks rows from enterprise down to the field, unplaced zones last', () => {
    const y = (id: string) => Number(new RegExp(`data-zone-id="${id}"><title>[^<]*</title><rect x="[\\d.]+" y="([\\d.]+)"`).exec(svg)?.[1]);
    expect(y('z-ent')).toBeLessThan(y('z-dmz'));
    expect(y('z-dmz')).toBeLessThan(y('z-ctl'));
    expect(y('z-ctl')).toBe(y('z-sis')); // lowest level 1 for both
    expect(y('z-sis')).toBeLessThan(y('z-new'));
  });

  it('marks one-way conduits with an arrow and skips conduits to unknown zones', () => {
    expect(svg).toContain('<marker id="zone-diagram-arrow"');
    expect(svg.match(/marker-end="url\(#zone-diagram-arrow\)"/g)).toHaveLength(1);
    expect(svg).toMatch(/data-conduit-id="c2"><title>[^<]*<\/title><path [^>]*marker-end=/);
    expect(svg).not.toContain('data-conduit-id="c5"');
    expect(svg).toContain('>OPC UA, Modbus/TCP<');
  });

  it('offsets conduits between the same pair of zones', () => {
    const path = (id: string) => new RegExp(`data-conduit-id="${id}"><title>[^<]*</title><path d="([^"]+)"`).exec(svg)?.[1];
    expect(path('c2')).toBeDefined();
    expect(path('c3')).toBeDefined();
    expect(path('c2')).not.toBe(path('c3'));
  });

  it('is deterministic and independent of input order', () => {
    expect(zoneDiagramSvg(zones, conduits, { assetCounts: new Map([['z-ctl', 12], ['z-sis', 1]]) })).toBe(svg);
    const shuffled = zoneDiagramSvg([...zones].reverse(), [...conduits].reverse(), {
      assetCounts: new Map([['z-sis', 1], ['z-ctl', 12]]),
    });
    expect(shuffled).toBe(svg);
  });

  it('wraps many zones of one level onto several lines', () => {
    const many = Array.from({ length: 7 }, (_, i) => zone(`z${i}`, `Cell ${i}`, [1]));
    const wrapped = zoneDiagramSvg(many, [], { maxPerRow: 3 });
    assertWellFormed(wrapped);
    const ys = new Set([...wrapped.matchAll(/data-zone-id="z\d"><title>[^<]*<\/title><rect x="[\d.]+" y="([\d.]+)"/g)].map((m) => m[1]));
    expect(ys.size).toBe(3);
    const width = (svg: string) => /<svg [^>]*width="(\d+)"/.exec(svg)?.[1];
    expect(width(wrapped)).toBe(width(zoneDiagramSvg(many.slice(0, 3), []))); // 3 columns wide, not 7
  });

  it('draws a placeholder when there are no zones', () => {
    const empty = zoneDiagramSvg([], [conduit('c1', 'a', 'b')], { title: 'Plant <A>' });
    assertWellFormed(empty);
    expect(empty).toContain('No zones defined yet');
    expect(empty).toContain('<title>Plant &lt;A&gt;</title>');
    expect(empty).toContain('role="img"');
  });

  it('escapes markup and drops characters XML forbids', () => {
    expect(escapeXml(`a<b>&"c'\u0001\uD800\t😀`)).toBe('a&lt;b&gt;&amp;&quot;c&#39;\t😀');
  });
});

describe('zone diagram routing', () => {
  it('detours round a zone that sits between the two ends, widening the drawing for the lane', () => {
    const stack = [zone('a', 'Enterprise', [4]), zone('b', 'Operations', [3]), zone('c', 'Control', [2])];
    const direct = zoneDiagramSvg(stack, [conduit('c1', 'a', 'b')]);
    const around = zoneDiagramSvg(stack, [conduit('c1', 'a', 'c', { direction: 'one-way' })]);
    assertWellFormed(around);
    const d = (svg: string) => /<path d="(M[^"]+)" fill="none"/.exec(svg)?.[1] ?? '';
    expect(d(direct).match(/L/g)).toHaveLength(1);
    expect(d(around).match(/L/g)).toHaveLength(5);
    const width = (svg: string) => Number(/<svg [^>]*width="(\d+)"/.exec(svg)?.[1]);
    expect(width(around)).toBeGreaterThan(width(direct));
    expect(around).toContain('transform="rotate(-90');
  });
});
