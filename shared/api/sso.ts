/**
 * Single sign-on's browser side (issue 14): the query strings of
 * `GET /auth/sso` and `GET /auth/callback`, and why a sign-in through the
 * identity provider did not happen. The server sends the browser back to
 * `/signin?sso=<code>` and the sign-in page says the code's message, so a
 * refusal is always explained in words, never as a bare error page.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedSsoWords } from '../i18n/messages/shared-sso.js';
import * as z from '../zod.js';

const PROBLEM_CODES = ['not-configured', 'unreachable', 'expired', 'state-mismatch', 'provider-refused', 'invalid-response', 'disabled', 'email-conflict', 'email-taken'] as const;

/** A reason single sign-on did not sign the person in. */
export type SsoProblem = (typeof PROBLEM_CODES)[number];

const isProblem = (code: string): code is SsoProblem => (PROBLEM_CODES as readonly string[]).includes(code);

/** Why single sign-on did not sign the person in (the `?sso=` of the sign-in page), in English. */
export const SSO_PROBLEMS: Readonly<Record<SsoProblem, string>> = Object.fromEntries(PROBLEM_CODES.map((c) => [c, translate(sharedSsoWords, 'en', `sso.${c}`)])) as Record<SsoProblem, string>;

/**
 * The message for a `?sso=` code in `locale` (naming the provider's `issuer` when it could not be reached and is
 * known), or a general one for a code this page does not know.
 */
export function ssoProblemMessage(code: string, issuer?: string, locale: Locale = 'en'): string {
  if (code === 'unreachable' && issuer) return translate(sharedSsoWords, locale, 'sso.unreachableAt', { issuer });
  return translate(sharedSsoWords, locale, isProblem(code) ? `sso.${code}` : 'sso.unknown');
}

const param = z.optional(z.string().check(z.maxLength(2000)));

/** `GET /auth/sso`: where to come back to (a path of this site; anything else comes back to "/"). */
export const SsoStartQuerySchema = z.object({ return: param });

/** `GET /auth/callback`: the provider's answer (RFC 6749 §4.1.2; `iss` per RFC 9207). */
export const SsoCallbackQuerySchema = z.looseObject({ code: param, state: param, error: param, error_description: param, iss: param });
