/**
 * The server as an OpenID Connect relying party (issue 14), with
 * `openid-client` (a certified implementation): the authorization code flow
 * with PKCE (S256), a random state (binds the answer to the browser that
 * started) and a nonce (binds the ID token to this login). The provider's
 * discovery document is fetched on first use, not at start, so the server
 * starts while the provider is down; a failed discovery is not kept, so the
 * next sign-in tries again.
 */
import * as client from 'openid-client';
import type { OidcConfig } from '../config.js';
import type { SsoProblem } from '../../shared/api/sso.js';

/** The scopes asked for: who the person is, their email and their name. */
export const SSO_SCOPES = 'openid email profile';

/** How long one request to the provider may take before it counts as unreachable (seconds). */
const PROVIDER_TIMEOUT_S = 10;

/** What a login must remember between the redirect to the provider and its answer. */
export interface LoginChecks {
  verifier: string;
  state: string;
  nonce: string;
  /** The redirect URI sent to the provider (the token request must repeat it exactly). */
  redirectUri: string;
}

/** What the provider proved about the person, read from the ID token and, for what it lacks, the userinfo endpoint. */
export interface SsoIdentity {
  issuer: string;
  subject: string;
  email: string | null;
  /** The provider's `email_verified`; null when it does not say. */
  emailVerified: boolean | null;
  name: string | null;
  preferredUsername: string | null;
  /** The values of the configured team claim (none when the claim is absent); null when no team claim is configured. */
  teamValues: string[] | null;
}

/** A login the provider or its answer did not allow; `problem` is what the sign-in page tells the person. */
export class SsoError extends Error {
  constructor(
    readonly problem: SsoProblem,
    message: string,
  ) {
    super(message);
    this.name = 'SsoError';
  }
}

/** Talks to one OpenID Connect provider for the server's single sign-on. */
export class OidcRelyingParty {
  private discovered: Promise<client.Configuration> | undefined;

  constructor(readonly config: OidcConfig) {}

  /**
   * Where to send the browser to sign in, and the checks its answer must pass (random verifier, state and nonce, new
   * each time). Throws SsoError "unreachable" when the provider's discovery document cannot be fetched.
   */
  async begin(redirectUri: string): Promise<{ url: string; checks: LoginChecks }> {
    const configuration = await this.configuration();
    const checks: LoginChecks = { verifier: client.randomPKCECodeVerifier(), state: client.randomState(), nonce: client.randomNonce(), redirectUri };
    const url = client.buildAuthorizationUrl(configuration, {
      redirect_uri: redirectUri,
      scope: SSO_SCOPES,
      code_challenge: await client.calculatePKCECodeChallenge(checks.verifier),
      code_challenge_method: 'S256',
      state: checks.state,
      nonce: checks.nonce,
    });
    return { url: url.href, checks };
  }

  /**
   * Trades the provider's answer (`callbackUrl`, the redirect URI with its query) for tokens and returns who they
   * prove: state, PKCE verifier, nonce, issuer, audience, signature and expiry all checked by openid-client. Throws
   * SsoError: "provider-refused" (the answer is an error), "unreachable", or "invalid-response" (anything that fails a check).
   */
  async finish(callbackUrl: URL, checks: LoginChecks): Promise<SsoIdentity> {
    const configuration = await this.configuration();
    let tokens;
    try {
      tokens = await client.authorizationCodeGrant(configuration, callbackUrl, { pkceCodeVerifier: checks.verifier, expectedState: checks.state, expectedNonce: checks.nonce, idTokenExpected: true });
    } catch (e) {
      throw classify(e, this.config.issuer);
    }
    const idToken = tokens.claims();
    if (!idToken) throw new SsoError('invalid-response', 'the provider answered without an ID token');
    let claims: Record<string, unknown> = { ...idToken };
    // Providers often keep email, name and groups for the userinfo endpoint (OIDC Core §5.4); the ID token wins where both say.
    if (configuration.serverMetadata().userinfo_endpoint && tokens.access_token) {
      try {
        const info = await client.fetchUserInfo(configuration, tokens.access_token, idToken.sub);
        claims = { ...info, ...idToken };
      } catch (e) {
        throw classify(e, this.config.issuer);
      }
    }
    return {
      issuer: idToken.iss,
      subject: idToken.sub,
      email: text(claims.email),
      emailVerified: typeof claims.email_verified === 'boolean' ? claims.email_verified : null,
      name: text(claims.name),
      preferredUsername: text(claims.preferred_username),
      teamValues: this.config.teamClaim ? values(claims[this.config.teamClaim]) : null,
    };
  }

  /** The provider's configuration, discovered once; a failure is forgotten so the next call tries again. */
  private configuration(): Promise<client.Configuration> {
    this.discovered ??= client
      .discovery(new URL(this.config.issuer), this.config.clientId, { client_secret: this.config.clientSecret }, client.ClientSecretBasic(this.config.clientSecret), {
        timeout: PROVIDER_TIMEOUT_S,
        // An http:// issuer only when the administrator said so (tests, a provider on this machine).
        ...(this.config.allowHttp ? { execute: [client.allowInsecureRequests] } : {}),
      })
      .catch((e: unknown) => {
        this.discovered = undefined;
        throw new SsoError('unreachable', `the identity provider at ${this.config.issuer} could not be reached (${e instanceof Error ? e.message : String(e)})`);
      });
    return this.discovered;
  }
}

/** An openid-client failure as an SsoError: the provider's own error answer, a network failure, or a failed check. */
function classify(e: unknown, issuer: string): SsoError {
  if (e instanceof SsoError) return e;
  if (e instanceof client.AuthorizationResponseError) return new SsoError('provider-refused', `the provider answered "${e.error}"${e.error_description ? `: ${e.error_description}` : ''}`);
  const message = e instanceof Error ? e.message : String(e);
  // fetch fails with a TypeError "fetch failed" when the provider cannot be reached, and aborts when it does not answer in time.
  if ((e instanceof TypeError && message === 'fetch failed') || (e instanceof Error && (e.name === 'AbortError' || e.name === 'TimeoutError'))) {
    return new SsoError('unreachable', `the identity provider at ${issuer} could not be reached (${message})`);
  }
  return new SsoError('invalid-response', message);
}

/** A non-empty trimmed string claim, or null. */
function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

/** A claim read as a list of strings: a string is one value, a list keeps its strings; anything else is none. */
function values(claim: unknown): string[] {
  if (typeof claim === 'string') return [claim];
  if (Array.isArray(claim)) return claim.filter((v): v is string => typeof v === 'string');
  return [];
}
