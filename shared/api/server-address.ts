/**
 * The one reading of a server address as a person types it (http(s):// or
 * ws(s)://, with or without a trailing slash): the base of the HTTP API and
 * the base of the WebSocket sync, which share host and path and differ in
 * scheme only. The plugin's settings, the CLI's `--server` and the typed
 * client all read addresses here.
 */

/** The server's two addresses, derived from the one the user typed. */
export interface Endpoints {
  /** Base of the HTTP API, e.g. "https://poc.example.org". */
  http: string;
  /** Base of the WebSocket sync, e.g. "wss://poc.example.org". */
  ws: string;
}

/** Both addresses for a server URL given as http(s) or ws(s), without a trailing slash; undefined when it is not such a URL. */
export function endpointsOf(serverUrl: string): Endpoints | undefined {
  let u: URL;
  try {
    u = new URL(serverUrl.trim());
  } catch {
    return undefined;
  }
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return undefined;
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  const rest = `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  return { http: `${secure ? 'https' : 'http'}://${rest}`, ws: `${secure ? 'wss' : 'ws'}://${rest}` };
}

/**
 * The HTTP base for a server address: its `endpointsOf(…).http`; an address
 * that is not an absolute URL (such as "", a web page's own origin) is kept
 * as a prefix for the page's relative requests, without a trailing slash.
 */
export function httpBaseOf(serverUrl: string): string {
  return endpointsOf(serverUrl)?.http ?? serverUrl.trim().replace(/\/+$/, '');
}

/** Whether a host name is this computer (localhost, 127.0.0.0/8, ::1), where nothing crosses a network. */
export function isLoopbackHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h.endsWith('.localhost') || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h);
}

/**
 * Whether talking to this server would send the token unencrypted over a
 * network: ws:// or http:// to a host other than this computer. Anyone on
 * the way (Wi-Fi, a hotel network, a proxy) could read it and act as the user.
 */
export function sendsTokenInClear(endpoints: Endpoints): boolean {
  const u = new URL(endpoints.http);
  return u.protocol === 'http:' && !isLoopbackHost(u.hostname);
}
