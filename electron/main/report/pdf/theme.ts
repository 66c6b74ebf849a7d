import type { RiskLevel } from '../../../../shared/risk/types';

/**
 * The report's look in one place. Colours are chosen so they stay apart when printed in grey: risk levels and
 * chart series differ in lightness, not only in hue, and every coloured cell also carries its label.
 */
export const PAGE = {
  size: 'A4',
  margins: { top: 74, bottom: 66, left: 60, right: 60 },
  /** Distance of the running header and footer from the page edge. */
  headerY: 34,
  footerGap: 34,
} as const;

export const COLOR = {
  ink: '#1c2530',
  muted: '#5d6977',
  faint: '#8a95a3',
  rule: '#c5cdd7',
  navy: '#1f3a5f',
  accent: '#2b7a8c',
  tint: '#eef2f6',
  zebra: '#f5f7fa',
  white: '#ffffff',
  marking: '#8b1e1e',
  /** Second chart series (targets): light enough to tell from navy in grey. */
  series2: '#9fb6cf',
  notice: '#fbf4e4',
  noticeRule: '#d8b25a',
} as const;

/** Lightness falls from low to critical (print-safe); text colour keeps contrast on each. */
export const LEVEL_COLOR: Record<RiskLevel, { fill: string; text: string }> = {
  low: { fill: '#cfe6d3', text: '#1c2530' },
  medium: { fill: '#f3d36b', text: '#1c2530' },
  high: { fill: '#dd7a36', text: '#ffffff' },
  critical: { fill: '#9e1b1f', text: '#ffffff' },
};

export const SIZE = {
  body: 9.5,
  small: 8,
  table: 8,
  appendix: 6.8,
  h1: 19,
  h2: 12.5,
  h3: 10,
  lineGap: 1.6,
} as const;

/** Vertical rhythm in points. */
export const SPACE = { xs: 3, s: 6, m: 12, l: 20, xl: 32 } as const;
