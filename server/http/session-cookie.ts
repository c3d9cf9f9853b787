/**
 * The web session's cookie (issue 13) on the wire: reading it off a request's
 * `Cookie` header, and the `Set-Cookie` values that set and clear it. The
 * cookie is HttpOnly (a script on the page cannot read it), SameSite=Strict
 * (a page of another site cannot make the browser send it) and, when the
 * browser reaches the server over TLS, Secure. It carries no Max-Age: it
 * ends with the browser, and the server ends the session itself.
 */
import { SESSION_COOKIE } from '../../shared/api/session.js';

/** The session secret in a request's `Cookie` header, or null when it carries none. */
export function readSessionCookie(header: string | undefined): string | null {
  if (!header) return null;
  for (const pair of header.split(';')) {
    const eq = pair.indexOf('=');
    if (eq < 0 || pair.slice(0, eq).trim() !== SESSION_COOKIE) continue;
    const value = pair.slice(eq + 1).trim();
    // Secrets are base64url: anything else is not one of ours (and is never echoed anywhere).
    return /^[A-Za-z0-9_-]{1,200}$/.test(value) ? value : null;
  }
  return null;
}

const ATTRIBUTES = 'HttpOnly; SameSite=Strict; Path=/';

/** The `Set-Cookie` value that gives the browser a session's secret; `secure` when the browser reaches the server over https. */
export function sessionCookie(secret: string, secure: boolean): string {
  return `${SESSION_COOKIE}=${secret}; ${ATTRIBUTES}${secure ? '; Secure' : ''}`;
}

/** The `Set-Cookie` value that makes the browser forget the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; ${ATTRIBUTES}; Max-Age=0${secure ? '; Secure' : ''}`;
}
