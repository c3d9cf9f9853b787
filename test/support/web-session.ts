/**
 * Test support for web sessions (issue 13): a browser played by hand, as the
 * attacks need (which cookie, which Origin). `signIn` posts a token from the
 * server's own page; `browserCall` sends the session cookie with an Origin of
 * the test's choosing; `cookieFetch` is a `fetch` for `ApiClient` that keeps
 * the cookie and sends the page's Origin, as a browser on the server's page does.
 */
import { SESSION_COOKIE } from '../../shared/api/session.js';
import type { ApiFetch } from '../../shared/api/client.js';
import type { TestServer } from './test-server.js';

/** What a sign-in answered: the status, the raw `Set-Cookie` and the `name=value` pair a browser would send back. */
export interface SignedIn {
  status: number;
  setCookie: string | null;
  /** `poc_session=<secret>`, or '' when no cookie was set. */
  cookie: string;
  /** The secret alone ('' when none). */
  secret: string;
  body: any;
  retryAfter: string | null;
}

/** Posts `token` to `POST /api/session` as the server's own page would (Origin: the server), unless `origin` says otherwise (null: none). */
export async function signIn(t: TestServer, token: string, origin: string | null = t.httpUrl): Promise<SignedIn> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (origin !== null) headers.origin = origin;
  const res = await fetch(`${t.httpUrl}/api/session`, { method: 'POST', headers, body: JSON.stringify({ token }) });
  const setCookie = res.headers.get('set-cookie');
  const pair = setCookie?.split(';')[0] ?? '';
  const secret = pair.startsWith(`${SESSION_COOKIE}=`) ? pair.slice(SESSION_COOKIE.length + 1) : '';
  return { status: res.status, setCookie, cookie: secret ? pair : '', secret, body: await res.json(), retryAfter: res.headers.get('retry-after') };
}

/** Calls the API with a session cookie (no token), from `origin` (null: no Origin header, as a program would). */
export async function browserCall(
  t: TestServer,
  path: string,
  cookie: string,
  init: { method?: string; origin?: string | null; body?: unknown } = {},
): Promise<{ status: number; body: any; setCookie: string | null }> {
  const headers: Record<string, string> = { cookie };
  const origin = init.origin === undefined ? t.httpUrl : init.origin;
  if (origin !== null) headers.origin = origin;
  if (init.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(t.httpUrl + path, { method: init.method ?? 'GET', headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // an empty answer (204)
  }
  return { status: res.status, body, setCookie: res.headers.get('set-cookie') };
}

/** A `fetch` for `ApiClient` that behaves as a browser on the server's own page: it keeps the session cookie it is given and sends it, with the page's Origin. */
export function cookieFetch(t: TestServer): ApiFetch & { cookie(): string } {
  let cookie = '';
  const f = async (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => {
    const headers: Record<string, string> = { ...init.headers, origin: t.httpUrl, ...(cookie ? { cookie } : {}) };
    const res = await fetch(url.startsWith('/') ? t.httpUrl + url : url, { ...init, headers });
    const set = res.headers.get('set-cookie');
    if (set) {
      const pair = set.split(';')[0];
      cookie = /Max-Age=0/i.test(set) ? '' : pair;
    }
    return res;
  };
  return Object.assign(f, { cookie: () => cookie });
}
