/**
 * The mission's calendar day: the one definition of "today" that deadlines,
 * review cadences and overdue checks compare against. The server, the CLI,
 * the plugin and the web editor all take today from here, in the same time
 * zone, so near midnight they agree on what is overdue (a client's own
 * clock zone is not the mission's). The zone is the server's configured
 * one; until a client learns it, everyone uses the default, UTC.
 */

/** The time zone "today" is taken in when none is configured: an IANA name. */
export const DEFAULT_MISSION_TIME_ZONE = 'UTC';

// Building a formatter is slow next to formatting, and the editor asks on every keystroke.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) formatters.set(timeZone, (f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return f;
}

/** Whether `name` is a time zone this runtime knows (an IANA name such as "Africa/Juba", or "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/**
 * The calendar date, YYYY-MM-DD, at instant `now` in time zone `timeZone`
 * (an IANA name). Throws a RangeError for a time zone the runtime does not
 * know; check configuration with `isTimeZone` first.
 */
export function missionToday(timeZone: string = DEFAULT_MISSION_TIME_ZONE, now: Date = new Date()): string {
  const parts = formatter(timeZone).formatToParts(now);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}
