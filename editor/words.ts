/**
 * Words and dates as the person reads them: counted nouns and titles
 * shortened at a word boundary (re-exported from shared/words.ts, where the
 * change summaries use them too), calendar days and moments in the
 * person's locale. The mission's "today" is not here: it stays in
 * shared/time/mission-day.ts.
 */
import { formatDay as formatDayIn, formatDaysIn as formatDaysInText, formatMoment as formatMomentIn } from '../shared/time/format.js';

export { plural, shorten } from '../shared/words.js';

/** The locale to write dates in: the host's (browser or Obsidian), falling back to the runtime default. */
function locale(explicit?: string): string | undefined {
  if (explicit) return explicit;
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : undefined;
}

/** A calendar day ("2026-12-02") in the person's locale ("2 Dec 2026"); shared/time/format.ts `formatDay`. */
export function formatDay(day: string, loc?: string): string {
  return formatDayIn(day, locale(loc));
}

/** Every YYYY-MM-DD day in a sentence in the person's locale ("due by 2 Dec 2026"); shared/time/format.ts `formatDaysIn`. */
export function formatDaysIn(text: string, loc?: string): string {
  return formatDaysInText(text, locale(loc));
}

/** A moment in the person's locale with its time zone named ("2 Dec 2026, 14:05 UTC"); shared/time/format.ts `formatMoment`. */
export function formatMoment(iso: string, opts: { locale?: string; timeZone?: string } = {}): string {
  return formatMomentIn(iso, { ...opts, locale: locale(opts.locale) });
}
