/**
 * `serve`'s single sign-on and public address flags (issue 14): which
 * OpenID Connect provider people sign in with, and the address the server is
 * reached at (the provider sends people back to `<public-url>/auth/callback`).
 * A half-configured provider is refused at start with what to add, rather
 * than discovered at a person's first sign-in.
 */
import { Option } from 'commander';
import type { OidcConfig } from '../server/config.js';
import { CommandError } from './commands/command.js';

/** The flags as commander reads them. */
export interface IdentityFlags {
  publicUrl?: string;
  oidcIssuer?: string;
  oidcClientId?: string;
  oidcClientSecret?: string;
  oidcLabel?: string;
  oidcTeamClaim?: string;
  oidcAllowHttp?: boolean;
}

/** The sign-in button's label when the mission does not name it. */
export const DEFAULT_SSO_LABEL = 'Sign in with single sign-on';

/** The options `serve` adds for single sign-on and its public address. */
export function identityOptions(): Option[] {
  return [
    new Option('--public-url <url>', 'the address people reach the server at, e.g. https://poc.mission.example (invite links and the single sign-on redirect URI <url>/auth/callback are built on it)').env('POC_PUBLIC_URL'),
    new Option('--oidc-issuer <url>', "the OpenID Connect provider's issuer URL: people may then sign in with single sign-on (needs the client id and secret and --public-url)").env('POC_OIDC_ISSUER'),
    new Option('--oidc-client-id <id>', 'the client id this server is registered under at the provider').env('POC_OIDC_CLIENT_ID'),
    new Option('--oidc-client-secret <secret>', 'the client secret; prefer the POC_OIDC_CLIENT_SECRET environment variable, since other users of this computer can read command lines').env('POC_OIDC_CLIENT_SECRET'),
    new Option('--oidc-label <text>', `the single sign-on button's label (default "${DEFAULT_SSO_LABEL}")`).env('POC_OIDC_LABEL'),
    new Option('--oidc-team-claim <name>', 'an ID token claim (e.g. groups) whose values put people in the teams with that claim value at each sign-in').env('POC_OIDC_TEAM_CLAIM'),
    new Option('--oidc-allow-http', 'accept an http:// issuer (a provider on this machine or a test only; never in production)'),
  ];
}

/** The server's public address and provider from the flags; throws a CommandError saying what to add when the provider is half given. */
export function identityConfig(o: IdentityFlags): { publicUrl?: string; oidc?: OidcConfig } {
  const publicUrl = o.publicUrl ? checkUrl(o.publicUrl, '--public-url (POC_PUBLIC_URL)') : undefined;
  if (!o.oidcIssuer) {
    if (o.oidcClientId || o.oidcClientSecret) throw new CommandError('A client id or secret was given without --oidc-issuer (POC_OIDC_ISSUER): add the provider’s issuer URL, or remove them.');
    return publicUrl ? { publicUrl } : {};
  }
  const issuer = checkUrl(o.oidcIssuer, '--oidc-issuer (POC_OIDC_ISSUER)');
  const missing = [!o.oidcClientId && '--oidc-client-id (POC_OIDC_CLIENT_ID)', !o.oidcClientSecret && 'POC_OIDC_CLIENT_SECRET (or --oidc-client-secret)', !publicUrl && '--public-url (POC_PUBLIC_URL)'].filter(Boolean);
  if (missing.length) {
    throw new CommandError(`Single sign-on with ${issuer} also needs ${missing.join(', ')}: the provider registers this server under a client id and secret, and sends people back to <public-url>/auth/callback.`);
  }
  if (issuer.startsWith('http:') && !o.oidcAllowHttp) {
    throw new CommandError(`The issuer ${issuer} is not https: people's identities would cross the network in clear. Use the provider's https:// address (--oidc-allow-http only for a provider on this machine or a test).`);
  }
  return {
    publicUrl,
    oidc: { issuer, clientId: o.oidcClientId!, clientSecret: o.oidcClientSecret!, label: o.oidcLabel?.trim() || DEFAULT_SSO_LABEL, teamClaim: o.oidcTeamClaim?.trim() || null, allowHttp: !!o.oidcAllowHttp },
  };
}

/** `value` when it is an http(s) URL (without a trailing slash); else a CommandError naming `flag`. */
function checkUrl(value: string, flag: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CommandError(`${flag} "${value}" is not a URL; give one like https://poc.mission.example.`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CommandError(`${flag} "${value}" is not an http(s) URL; give one like https://poc.mission.example.`);
  return value.replace(/\/+$/, '');
}
