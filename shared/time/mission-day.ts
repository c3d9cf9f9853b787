/**
 * The mission's calendar day: the one definition of "today" that deadlines,
 * review cadences and overdue checks compare against. The server, the CLI,
 * the plugin and the web editor all take today from here, in the same time
 * zone, so near midnight they agree on what is overdue (a client's own
 * clock zone is not the mission's). The zone is the server's configured
 * one (UTC by default), which clients learn from GET /api/me and take
 * through `missionZone`: until the server has answered, or when their
 * runtime lacks its zone, they count in the device's own zone, the best
 * guess offline.
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

/** The time zone the device's clock is set to, or undefined when the runtime cannot say. */
function deviceTimeZone(): string | undefined {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone;
  } catch {
    return undefined;
  }
}

/**
 * The time zone a client counts "today" in, always one this runtime knows:
 * the server's (the mission's) when the runtime has it; else the device's
 * own, since a phone or an older Electron may lack a zone the server has,
 * and before the server has answered the device's date is the best guess;
 * else UTC. `deviceZone` tells the device's zone (the runtime's by default;
 * asked only when needed, as it costs a formatter).
 */
export function missionZone(serverZone: string | undefined, deviceZone: () => string | undefined = deviceTimeZone): string {
  if (serverZone !== undefined && isTimeZone(serverZone)) return serverZone;
  const device = deviceZone();
  return device !== undefined && isTimeZone(device) ? device : DEFAULT_MISSION_TIME_ZONE;
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
