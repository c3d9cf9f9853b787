/**
 * Words and dates as the person reads them: counted nouns (re-exported
 * from shared/words.ts), calendar days and moments in the person's locale,
 * and titles shortened at a word boundary. The mission's "today" is not
 * here: it stays in shared/time/mission-day.ts.
 */
export { plural } from '../shared/words.js';

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

/**
 * `text` cut to at most `max` characters at a word boundary, with "…" when something was cut
 * (a single word longer than `max` is cut inside it, as nothing else fits); the full text is
 * for a tooltip or an accessible name beside it.
 */
export function shorten(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, Math.max(1, max - 1));
  // The cut ends a word when the next character is a space; else it goes back to the last space, if that keeps enough.
  const space = /\s/.test(t.charAt(cut.length)) ? cut.length : cut.lastIndexOf(' ');
  const head = space > max / 3 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.—–-]+$/u, '')}…`;
}
