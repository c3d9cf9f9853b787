/**
 * Single sign-on's browser side (issue 14): the query strings of
 * `GET /auth/sso` and `GET /auth/callback`, and why a sign-in through the
 * identity provider did not happen. The server sends the browser back to
 * `/signin?sso=<code>` and the sign-in page says the code's message, so a
 * refusal is always explained in words, never as a bare error page.
 */
import * as z from '../zod.js';

/** Why single sign-on did not sign the person in (the `?sso=` of the sign-in page). */
export const SSO_PROBLEMS = {
  'not-configured': 'Single sign-on is not set up on this server. Sign in with your access token, or ask your administrator.',
  unreachable: 'The identity provider could not be reached. Try again in a few minutes, or sign in with your access token.',
  expired: 'Your single sign-on took too long or was started in another browser. Start again with the single sign-on button.',
  'state-mismatch': 'This single sign-on answer does not belong to the sign-in started in this browser, so it was refused to protect your account. Start again with the single sign-on button.',
  'provider-refused': 'The identity provider did not sign you in (you may have cancelled). Start again with the single sign-on button, or sign in with your access token.',
  'invalid-response': 'The identity provider’s answer could not be verified, so you were not signed in. Try again; if it keeps happening, tell your administrator.',
  disabled: 'Your account on this server is disabled. Ask your administrator to enable it.',
  'email-conflict': 'Your identity provider does not confirm your email address, and a person with that address already exists here, so you were not signed in. Ask your administrator to link your account.',
  'email-taken': 'A person with your email address already signs in here with another account of your identity provider, so you were not signed in. Sign in with that account, or ask your administrator which account is yours.',
} as const;

/** A reason single sign-on did not sign the person in. */
export type SsoProblem = keyof typeof SSO_PROBLEMS;

/** The message for a `?sso=` code (naming the provider's `issuer` when it could not be reached and is known), or a general one for a code this page does not know. */
export function ssoProblemMessage(code: string, issuer?: string): string {
  if (code === 'unreachable' && issuer) return `The identity provider at ${issuer} could not be reached. Try again in a few minutes, or sign in with your access token.`;
  return Object.hasOwn(SSO_PROBLEMS, code) ? SSO_PROBLEMS[code as SsoProblem] : 'Single sign-on did not sign you in. Start again with the single sign-on button, or sign in with your access token.';
}

const param = z.optional(z.string().check(z.maxLength(2000)));

/** `GET /auth/sso`: where to come back to (a path of this site; anything else comes back to "/"). */
export const SsoStartQuerySchema = z.object({ return: param });

/** `GET /auth/callback`: the provider's answer (RFC 6749 §4.1.2; `iss` per RFC 9207). */
export const SsoCallbackQuerySchema = z.looseObject({ code: param, state: param, error: param, error_description: param, iss: param });
