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
  // A day that is not in the calendar (2026-02-30) stays as written: the message about it quotes what was typed.
  if (d.toISOString().slice(0, 10) !== day) return day;
  return written(new Intl.DateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' }), d);
}

/**
 * `format` applied to `d`, with French's first day of a month written "1er" ("1er déc. 2026"), as French writes it
 * and Intl does not.
 */
function written(format: Intl.DateTimeFormat, d: Date): string {
  if (!format.resolvedOptions().locale.startsWith('fr')) return format.format(d);
  return format
    .formatToParts(d)
    .map((p) => (p.type === 'day' && Number(p.value) === 1 ? '1er' : p.value))
    .join('');
}

/**
 * Every YYYY-MM-DD day in a sentence (a validation message, which the rules write with ISO days) written as
 * `formatDay` writes it, so a view that shows days in words never shows the two side by side. Timestamps
 * (2026-12-02T14:05Z) are left alone: they are moments, for `formatMoment`.
 */
export function formatDaysIn(text: string, locale?: string): string {
  return text.replace(/(?<![\w-])\d{4}-\d{2}-\d{2}(?![\w-])/g, (day) => formatDay(day, locale));
}

/**
 * A moment (an ISO timestamp: a sign-off, "last signed") in `locale` with the time zone named, because a
 * time without its zone is ambiguous across duty stations: "2 Dec 2026, 14:05 UTC". `timeZone` defaults to
 * the runtime's. Text that is not a timestamp comes back unchanged.
 */
export function formatMoment(iso: string, opts: { locale?: string; timeZone?: string } = {}): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const format = new Intl.DateTimeFormat(opts.locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
    ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
  });
  return written(format, d);
}
