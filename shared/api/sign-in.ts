/**
 * Ways in (issue 14) besides an access token (shared/api/session.ts):
 *
 * - **Single sign-on** with the mission's OpenID Connect provider. The browser
 *   goes to `GET /auth/sso?return=<path>` (the server redirects it to the
 *   provider with PKCE), and the provider returns it to
 *   `GET /auth/callback`, where the server sets the web session's cookie and
 *   sends it back to `<path>` (a path of this site only). `GET
 *   /api/auth/methods` tells the sign-in page whether to offer it, and under
 *   which label.
 * - **A device signs in through the browser** (the Obsidian plugin): the
 *   plugin opens `/auth/device?challenge=…&state=…&device=…` in the system
 *   browser; the person signs in there (token or single sign-on) and allows
 *   the device; the page asks `POST /api/device-codes` for a one-time code and
 *   follows `obsidian://poc-auth?code=…&state=…`; the plugin trades the code
 *   and its PKCE verifier for a device token at `POST /api/device-tokens`.
 *   The code is single-use, lives 5 minutes, and is worth nothing without the
 *   verifier the plugin never let out.
 */
import * as z from '../zod.js';

/** The Obsidian protocol action the browser returns to: `obsidian://poc-auth?…`. */
export const DEVICE_AUTH_ACTION = 'poc-auth';

/** How long a device code may wait for its exchange. */
export const DEVICE_CODE_TTL_MS = 5 * 60 * 1000;

/** The web workspace's page where a device is allowed (the plugin opens it with `challenge`, `state` and `device` in the query). */
export const DEVICE_PAGE_PATH = '/auth/device';

/** The web page where a person sees and revokes their own devices' sign-ins. */
export const ACCOUNT_PATH = '/account';

/** Where single sign-on starts (browser navigation; `?return=` a path of this site to come back to). */
export const SSO_START_PATH = '/auth/sso';

/** Where the identity provider returns the browser: register `<public-url>/auth/callback` at the provider. */
export const SSO_CALLBACK_PATH = '/auth/callback';

/** The longest device label kept. */
export const MAX_DEVICE_LABEL = 100;

/** `GET /api/auth/methods` (no caller): how one may sign in here. */
export const SignInMethodsSchema = z.object({
  /** Single sign-on, when the server has an identity provider: the button's label ("Sign in with single sign-on" unless the mission named it). */
  sso: z.nullable(z.object({ label: z.string(), /** The provider's issuer URL, named when it cannot be reached. */ issuer: z.optional(z.string()) })),
});
export type SignInMethods = z.infer<typeof SignInMethodsSchema>;

/** A PKCE S256 challenge: base64url of SHA-256 of the verifier, 43 characters. */
const challenge = z.string().check(z.regex(/^[A-Za-z0-9_-]{43}$/));

/** `POST /api/device-codes` (a signed-in browser of this site): allow a device. */
export const DeviceCodeRequestSchema = z.object({
  challenge,
  /** The plugin's own random state, returned to it unchanged so it can tell its answer from a forged link. */
  state: z.string().check(z.minLength(16), z.maxLength(200)),
  /** What the device calls itself, e.g. "Obsidian on LAPTOP-JUBA-04". */
  device: z.string().check(z.minLength(1), z.maxLength(MAX_DEVICE_LABEL)),
});
export type DeviceCodeRequest = z.infer<typeof DeviceCodeRequestSchema>;

/** What allowing a device answers: the link that returns to the device. */
export const DeviceCodeResponseSchema = z.object({
  /** `obsidian://poc-auth?code=…&state=…&server=…`. */
  redirect: z.string(),
  code: z.string(),
  expiresAt: z.string(),
});
export type DeviceCodeResponse = z.infer<typeof DeviceCodeResponseSchema>;

/** `POST /api/device-tokens` (no caller): the code from the link and the PKCE verifier behind its challenge. */
export const DeviceTokenRequestSchema = z.object({
  code: z.string().check(z.minLength(1), z.maxLength(200)),
  verifier: z.string().check(z.regex(/^[A-Za-z0-9._~-]{43,128}$/)),
});
export type DeviceTokenRequest = z.infer<typeof DeviceTokenRequestSchema>;

/** The device token (shown to the device only, once), and who it is for. */
export const DeviceTokenResponseSchema = z.object({
  token: z.string(),
  tokenId: z.number(),
  username: z.string(),
  name: z.string(),
});
export type DeviceTokenResponse = z.infer<typeof DeviceTokenResponseSchema>;

/** The `obsidian://poc-auth` link a device code returns through. */
export function deviceReturnLink(code: string, state: string, server: string): string {
  const q = new URLSearchParams({ code, state, server });
  return `obsidian://${DEVICE_AUTH_ACTION}?${q.toString()}`;
}
