/**
 * Signing in and out of the web workspace through the session contract
 * (shared/api/session.ts): the access token is traded once for a session
 * cookie the page never sees, and signing out ends this session or all of
 * the person's. Failures come back as values with words a person can act on
 * (a wrong token, too many attempts and how long to wait, no answer).
 * The requests go to this page's own origin, so the browser sends the
 * cookie and the `Origin` header the server checks.
 */
import { type SessionResponse, SessionResponseSchema } from '../../shared/api/session.js';
import type { ApiFetch } from '../../shared/api/client.js';
import * as z from '../../shared/zod.js';

/** Why signing in did not work, in words for the person. */
export interface SignInProblem {
  kind: 'wrong-token' | 'too-many' | 'unreachable' | 'other';
  message: string;
}

/** The outcome of signing in: the session, or why not. */
export type SignInResult = { ok: true; session: SessionResponse } | { ok: false; problem: SignInProblem };

/** The part of a response these calls read (the global `Response` fits). */
interface SessionFetchResponse {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

/** A `fetch` for these calls: the page's own, bound to `window`, by default. */
export type SessionFetch = (url: string, init: Parameters<ApiFetch>[1]) => Promise<SessionFetchResponse>;

const pageFetch: SessionFetch = (url, init) => window.fetch(url, init);

/** How many seconds to wait, from a 429's Retry-After header (seconds), or undefined. */
function retryAfter(res: SessionFetchResponse): number | undefined {
  const seconds = Number(res.headers.get('retry-after'));
  return Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : undefined;
}

/** The server's own message in the API's error shape, when it sent one. */
async function serverMessage(res: SessionFetchResponse): Promise<string | undefined> {
  try {
    const body = JSON.parse(await res.text()) as { error?: { message?: unknown } };
    return typeof body.error?.message === 'string' ? body.error.message : undefined;
  } catch {
    return undefined;
  }
}

const UNREACHABLE: SignInProblem = { kind: 'unreachable', message: 'The server could not be reached. Check your connection and try again.' };

/** Trades the access token for a session cookie (`POST /api/session`); resolves with the session or the problem, never throws. */
export async function signIn(token: string, fetcher: SessionFetch = pageFetch): Promise<SignInResult> {
  let res: SessionFetchResponse;
  try {
    res = await fetcher('/api/session', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token }) });
  } catch {
    return { ok: false, problem: UNREACHABLE };
  }
  if (res.status === 200 || res.status === 201) {
    let body: unknown;
    try {
      body = JSON.parse(await res.text());
    } catch {
      body = undefined;
    }
    const parsed = z.safeParse(SessionResponseSchema, body);
    if (parsed.success) return { ok: true, session: parsed.data };
    return { ok: false, problem: { kind: 'other', message: 'The server answered in a way this page does not understand. Reload the page and try again.' } };
  }
  if (res.status === 401 || res.status === 400) {
    return { ok: false, problem: { kind: 'wrong-token', message: 'This access token was not recognised. Check that you copied all of it, or ask your administrator for a new one.' } };
  }
  if (res.status === 429) {
    const wait = retryAfter(res);
    return { ok: false, problem: { kind: 'too-many', message: `Too many attempts to sign in. Try again in ${wait ?? 60} seconds.` } };
  }
  if (res.status >= 500 && res.status !== 501) return { ok: false, problem: UNREACHABLE };
  const said = await serverMessage(res);
  return { ok: false, problem: { kind: 'other', message: said ?? `Signing in did not work (the server answered ${res.status}). Try again.` } };
}

/** Ends this browser's session (`DELETE /api/session`), or every session of the person (`DELETE /api/sessions`); throws an Error with words when it did not. */
export async function signOut(everywhere: boolean, fetcher: SessionFetch = pageFetch): Promise<void> {
  let res: SessionFetchResponse;
  try {
    res = await fetcher(everywhere ? '/api/sessions' : '/api/session', { method: 'DELETE', headers: {} });
  } catch {
    throw new Error(UNREACHABLE.message);
  }
  // 401: already signed out (the session had ended), which is what was asked.
  if (res.status < 400 || res.status === 401) return;
  throw new Error((await serverMessage(res)) ?? `Signing out did not work (the server answered ${res.status}). Try again.`);
}
