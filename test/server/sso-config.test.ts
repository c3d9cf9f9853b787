// `serve`'s single sign-on flags (issue 14): a provider without what it needs is refused at start with what to add.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SSO_LABEL, identityConfig } from '../../cli/identity-flags.js';

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
