/**
 * `poc validate --server URL --token T`: the sign-offs of each Markdown
 * mirror, read from the sync server that holds the document, so the rules
 * that ask who signed (`approved-not-signed`, `signoff-order`, the brief's
 * decision rules) give their real answer instead of "could not be verified".
 *
 * The server is read through the API's one client (shared/api/client.ts), as
 * `poc verify` reads it. Each record is checked here with the server's
 * published keys against the content hash of the mirror as it is on disk,
 * not the server's copy, by the checker `poc export --server` uses too
 * (checked-signoffs.ts): a record given for exactly this text is a sign-off
 * (`ValidationContext.signoffs`), one given for other text is stale
 * (`staleSignoffs`: the workflow still reads it, and the last office's
 * approval must be of this text), and one whose signature does not check out
 * is left out. So a mirror edited after its approval is told so, even when
 * the server's copy is unchanged. The keys are the server's own: this is to
 * know the sign-offs, not an audit of the server (that is `poc verify --key`).
 *
 * A server that cannot be reached, refuses the token or does not answer as
 * a POC server stops the command (`CommandError`, exit code 2), naming the
 * address and what to do; a document the server does not hold (or does not
 * let this token read) is said once for that file (`signoffs-not-on-server`),
 * and its sign-offs stay unknown.
 */
import { ApiClient, ApiError, type ApiFetch } from '../../shared/api/client.js';
import { translate, wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliSignoffs } from '../../shared/i18n/messages/cli-signoffs.js';
import type { DocModel } from '../../shared/model/types.js';
import type { SignoffPayload } from '../../shared/signoff/record.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import { type SignoffChecker, signoffChecker } from './checked-signoffs.js';
import { CommandError } from './command.js';

/** What is known of one document's sign-offs: the verified ones (of this text, and of earlier text), or a note saying why they are not known. */
export type KnownSignoffs = { signoffs: SignoffPayload[]; staleSignoffs: SignoffPayload[] } | { note: Diagnostic };

/** Gives the sign-offs of the document a mirror holds. */
export type SignoffSource = (model: DocModel) => Promise<KnownSignoffs>;

/** Where to read sign-offs: the server, the caller's token, and (for tests) the `fetch` to call it with. */
export interface ServerSignoffOptions {
  server: string;
  token?: string;
  fetch?: ApiFetch;
  /** The language of the refusals and notes (and of the server's answers, asked with Accept-Language); English when absent. */
  locale?: Locale;
}

/** The advice for a failure to reach or use the server at all, as a `CommandError` in `locale` naming the address. */
function stopped(server: string, e: unknown, locale: Locale): CommandError {
  const t = wordsOf(cliSignoffs, locale);
  if (!(e instanceof ApiError)) return new CommandError(t('server.readFailed', { server, problem: e instanceof Error ? e.message : String(e) }));
  if (e.status === undefined) return new CommandError(t('server.unreachable', { server, problem: e.message }));
  if (e.status === 401) return new CommandError(t('server.tokenRefused', { server, problem: e.serverMessage ?? e.message }));
  if (e.code === 'not-understood') return new CommandError(t('server.notPoc', { server }));
  return new CommandError(t('server.unusable', { server, problem: e.message }));
}

/**
 * Connects to the server (its signing keys, and who the token belongs to, so a refused token stops before any file is
 * read) and answers the `SignoffSource` that reads each document's records from it. Throws a `CommandError` (in
 * `o.locale`) when the server cannot be reached or refuses the token.
 */
export async function serverSignoffs(o: ServerSignoffOptions): Promise<SignoffSource> {
  const server = o.server;
  const locale = o.locale ?? DEFAULT_LOCALE;
  if (!o.token) throw new CommandError(translate(cliSignoffs, locale, 'server.tokenNeeded', { server }));
  const client = new ApiClient({ baseUrl: server, token: o.token, fetch: o.fetch ?? fetch, language: () => locale });
  let check: SignoffChecker;
  try {
    await client.me();
    check = await signoffChecker(client, locale);
  } catch (e) {
    throw stopped(server, e, locale);
  }
  return async (model) => {
    let checked;
    try {
      checked = await check(model);
    } catch (e) {
      if (e instanceof ApiError && e.status === 404) return { note: notOnServer(server, model.meta.id, locale) };
      throw stopped(server, e, locale);
    }
    const known: KnownSignoffs = { signoffs: [], staleSignoffs: [] };
    for (const v of checked) {
      if (v.state === 'valid') known.signoffs.push(v.record.payload);
      else if (v.state === 'stale') known.staleSignoffs.push(v.record.payload);
    }
    return known;
  };
}

/** The note (in `locale`) on a file whose document the server does not hold, or does not let this token read (it answers the same, so ids do not leak). */
function notOnServer(server: string, docId: string, locale: Locale): Diagnostic {
  return {
    severity: 'warning',
    code: 'signoffs-not-on-server',
    message: translate(cliSignoffs, locale, 'server.notOnServer', { server, id: docId }),
    location: {},
  };
}
