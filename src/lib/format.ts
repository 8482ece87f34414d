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
