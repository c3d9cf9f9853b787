/**
 * A real OpenID Connect provider for the tests (issue 14): `oidc-provider`,
 * the certified Node implementation, on 127.0.0.1 at an ephemeral port, with
 * one confidential client (client_secret_basic) and its built-in login form
 * (devInteractions: any login name, any password). The accounts are a table
 * the test fills and changes: the login name typed at the form is the
 * account's `sub`, and its claims (name, email, groups…) are read from the
 * table at each sign-in, so a test can drop a group between two sign-ins.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** An account's claims, as the provider releases them. */
export interface TestAccount {
  name?: string;
  email?: string;
  email_verified?: boolean;
  preferred_username?: string;
  groups?: string[];
}

/** A running test provider. */
export interface TestProvider {
  /** The issuer URL (http://127.0.0.1:PORT). */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The accounts by `sub` (= the login typed at the form); unknown logins sign in with no claims but `sub`. */
  accounts: Map<string, TestAccount>;
  /**
   * Registers the client's redirect URI and starts answering: the server under test is started after the provider
   * (it needs the issuer), and learns its own address only then. Its discovery is lazy, so it asks nothing before.
   */
  allow(redirectUri: string): void;
  stop(): Promise<void>;
}

/** Starts the provider's listener (the issuer is known from then on); it answers once `allow` names the client's redirect URI. */
export async function startTestProvider(): Promise<TestProvider> {
  const accounts = new Map<string, TestAccount>();
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'poc-workspace';
  const clientSecret = 'test-client-secret-that-is-long-enough-0123456789';
  const allow = (redirectUri: string) => {
    const provider = new Provider(issuer, {
      clients: [{ client_id: clientId, client_secret: clientSecret, redirect_uris: [redirectUri], token_endpoint_auth_method: 'client_secret_basic', grant_types: ['authorization_code'], response_types: ['code'] }],
      claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'preferred_username', 'groups'] },
      features: { devInteractions: { enabled: true } },
      pkce: { required: () => true },
      ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600 },
      // No signing keys are given: the provider makes one for its lifetime (and warns that this is for development).
      findAccount: (_ctx: unknown, sub: string) => ({
        accountId: sub,
        claims: () => ({ sub, ...accounts.get(sub) }),
      }),
    });
    server.on('request', provider.callback());
  };
  return {
    issuer,
    clientId,
    clientSecret,
    accounts,
    allow,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
