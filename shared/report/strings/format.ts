import type { ReportStrings } from './en';

/** Numbers, shares, dates and lists written the way the report's language writes them. */
export interface ReportFormat {
  percent(share: number | null): string;
  /** One decimal, e.g. maturity 2.4 / 2,4. */
  decimal(value: number | null): string;
  integer(value: number): string;
  /** ISO date ("2026-11-23") or date-time → "23 November 2026". Empty input gives ''. */
  date(iso: string): string;
  /** "23 Nov 2026": for narrow table columns. */
  shortDate(iso: string): string;
  /** ISO date-time → "2026-11-23 14:05 UTC": unambiguous in every language, for signing and generation times. */
  dateTime(iso: string): string;
  /** "a, b and c" / "a, b und c". */
  list(items: readonly string[]): string;
}

export function reportFormat(strings: Pick<ReportStrings, 'locale' | 'common'>): ReportFormat {
  const locale = strings.locale;
  const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  // Dates are calendar dates: format in UTC so the machine's time zone never shifts them by a day.
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const shortDate = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' });
  const dash = '–';
  return {
    percent: (share) => (share === null ? dash : percent.format(share)),
    decimal: (value) => (value === null ? dash : decimal.format(value)),
    integer: (value) => integer.format(value),
    date: (iso) => calendar(date, iso),
    shortDate: (iso) => calendar(shortDate, iso),
    dateTime: (iso) => {
      const parsed = new Date(iso);
      return Number.isNaN(parsed.getTime()) ? iso : `${parsed.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
    },
    list: (items) => list.format(items),
  };
}

function calendar(format: Intl.DateTimeFormat, iso: string): string {
  if (!iso) return '';
  const parsed = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(parsed.getTime()) ? iso : format.format(parsed);
}
