/**
 * The `poc_sso` cookie on the wire: it binds a single sign-on login to the
 * browser that started it (its value is the id of the login the server
 * keeps, server/auth/sso-logins.ts). SameSite=Lax, not Strict like the
 * session cookie: the provider sends the browser back with a top-level GET
 * from its own site, and a Strict cookie would not come with it. HttpOnly,
 * Secure under TLS, only sent to the callback, gone after ten minutes.
 */
import { SSO_CALLBACK_PATH } from '../../shared/api/sign-in.js';

/** The cookie's name. */
export const SSO_COOKIE = 'poc_sso';

const ATTRIBUTES = `HttpOnly; SameSite=Lax; Path=${SSO_CALLBACK_PATH}`;

/** The login id in a request's `Cookie` header, or null when it carries none of ours. */
export function readSsoCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SSO_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    return /^[A-Za-z0-9_-]{1,100}$/.test(value) ? value : null;
  }
  return null;
}

/** The `Set-Cookie` value binding login `id` to this browser for `maxAgeS` seconds. */
export function ssoCookie(id: string, maxAgeS: number, secure: boolean): string {
  return `${SSO_COOKIE}=${id}; ${ATTRIBUTES}; Max-Age=${maxAgeS}${secure ? '; Secure' : ''}`;
}

/** The `Set-Cookie` value that makes the browser forget the binding. */
export function clearedSsoCookie(secure: boolean): string {
  return `${SSO_COOKIE}=; ${ATTRIBUTES}; Max-Age=0${secure ? '; Secure' : ''}`;
}
