/**
 * The languages the product speaks and how one is chosen: a person's choice
 * first, then what their browser, Obsidian or shell says (Accept-Language,
 * `LANG=fr_CD.UTF-8`), then English. One list, so adding a language is one
 * line here plus its catalogue (shared/i18n/messages/) and template texts.
 */

/** Every language the interface, the messages and the templates are written in; the first is the fallback. */
export const LOCALES = ['en', 'fr'] as const;

/** A language the product speaks. */
export type Locale = (typeof LOCALES)[number];

/** The language used when nothing else is known, and the one every other falls back to. */
export const DEFAULT_LOCALE: Locale = 'en';

/** Each language's name in itself, for a language menu (a person looks for their own language's name). */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', fr: 'Français' };

/**
 * The Intl locale dates and numbers are written in: English as UN documents write it ("2 Dec 2026",
 * day first, not the US "Dec 2, 2026"), French as France and francophone Africa do ("2 déc. 2026").
 */
const INTL: Record<Locale, string> = { en: 'en-GB', fr: 'fr-FR' };

/** Whether `x` is a language the product speaks. */
export function isLocale(x: unknown): x is Locale {
  return typeof x === 'string' && (LOCALES as readonly string[]).includes(x);
}

/**
 * The supported language a tag belongs to, whatever its form: a BCP 47 tag ("fr-CD", "FR"), a POSIX locale
 * ("fr_FR.UTF-8", "fr_CA@euro") or a bare language; undefined for anything else ("C", "POSIX", "de-DE", "").
 */
export function supportedLocale(tag: string | null | undefined): Locale | undefined {
  if (!tag) return undefined;
  const language = tag.trim().split(/[-_.@]/)[0]?.toLowerCase();
  return isLocale(language) ? language : undefined;
}

/** The languages of an Accept-Language header, most preferred first ("fr-CD,fr;q=0.9,en;q=0.8" → fr-CD, fr, en). */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(',')
    .map((part, i) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((x) => x.tag && x.tag !== '*' && x.q > 0 && !Number.isNaN(x.q))
    .sort((a, b) => b.q - a.q || a.i - b.i)
    .map((x) => x.tag);
}

/**
 * The first supported language among `preferences`, in order (each a tag or a list of tags: a saved choice,
 * then Accept-Language, then the system's), English when none is. Unknown and empty entries are passed over.
 */
export function chooseLocale(...preferences: ReadonlyArray<string | readonly string[] | null | undefined>): Locale {
  for (const p of preferences) {
    for (const tag of typeof p === 'string' ? [p] : (p ?? [])) {
      const l = supportedLocale(tag);
      if (l) return l;
    }
  }
  return DEFAULT_LOCALE;
}

/** The Intl locale tag dates, times and numbers of `locale` are formatted with. */
export function intlLocale(locale: Locale): string {
  return INTL[locale];
}
