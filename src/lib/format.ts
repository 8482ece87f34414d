const LOCALE = 'sv-SE';
const TIME_ZONE = 'Europe/Stockholm';

const dateFormat = new Intl.DateTimeFormat(LOCALE, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat(LOCALE, {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZone: TIME_ZONE,
});
const numberFormat = new Intl.NumberFormat(LOCALE);
const percentFormat = new Intl.NumberFormat(LOCALE, { style: 'percent', maximumFractionDigits: 0, signDisplay: 'exceptZero' });

/** 28 november 2026 */
export function formatDate(iso: string): string {
  return dateFormat.format(new Date(iso));
}

/** 28 november 2026 kl. 10:27 */
export function formatDateTime(iso: string): string {
  return dateTimeFormat.format(new Date(iso));
}

/** 1 234 (with the narrow no-break space Swedish uses) */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** +49 % from a ratio of 0.49 */
export function formatPercentChange(ratio: number): string {
  return percentFormat.format(ratio);
}

const WORDS_PER_MINUTE = 200;

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE));
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

const signedNumberFormat = new Intl.NumberFormat(LOCALE, { signDisplay: 'exceptZero' });
const monthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'long', year: 'numeric', timeZone: 'UTC' });
const shortMonthFormat = new Intl.DateTimeFormat(LOCALE, { month: 'short', year: '2-digit', timeZone: 'UTC' });

const compactFormat = new Intl.NumberFormat(LOCALE, { notation: 'compact', maximumFractionDigits: 1 });

/** 400 tn, for axis labels on small screens */
export function formatCompactNumber(value: number): string {
  return Math.abs(value) < 10_000 ? numberFormat.format(value) : compactFormat.format(value);
}

/** +277 */
export function formatSignedNumber(value: number): string {
  return signedNumberFormat.format(value);
}

/**
 * A statistics period as Swedish text: 2017 → 2017, 2021-03 → mars 2021,
 * 2019-Q3 → kv. 3 2019. `short` gives compact axis labels.
 */
export function formatPeriod(period: string, short = false): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return short ? `K${quarter[2]} ${quarter[1]?.slice(2)}` : `kv. ${quarter[2]} ${quarter[1]}`;
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) {
    const date = new Date(Date.UTC(Number(month[1]), Number(month[2]) - 1, 1));
    return (short ? shortMonthFormat : monthFormat).format(date);
  }
  return period;
}
