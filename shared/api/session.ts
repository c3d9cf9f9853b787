/**
 * Signing in to the web workspace (issue 13): `POST /api/session` trades an
 * access token for a server session held in an HttpOnly, SameSite=Strict
 * cookie (Secure under TLS), so the page never keeps the long-lived token;
 * `DELETE /api/session` signs this browser out; `DELETE /api/sessions` signs
 * the person out everywhere. Requests authenticated by the cookie that change
 * anything must come from the server's own origin (the `Origin` header).
 */
import * as z from '../zod.js';
import { type BodyProblem, bodyProblem } from './api-errors.js';
import { MeResponseSchema } from './identity.js';

/** The cookie that carries a web session's secret (the server keeps only its hash). */
export const SESSION_COOKIE = 'poc_session';

/** The longest access token the sign-in form accepts (real tokens are far shorter). */
export const MAX_TOKEN_LENGTH = 512;

/** `POST /api/session`: the person's access token, as an administrator gave it ("poc user token <username>"). */
export const SignInRequestSchema = z.object({ token: z.string().check(z.minLength(1), z.maxLength(MAX_TOKEN_LENGTH)) });
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

/** How a refused sign-in body is answered. */
export const SIGN_IN_BODY_PROBLEM: BodyProblem = bodyProblem('bad-body', 'signIn.token', { example: '{"token": "<token>"}' });

/** What signing in answers (and sets the cookie): who is signed in, and when the session ends if unused and at the latest. */
export const SessionResponseSchema = z.object({
  me: MeResponseSchema,
  /** ISO 8601: the session ends at this time unless it is used before (each use moves it later). */
  idleExpiresAt: z.string(),
  /** ISO 8601: the session ends at this time whatever happens; sign in again then. */
  expiresAt: z.string(),
});
export type SessionResponse = z.infer<typeof SessionResponseSchema>;

/**
 * `DELETE /api/sessions`: how many sessions of the person were ended (this one included), and how many devices
 * (plugins signed in through the browser) were signed out with them, since a device allowed from a stolen session
 * would otherwise outlive it. Access tokens an administrator issued (for scripts) keep working.
 */
export const SignOutEverywhereResponseSchema = z.object({ signedOut: z.number(), devices: z.number() });
export type SignOutEverywhereResponse = z.infer<typeof SignOutEverywhereResponseSchema>;
