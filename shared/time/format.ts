/**
 * Days and moments in words, for a given locale: the one way the product
 * writes a calendar day ("2 Dec 2026") and a moment with its time zone
 * ("2 Dec 2026, 14:05 UTC"). The editor, the web workspace and the exports
 * all write them through here; hosts pass the person's locale (editor/words.ts
 * passes the browser's), exports the document's.
 */

/**
 * A calendar day ("2026-12-02") in `locale` ("2 Dec 2026", "Dec 2, 2026"); a day has no time zone,
 * so it is written as the same day everywhere. Text that is not a YYYY-MM-DD day comes back unchanged.
 */
export function formatDay(day: string, locale?: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) return day;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }).format(d);
}

/**
 * A moment (an ISO timestamp: a sign-off, "last signed") in `locale` with the time zone named, because a
 * time without its zone is ambiguous across duty stations: "2 Dec 2026, 14:05 UTC". `timeZone` defaults to
 * the runtime's. Text that is not a timestamp comes back unchanged.
 */
export function formatMoment(iso: string, opts: { locale?: string; timeZone?: string } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(opts.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  }).format(d);
}
