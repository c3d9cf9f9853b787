// `serve`'s single sign-on flags (issue 14): a provider without what it needs is refused at start with what to add.
import { Command } from 'commander';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SSO_LABEL, identityConfig } from '../../cli/identity-flags.js';
import { registerServerCommands } from '../../cli/server-commands.js';
import { tempDir } from '../support/test-server.js';

const full = { oidcIssuer: 'https://id.mission.example/', oidcClientId: 'poc', oidcClientSecret: 's3cret', publicUrl: 'https://poc.mission.example/' };

describe('single sign-on settings of serve', () => {
  it('a complete provider gives the config, with the default label and no team claim', () => {
    expect(identityConfig(full)).toEqual({
      publicUrl: 'https://poc.mission.example',
      oidc: { issuer: 'https://id.mission.example', clientId: 'poc', clientSecret: 's3cret', label: DEFAULT_SSO_LABEL, teamClaim: null, allowHttp: false },
    });
  });

  it('an issuer without a client secret is refused, naming the environment variable to set', () => {
    expect(() => identityConfig({ ...full, oidcClientSecret: undefined })).toThrow(/also needs POC_OIDC_CLIENT_SECRET/);
  });

  it('an issuer without a client id is refused, naming the flag to add', () => {
    expect(() => identityConfig({ ...full, oidcClientId: undefined })).toThrow(/also needs --oidc-client-id \(POC_OIDC_CLIENT_ID\)/);
  });

  it('an issuer without a public URL is refused, saying the provider returns people to <public-url>/auth/callback', () => {
    expect(() => identityConfig({ ...full, publicUrl: undefined })).toThrow(/--public-url \(POC_PUBLIC_URL\).*\/auth\/callback/);
  });

  it('an http issuer is refused unless --oidc-allow-http says it is a provider on this machine', () => {
    expect(() => identityConfig({ ...full, oidcIssuer: 'http://127.0.0.1:8080' })).toThrow(/not https/);
    expect(identityConfig({ ...full, oidcIssuer: 'http://127.0.0.1:8080', oidcAllowHttp: true }).oidc?.allowHttp).toBe(true);
  });

  it('a client id without an issuer is refused rather than silently ignored', () => {
    expect(() => identityConfig({ oidcClientId: 'poc' })).toThrow(/without --oidc-issuer/);
  });

  it('no provider gives no single sign-on', () => {
    expect(identityConfig({})).toEqual({});
  });
});

describe('poc serve with single sign-on flags', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  /** Runs `poc serve <args>` as the command line would parse it; answers the error it stopped with. */
  async function serve(args: string[]): Promise<Error> {
    const program = new Command().exitOverride();
    registerServerCommands(program);
    const data = tempDir();
    try {
      await program.parseAsync(['node', 'poc', 'serve', '--data', data.dir, '--demo-vault', 'none', ...args]);
    } catch (e) {
      return e as Error;
    } finally {
      data.remove();
    }
    throw new Error('serve started');
  }

  it('refuses to start with an issuer but no client secret or public URL, saying what to add', async () => {
    const e = await serve(['--oidc-issuer', 'https://login.mission.example', '--oidc-client-id', 'poc']);
    expect(e.message).toBe(
      'Single sign-on with https://login.mission.example also needs POC_OIDC_CLIENT_SECRET (or --oidc-client-secret), --public-url (POC_PUBLIC_URL): the provider registers this server under a client id and secret, and sends people back to <public-url>/auth/callback.',
    );
  });

  it('reads the issuer, client and public URL from POC_OIDC_* and POC_PUBLIC_URL (the secret stays off the command line)', async () => {
    process.env.POC_OIDC_ISSUER = 'http://127.0.0.1:1';
    process.env.POC_OIDC_CLIENT_ID = 'poc';
    process.env.POC_OIDC_CLIENT_SECRET = 's3cret';
    process.env.POC_PUBLIC_URL = 'https://poc.mission.example';
    // Everything is given but the issuer is http: the refusal proves the environment was read.
    expect((await serve([])).message).toMatch(/^The issuer http:\/\/127\.0\.0\.1:1 is not https/);
  });
});
