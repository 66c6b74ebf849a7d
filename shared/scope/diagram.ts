import type { Conduit, Zone } from './zones';

/**
 * Zone and conduit drawing (ZCR 6.2) as a standalone SVG string: the same text goes on screen, into reports and
 * into exported files, so it has no scripts, no external references and no randomness (same input, same bytes).
 */

export type DiagramZone = Pick<Zone, 'id' | 'name' | 'purdueLevels' | 'safety' | 'slTarget'> &
  Partial<Pick<Zone, 'slAchieved'>>;
export type DiagramConduit = Pick<Conduit, 'id' | 'name' | 'fromZoneId' | 'toZoneId' | 'protocols' | 'direction'>;

export interface DiagramOptions {
  /** Assets per zone id; zones missing from the map show 0. */
  assetCounts?: ReadonlyMap<string, number>;
  title?: string;
  /** Zones per line before a Purdue row wraps. */
  maxPerRow?: number;
  /** Prefix for the ids inside the SVG, so several diagrams can sit in one HTML page. */
  idPrefix?: string;
  /** The diagram's own words, for reports in another language; English by default. */
  words?: DiagramWords;
}

export interface DiagramWords {
  /** Purdue row names by level key ('0' … '5', 'none'). */
  rows: Record<string, string>;
  level: (key: string) => string;
  noLevel: string;
  purdue: (levels: string) => string;
  purdueNotSet: string;
  assets: (count: number) => string;
  safety: string;
}

const MARGIN = 24;
const HEADER = 48;
const LABEL_W = 130;
const BOX_W = 210;
const BOX_H = 92;
const GAP_X = 96;
const GAP_Y = 72;
const PARALLEL_SPACING = 16;
const LANE_GAP = 24;
const LANE_SPACING = 14;
const FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"';

export const ENGLISH_DIAGRAM_WORDS: DiagramWords = {
  rows: {
    '0': 'Process',
    '1': 'Basic control',
    '2': 'Supervisory',
    '3': 'Site operations',
    '3.5': 'Industrial DMZ',
    '4': 'Enterprise',
    '5': 'External / cloud',
    none: 'Level not set',
  },
  level: (key) => `Level ${key}`,
  noLevel: 'No level',
  purdue: (levels) => `Purdue ${levels}`,
  purdueNotSet: 'Purdue: not set',
  assets: (count) => `${count} ${count === 1 ? 'asset' : 'assets'}`,
  safety: 'SAFETY',
};

interface Box {
  zone: DiagramZone;
  x: number;
  y: number;
  line: number;
  column: number;
}

interface Row {
  key: string;
  zones: DiagramZone[];
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** XML 1.0 Char production: tab, newline, carriage return and the ranges below (lone surrogates excluded). */
function isXmlChar(code: number): boolean {
  if (code === 0x9 || code === 0xa || code === 0xd) return true;
  if (code < 0x20 || (code >= 0xd800 && code <= 0xdfff)) return false;
  return code !== 0xfffe && code !== 0xffff;
}

/** Escapes markup and drops characters XML 1.0 forbids, so any zone name yields a well-formed document. */
export function escapeXml(value: string): string {
  return Array.from(value)
    .filter((ch) => isXmlChar(ch.codePointAt(0) ?? 0))
    .join('')
    .replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

function truncate(value: string, max: number): string {
  const chars = Array.from(value.trim());
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`;
}

const num = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const byNameThenId = (a: { name: string; id: string }, b: { name: string; id: string }) =>
  byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.id, b.id);

function lowestLevel(zone: DiagramZone): number | null {
  return zone.purdueLevels.length ? Math.min(...zone.purdueLevels) : null;
}

/** Enterprise at the top, field at the bottom, zones without a level last. */
function groupRows(zones: readonly DiagramZone[]): Row[] {
  const rows = new Map<string, DiagramZone[]>();
  for (const zone of zones) {
    const level = lowestLevel(zone);
    const key = level === null ? 'none' : String(level);
    rows.set(key, [...(rows.get(key) ?? []), zone]);
  }
  const rank = (key: string) => (key === 'none' ? -1 : Number(key));
  return [...rows.entries()]
    .sort(([a], [b]) => rank(b) - rank(a))
    .map(([key, members]) => ({ key, zones: [...members].sort(byNameThenId) }));
}

function layout(rows: Row[], perRow: number) {
  const columns = Math.min(perRow, Math.max(...rows.map((r) => r.zones.length)));
  const boxes = new Map<string, Box>();
  const bands: { key: string; top: number; lines: number }[] = [];
  let line = 0;
  for (const row of rows) {
    const lines = Math.ceil(row.zones.length / perRow);
    bands.push({ key: row.key, top: MARGIN + HEADER + line * (BOX_H + GAP_Y), lines });
    for (let l = 0; l < lines; l++) {
      const members = row.zones.slice(l * perRow, (l + 1) * perRow);
      const indent = ((columns - members.length) * (BOX_W + GAP_X)) / 2;
      members.forEach((zone, column) => {
        const x = MARGIN + LABEL_W + indent + column * (BOX_W + GAP_X);
        const y = MARGIN + HEADER + (line + l) * (BOX_H + GAP_Y);
        if (!boxes.has(zone.id)) boxes.set(zone.id, { zone, x, y, line: line + l, column });
      });
    }
    line += lines;
  }
  const width = MARGIN * 2 + LABEL_W + columns * BOX_W + (columns - 1) * GAP_X;
  const height = MARGIN * 2 + HEADER + line * BOX_H + (line - 1) * GAP_Y;
  return { boxes, bands, width, height };
}

function levelsText(levels: readonly number[], words: DiagramWords): string {
  if (!levels.length) return words.purdueNotSet;
  return words.purdue([...new Set(levels)].sort((a, b) => a - b).map(num).join(', '));
}

function slText(zone: DiagramZone): string {
  const target = `SL-T ${zone.slTarget ?? '–'}`;
  return zone.slAchieved === undefined || zone.slAchieved === null ? target : `${target} · SL-A ${zone.slAchieved}`;
}

function zoneSvg(box: Box, assets: number, words: DiagramWords): string {
  const { zone, x, y } = box;
  const stroke = zone.safety ? '#c92a2a' : '#1864ab';
  const fill = zone.safety ? '#fff5f5' : '#ffffff';
  const name = truncate(zone.name, zone.safety ? 16 : 22);
  const parts = [
    `<g class="zone" data-zone-id="${escapeXml(zone.id)}">`,
    `<title>${escapeXml(zone.name)}</title>`,
    `<rect x="${num(x)}" y="${num(y)}" width="${BOX_W}" height="${BOX_H}" rx="10" ry="10" fill="${fill}" stroke="${stroke}" stroke-width="2"/>`,
    `<text x="${num(x + 12)}" y="${num(y + 24)}" font-size="14" font-weight="600" fill="#212529">${escapeXml(name)}</text>`,
  ];
  if (zone.safety) {
    parts.push(
      `<rect class="safety-marker" x="${num(x + BOX_W - 70)}" y="${num(y + 9)}" width="60" height="20" rx="4" fill="#c92a2a"/>`,
      `<text x="${num(x + BOX_W - 40)}" y="${num(y + 23)}" font-size="10" font-weight="700" fill="#ffffff" text-anchor="middle">${escapeXml(words.safety)}</text>`,
    );
  }
  const lines = [levelsText(zone.purdueLevels, words), slText(zone), words.assets(assets)];
  lines.forEach((line, i) => {
    parts.push(
      `<text x="${num(x + 12)}" y="${num(y + 46 + i * 18)}" font-size="12" fill="#495057">${escapeXml(line)}</text>`,
    );
  });
  parts.push('</g>');
  return parts.join('');
}

interface Point {
  x: number;
  y: number;
}

interface Route {
  d: string;
  label: { x: number; y: number; anchor: 'start' | 'middle'; maxChars: number; vertical?: boolean };
}

/** Liang–Barsky: whether segment p→q enters the rectangle (inflated a little so grazing lines count). */
function segmentHitsBox(p: Point, q: Point, box: Box): boolean {
  const pad = 4;
  const dx = q.x - p.x;
  const dy = q.y - p.y;
  let t0 = 0;
  let t1 = 1;
  const edges: [number, number][] = [
    [-dx, p.x - (box.x - pad)],
    [dx, box.x + BOX_W + pad - p.x],
    [-dy, p.y - (box.y - pad)],
    [dy, box.y + BOX_H + pad - p.y],
  ];
  for (const [pe, qe] of edges) {
    if (pe === 0) {
      if (qe < 0) return false;
      continue;
    }
    const t = qe / pe;
    if (pe < 0) t0 = Math.max(t0, t);
    else t1 = Math.min(t1, t);
    if (t0 > t1) return false;
  }
  return true;
}

const path = (points: Point[]) => points.map((p, i) => `${i ? 'L' : 'M'}${num(p.x)} ${num(p.y)}`).join(' ');

/**
 * Edge to edge between boxes. `offset` spreads conduits that join the same pair of zones; `lane` hands out a
 * free vertical track right of all boxes, used when a straight line would cross another zone.
 */
function route(a: Box, b: Box, offset: number, others: Box[], lane: () => { x: number; index: number }): Route {
  if (a.line === b.line && Math.abs(a.column - b.column) === 1) {
    const y = a.y + BOX_H / 2 + offset;
    const [x1, x2] = a.x < b.x ? [a.x + BOX_W, b.x] : [a.x, b.x + BOX_W];
    return {
      d: path([{ x: x1, y }, { x: x2, y }]),
      label: { x: (x1 + x2) / 2, y: y - 5, anchor: 'middle', maxChars: Math.floor((GAP_X - 8) / 6.5) },
    };
  }
  if (a.line === b.line) {
    // Arc above the row so the line does not run through the boxes in between.
    const acx = a.x + BOX_W / 2 + offset;
    const bcx = b.x + BOX_W / 2 + offset;
    const cy = a.y - 56 + offset;
    return {
      d: `M${num(acx)} ${num(a.y)} Q${num((acx + bcx) / 2)} ${num(cy)} ${num(bcx)} ${num(b.y)}`,
      label: { x: (acx + bcx) / 2, y: (a.y + cy) / 2 - 4, anchor: 'middle', maxChars: 32 },
    };
  }
  const down = a.y < b.y;
  const centreStart = { x: a.x + BOX_W / 2, y: down ? a.y + BOX_H : a.y };
  const centreEnd = { x: b.x + BOX_W / 2, y: down ? b.y : b.y + BOX_H };
  // Slide both ends along the box edges so parallel conduits stay `offset` apart even on a slant.
  const length = Math.hypot(centreEnd.x - centreStart.x, centreEnd.y - centreStart.y);
  const slide = Math.max(-BOX_W / 2 + 12, Math.min(BOX_W / 2 - 12, (offset * length) / Math.abs(centreEnd.y - centreStart.y)));
  const start = { x: centreStart.x + slide, y: centreStart.y };
  const end = { x: centreEnd.x + slide, y: centreEnd.y };
  if (!others.some((box) => box !== a && box !== b && segmentHitsBox(start, end, box))) {
    const midY = (start.y + end.y) / 2;
    return {
      d: path([start, end]),
      label: { x: (start.x + end.x) / 2 + 5, y: midY + offset, anchor: 'start', maxChars: 24 },
    };
  }
  // Detour through the gaps beside the two boxes and a lane of its own on the right.
  const { x, index } = lane();
  const step = (3 - (index % 4)) * 6; // outer lanes turn closer to the boxes, so nested detours do not cross
  const exitY = down ? start.y + 18 + step : start.y - 18 - step;
  const entryY = down ? end.y - 18 - step : end.y + 18 + step;
  return {
    d: path([start, { x: start.x, y: exitY }, { x, y: exitY }, { x, y: entryY }, { x: end.x, y: entryY }, end]),
    label: { x: x - 4, y: (exitY + entryY) / 2, anchor: 'middle', maxChars: 24, vertical: true },
  };
}

function labelSvg(route: Route, text: string): string {
  const { x, y, anchor, maxChars, vertical } = route.label;
  const rotate = vertical ? ` transform="rotate(-90 ${num(x)} ${num(y)})"` : '';
  return `<text x="${num(x)}" y="${num(y)}" font-size="11" fill="#343a40" text-anchor="${anchor}" stroke="#ffffff" stroke-width="3" paint-order="stroke"${rotate}>${escapeXml(truncate(text, Math.max(4, maxChars)))}</text>`;
}

function placeholder(title: string, prefix: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="480" height="140" viewBox="0 0 480 140" role="img" aria-label="${escapeXml(`${title}: no zones defined yet`)}" id="${prefix}">`,
    `<title>${escapeXml(title)}</title>`,
    `<rect x="1" y="1" width="478" height="138" rx="10" fill="#f8f9fa" stroke="#adb5bd" stroke-dasharray="6 4"/>`,
    `<text x="240" y="64" ${FONT} font-size="15" font-weight="600" fill="#495057" text-anchor="middle">No zones defined yet</text>`,
    `<text x="240" y="88" ${FONT} font-size="12" fill="#6c757d" text-anchor="middle">Add zones and conduits to draw the diagram.</text>`,
    '</svg>',
  ].join('\n');
}

export function zoneDiagramSvg(
  zones: readonly DiagramZone[],
  conduits: readonly DiagramConduit[],
  options: DiagramOptions = {},
): string {
  const title = options.title ?? 'Zones and conduits';
  const words = options.words ?? ENGLISH_DIAGRAM_WORDS;
  const prefix = (options.idPrefix ?? 'zone-diagram').replace(/[^A-Za-z0-9_-]/g, '') || 'zone-diagram';
  if (!zones.length) return placeholder(title, prefix);

  const perRow = Math.max(1, Math.floor(options.maxPerRow ?? 4));
  const { boxes, bands, width: layoutWidth, height } = layout(groupRows(zones), perRow);
  const drawn = conduits.filter((c) => c.fromZoneId !== c.toZoneId && boxes.has(c.fromZoneId) && boxes.has(c.toZoneId));

  // Conduits joining the same pair (either way round) get parallel offsets in a stable order.
  const pairs = new Map<string, DiagramConduit[]>();
  for (const c of drawn) {
    const key = [c.fromZoneId, c.toZoneId].sort(byText).join('\u0000');
    pairs.set(key, [...(pairs.get(key) ?? []), c]);
  }
  const offsets = new Map<string, number>();
  for (const group of pairs.values()) {
    group.sort(byNameThenId).forEach((c, i) => offsets.set(c.id, (i - (group.length - 1) / 2) * PARALLEL_SPACING));
  }

  const zoneName = (id: string) => boxes.get(id)?.zone.name ?? '';
  const allBoxes = [...boxes.values()];
  let lanes = 0;
  const nextLane = () => {
    const index = lanes++;
    return { x: layoutWidth - MARGIN + LANE_GAP + index * LANE_SPACING, index };
  };
  const lines: string[] = [];
  const labels: string[] = [];
  for (const c of [...drawn].sort(byNameThenId)) {
    const from = boxes.get(c.fromZoneId);
    const to = boxes.get(c.toZoneId);
    if (!from || !to) continue;
    const r = route(from, to, offsets.get(c.id) ?? 0, allBoxes, nextLane);
    const oneWay = c.direction === 'one-way';
    const arrow = oneWay ? ` marker-end="url(#${prefix}-arrow)"` : '';
    const protocols = c.protocols.join(', ');
    const summary = `${c.name}: ${zoneName(c.fromZoneId)} ${oneWay ? '→' : '↔'} ${zoneName(c.toZoneId)}${protocols ? ` (${protocols})` : ''}`;
    lines.push(
      `<g class="conduit ${c.direction}" data-conduit-id="${escapeXml(c.id)}"><title>${escapeXml(summary)}</title>` +
        `<path d="${r.d}" fill="none" stroke="#495057" stroke-width="2" stroke-linejoin="round"${arrow}/></g>`,
    );
    labels.push(labelSvg(r, protocols || c.name));
  }
  const width = layoutWidth + (lanes ? LANE_GAP + (lanes - 1) * LANE_SPACING + 16 : 0);

  const bandSvg = bands.map((band, i) => {
    const h = band.lines * BOX_H + (band.lines - 1) * GAP_Y + 24;
    const y = band.top - 12;
    const label = band.key === 'none' ? words.noLevel : words.level(band.key);
    return (
      `<rect x="${MARGIN}" y="${num(y)}" width="${num(width - MARGIN * 2)}" height="${num(h)}" rx="6" fill="${i % 2 ? '#f8f9fa' : '#f1f3f5'}"/>` +
      `<text x="${MARGIN + 10}" y="${num(band.top + 16)}" font-size="12" font-weight="600" fill="#343a40">${escapeXml(label)}</text>` +
      `<text x="${MARGIN + 10}" y="${num(band.top + 32)}" font-size="11" fill="#6c757d">${escapeXml(words.rows[band.key] ?? '')}</text>`
    );
  });

  const counts = options.assetCounts;
  const zoneSvgs = [...boxes.values()].map((box) => zoneSvg(box, counts?.get(box.zone.id) ?? 0, words));
  const aria = `${title}: ${zones.length} ${zones.length === 1 ? 'zone' : 'zones'}, ${drawn.length} ${drawn.length === 1 ? 'conduit' : 'conduits'}`;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}" role="img" aria-label="${escapeXml(aria)}" id="${prefix}" ${FONT}>`,
    `<title>${escapeXml(title)}</title>`,
    `<defs><marker id="${prefix}-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path d="M0 0 L10 5 L0 10 z" fill="#495057"/></marker></defs>`,
    `<rect width="100%" height="100%" fill="#ffffff"/>`,
    `<text x="${MARGIN}" y="${MARGIN + 12}" font-size="16" font-weight="700" fill="#212529">${escapeXml(title)}</text>`,
    ...bandSvg,
    ...lines,
    ...zoneSvgs,
    ...labels,
    '</svg>',
  ].join('\n');
}
