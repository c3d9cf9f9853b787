/**
 * `poc doc create`: an administrator's way to create a document from the
 * command line (the server's `POST /api/docs` does the same for people with
 * the create right), with the same checks: a known type, a title, an id that
 * is free, not deleted and no look-alike of another. The owner must be a user.
 */
import { resolveConfig } from '../../server/config.js';
import { createDoc } from '../../server/docs/lifecycle.js';
import { RateLimits } from '../../server/rate-limits.js';
import { wordsOf } from '../../shared/i18n/catalogue.js';
import { DEFAULT_LOCALE, type Locale } from '../../shared/i18n/locale.js';
import { cliDocuments } from '../../shared/i18n/messages/cli-documents.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { CommandError, print } from './command.js';
import { type StoreOptions, withStore } from './data-folder.js';

/** What `docCreate` makes. */
export interface DocCreateOptions extends StoreOptions {
  type: string;
  title: string;
  /** The owner (a user); they own the new document. */
  owner: string;
  /** A chosen id; absent, an unguessable one is made. */
  id?: string;
  /** Start empty (content written afterwards over the sync protocol) instead of from the template. */
  empty?: boolean;
  templates?: TemplateSet;
  /** The mission's time zone, for the document's "created" date (default UTC). */
  timeZone?: string;
  /** The language of what the command says; English when absent. */
  locale?: Locale;
  /** The language the document is written in (its section titles, labels and guidance); English when absent. */
  lang?: Locale;
}

/** Creates a document owned by `owner` and prints (in `o.locale`) that it did, with its id alone as the last line. */
export async function docCreate(o: DocCreateOptions): Promise<{ id: string }> {
  const out = print(o);
  const t = wordsOf(cliDocuments, o.locale ?? DEFAULT_LOCALE);
  return withStore(o.data, async (s) => {
    const owner = await s.getUser(o.owner);
    if (!owner) throw CommandError.missing(t('docCreate.noOwner', { owner: o.owner }));
    const config = resolveConfig({ dataDir: o.data, ...(o.templates ? { templates: o.templates } : {}), ...(o.timeZone ? { timeZone: o.timeZone } : {}) });
    const deps = { storage: s, templates: config.templates, now: config.now, timeZone: config.timeZone, maxDocsPerUser: Number.MAX_SAFE_INTEGER };
    // The command line is the administrator's: no rate limit, no per-user cap, whatever the owner's own rights.
    const made = await createDoc(deps, new RateLimits({ ...config.rateLimits, createsPerPerson: { points: Number.MAX_SAFE_INTEGER, durationSec: 1 } }), owner, true, {
      type: o.type,
      title: o.title,
      ...(o.id === undefined ? {} : { id: o.id }),
      empty: !!o.empty,
      ...(o.lang === undefined ? {} : { lang: o.lang }),
      via: 'cli',
    });
    if (!made.ok) throw new CommandError(made.refusal.words(o.locale ?? DEFAULT_LOCALE));
    out(t('docCreate.created', { title: o.title.trim(), type: o.type, owner: o.owner }));
    out(made.value.row.id);
    return { id: made.value.row.id };
  });
}
