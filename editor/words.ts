/**
 * Words and dates as the person reads them: counted nouns and titles
 * shortened at a word boundary (re-exported from shared/words.ts, where the
 * change summaries use them too), calendar days and moments in the
 * interface language (the one the host set: the person's choice, else their
 * browser's or Obsidian's). English writes the day first ("2 Dec 2026"), as
 * UN documents do, whatever the browser's region; French "2 déc. 2026".
 * The mission's "today" is not here: it stays in shared/time/mission-day.ts.
 */
import { interfaceLocale } from '../shared/i18n/interface-locale.js';
import { intlLocale } from '../shared/i18n/locale.js';
import { formatDay as formatDayIn, formatDaysIn as formatDaysInText, formatMoment as formatMomentIn } from '../shared/time/format.js';

export { plural, shorten } from '../shared/words.js';

/** The Intl locale to write dates in: the one asked for, else the interface language's ("en-GB", "fr-FR"). */
function locale(explicit?: string): string {
  return explicit || intlLocale(interfaceLocale());
}

/** A calendar day ("2026-12-02") in the interface language ("2 Dec 2026", "2 déc. 2026"); shared/time/format.ts `formatDay`. */
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
