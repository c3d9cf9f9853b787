/**
 * Words and dates as the person reads them: counted nouns and titles
 * shortened at a word boundary (re-exported from shared/words.ts, where the
 * change summaries use them too), calendar days and moments in the
 * person's locale. The mission's "today" is not here: it stays in
 * shared/time/mission-day.ts.
 */
export { plural, shorten } from '../shared/words.js';

/** The locale to write dates in: the host's (browser or Obsidian), falling back to the runtime default. */
function locale(explicit?: string): string | undefined {
  if (explicit) return explicit;
  return typeof navigator !== 'undefined' && navigator.language ? navigator.language : undefined;
}

/**
 * A calendar day ("2026-12-02") in the person's locale ("2 Dec 2026", "Dec 2, 2026"); a day has no time zone,
 * so it is written as the same day everywhere. Text that is not a YYYY-MM-DD day comes back unchanged.
 */
export function formatDay(day: string, loc?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale(loc), { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(d);
}

/**
 * A moment (an ISO timestamp: a sign-off, "last signed") in the person's locale with the time zone named,
 * because a time without its zone is ambiguous across duty stations: "2 Dec 2026, 14:05 UTC". `timeZone`
 * defaults to the device's. Text that is not a timestamp comes back unchanged.
 */
export function formatMoment(iso: string, opts: { locale?: string; timeZone?: string } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(locale(opts.locale), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  }).format(d);
}
