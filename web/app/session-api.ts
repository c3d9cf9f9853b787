/**
 * Signing in and out of the web workspace through the one API client
 * (`ApiClient.signIn`, `signOut`, `signOutEverywhere`; contract in
 * shared/api/session.ts): the access token is traded once for a session
 * cookie the page never sees, and signing out ends this session or all of
 * the person's. Failures come back as values with words a person can act on
 * (a wrong token, too many attempts and how long to wait, no answer).
 * The page's client calls its own origin, so the browser sends the cookie
 * and the `Origin` header the server checks.
 */
import { type ApiClient, ApiError } from '../../shared/api/client.js';
import type { SessionResponse } from '../../shared/api/session.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** Why signing in did not work, in words for the person. */
export interface SignInProblem {
  kind: 'wrong-token' | 'too-many' | 'unreachable' | 'other';
  message: string;
}

/** The outcome of signing in: the session, or why not. */
export type SignInResult = { ok: true; session: SessionResponse } | { ok: false; problem: SignInProblem };

/** The server did not answer (asked when said, so it is in the interface language of the moment). */
const unreachable = (): SignInProblem => ({ kind: 'unreachable', message: t('signIn.unreachable') });

/** Trades the access token for a session cookie (`POST /api/session`); resolves with the session or the problem, never throws. */
export async function signIn(api: ApiClient, token: string): Promise<SignInResult> {
  try {
    return { ok: true, session: await api.signIn(token) };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

/** A failed sign-in in words. */
function problemOf(e: unknown): SignInProblem {
  if (!(e instanceof ApiError)) return { kind: 'other', message: e instanceof Error ? e.message : String(e) };
  if (e.status === undefined || (e.status >= 500 && e.status !== 501)) return unreachable();
  if (e.status === 401 || e.status === 400) {
    return { kind: 'wrong-token', message: t('signIn.wrongToken') };
  }
  if (e.status === 429) {
    const wait = typeof e.detail.retryAfter === 'number' ? e.detail.retryAfter : 60;
    return { kind: 'too-many', message: t('signIn.tooMany', { count: wait }) };
  }
  if (e.code === 'not-understood') return { kind: 'other', message: t('signIn.notUnderstood') };
  return { kind: 'other', message: e.serverMessage ?? t('signIn.failed', { status: String(e.status) }) };
}

/** Ends this browser's session (`DELETE /api/session`), or every session of the person (`DELETE /api/sessions`); throws an Error with words when it did not. */
export async function signOut(api: ApiClient, everywhere: boolean): Promise<void> {
  try {
    if (everywhere) await api.signOutEverywhere();
    else await api.signOut();
  } catch (e) {
    // 401: already signed out (the session had ended), which is what was asked.
    if (e instanceof ApiError && e.status === 401) return;
    if (e instanceof ApiError && e.status === undefined) throw new Error(unreachable().message, { cause: e });
    throw new Error(e instanceof ApiError ? (e.serverMessage ?? t('signOut.failed', { status: String(e.status) })) : String(e), { cause: e });
  }
}
