/**
 * `serve`'s single sign-on and public address flags (issue 14): which
 * OpenID Connect provider people sign in with, and the address the server is
 * reached at (the provider sends people back to `<public-url>/auth/callback`).
 * A half-configured provider is refused at start with what to add, rather
 * than discovered at a person's first sign-in. Help and refusals in the
 * CLI's language (`locale`, English by default).
 */
import { Option } from 'commander';
import type { OidcConfig } from '../server/config.js';
import { wordsOf } from '../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../shared/i18n/locale.js';
import { cliIdentity } from '../shared/i18n/messages/cli-identity.js';
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

/** The sign-in button's label when the mission does not name it (the server's setting, which the sign-in page shows as given). */
export const DEFAULT_SSO_LABEL = 'Sign in with single sign-on';

/** The options `serve` adds for single sign-on and its public address, with their help in `locale`. */
export function identityOptions(locale: Locale = DEFAULT_LOCALE): Option[] {
  const t = wordsOf(cliIdentity, locale);
  return [
    new Option('--public-url <url>', t('option.publicUrl')).env('POC_PUBLIC_URL'),
    new Option('--oidc-issuer <url>', t('option.oidcIssuer')).env('POC_OIDC_ISSUER'),
    new Option('--oidc-client-id <id>', t('option.oidcClientId')).env('POC_OIDC_CLIENT_ID'),
    new Option('--oidc-client-secret <secret>', t('option.oidcClientSecret')).env('POC_OIDC_CLIENT_SECRET'),
    new Option('--oidc-label <text>', t('option.oidcLabel', { label: DEFAULT_SSO_LABEL })).env('POC_OIDC_LABEL'),
    new Option('--oidc-team-claim <name>', t('option.oidcTeamClaim')).env('POC_OIDC_TEAM_CLAIM'),
    new Option('--oidc-allow-http', t('option.oidcAllowHttp')),
  ];
}

/** The server's public address and provider from the flags; throws a CommandError (in `locale`) saying what to add when the provider is half given. */
export function identityConfig(o: IdentityFlags, locale: Locale = DEFAULT_LOCALE): { publicUrl?: string; oidc?: OidcConfig } {
  const t = wordsOf(cliIdentity, locale);
  const publicUrl = o.publicUrl ? checkUrl(o.publicUrl, '--public-url (POC_PUBLIC_URL)', locale) : undefined;
  if (!o.oidcIssuer) {
    if (o.oidcClientId || o.oidcClientSecret) throw new CommandError(t('clientWithoutIssuer'));
    return publicUrl ? { publicUrl } : {};
  }
  const issuer = checkUrl(o.oidcIssuer, '--oidc-issuer (POC_OIDC_ISSUER)', locale);
  // Flags and variables are names, not words; only the "(or …)" of the secret is translated.
  const missing = [!o.oidcClientId && '--oidc-client-id (POC_OIDC_CLIENT_ID)', !o.oidcClientSecret && t('secretFlags'), !publicUrl && '--public-url (POC_PUBLIC_URL)'].filter(Boolean);
  if (missing.length) throw new CommandError(t('missing', { issuer, missing: missing.join(', ') }));
  if (issuer.startsWith('http:') && !o.oidcAllowHttp) throw new CommandError(t('notHttps', { issuer }));
  return {
    publicUrl,
    oidc: { issuer, clientId: o.oidcClientId!, clientSecret: o.oidcClientSecret!, label: o.oidcLabel?.trim() || DEFAULT_SSO_LABEL, teamClaim: o.oidcTeamClaim?.trim() || null, allowHttp: !!o.oidcAllowHttp },
  };
}

/** `value` when it is an http(s) URL (without a trailing slash); else a CommandError (in `locale`) naming `flag`. */
function checkUrl(value: string, flag: string, locale: Locale): string {
  const t = wordsOf(cliIdentity, locale);
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new CommandError(t('notUrl', { flag, value }));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new CommandError(t('notHttpUrl', { flag, value }));
  return value.replace(/\/+$/, '');
}
