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

// What `isTimeZone` found for each name, kept: a client asks on every keystroke, and a name the runtime lacks
// would otherwise throw and be caught each time.
const known = new Map<string, boolean>();

/** Whether `name` is a time zone this runtime knows (an IANA name such as "Africa/Juba", or "UTC"). */
export function isTimeZone(name: string): boolean {
  if (!name) return false;
  let ok = known.get(name);
  if (ok === undefined) {
    try {
      formatter(name);
      ok = true;
    } catch {
      ok = false;
    }
    known.set(name, ok);
  }
  return ok;
}

// The device's zone, with the UTC offset it was read at: reading the zone builds a formatter (about 0.1 ms, on
// every keystroke while offline), the offset costs nothing and changes when the device's zone does.
let device: { offset: number; zone: string | undefined } | undefined;

/** The time zone the device's clock is set to, or undefined when the runtime cannot say. */
function deviceTimeZone(): string | undefined {
  const offset = new Date().getTimezoneOffset();
  if (device?.offset !== offset) {
    let zone: string | undefined;
    try {
      zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch {
      zone = undefined;
    }
    device = { offset, zone };
  }
  return device.zone;
}

/**
 * The time zone a client counts "today" in, always one this runtime knows:
 * the server's (the mission's) when the runtime has it; else the device's
 * own, since a phone or an older Electron may lack a zone the server has,
 * and before the server has answered the device's date is the best guess;
 * else UTC. `deviceZone` tells the device's zone (the runtime's by default,
 * read again only when the device's UTC offset changes).
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
