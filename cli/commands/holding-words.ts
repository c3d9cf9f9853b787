/**
 * Office holdings on the terminal, in the CLI's language: how one is written
 * ("srsg (mission-wide)", "srsg (toute la mission)"), and the refusals of a
 * holding that is mistyped or names an office no template asks to sign. The
 * rules are shared/signoff/offices.ts's and server/people/offices.ts's (the
 * administration API's); only their words are the CLI's.
 */
import { translate, wordsOf } from '../../shared/i18n/catalogue.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { cliPeople } from '../../shared/i18n/messages/cli-people.js';
import { currentHoldings, type OfficeHolding, parseHolding } from '../../shared/signoff/offices.js';
import type { TemplateSet } from '../../shared/template/set.js';
import { checkHoldings, knownOffices, officeAliases } from '../../server/people/offices.js';
import { CommandError } from './command.js';

/** A holding in words: `head-of-office@Sector North`, `srsg (mission-wide)` or `head-of-office for tm-1, tm-2` (English as formatHolding writes it). */
export function holdingWords(h: OfficeHolding, locale: Locale): string {
  const t = wordsOf(cliPeople, locale);
  const docs = h.docs?.length ? h.docs.join(', ') : undefined;
  if (h.area !== undefined) return docs ? t('holding.areaDocs', { role: h.role, area: h.area, docs }) : t('holding.area', { role: h.role, area: h.area });
  return docs ? t('holding.docs', { role: h.role, docs }) : t('holding.missionWide', { role: h.role });
}

/** Holdings in words, separated by commas. */
export function holdingsWords(holdings: readonly OfficeHolding[], locale: Locale): string {
  return holdings.map((h) => holdingWords(h, locale)).join(', ');
}

/** Reads a written holding (`role` or `role@area`, bound to `docs` when given); a mistyped one is a CommandError in `locale`. */
export function readHolding(text: string, locale: Locale, docs?: readonly string[]): OfficeHolding {
  const h = parseHolding(text, docs);
  if (!('problem' in h)) return h;
  // parseHolding refuses two things: no office before "@", or nothing after it.
  const at = text.indexOf('@');
  const role = (at < 0 ? text : text.slice(0, at)).trim();
  throw new CommandError(role ? translate(cliPeople, locale, 'holding.noArea', { text, role }) : translate(cliPeople, locale, 'holding.noOffice', { text }));
}

/** The holdings checked as the administration API checks them (server/people/offices.ts), an unknown office refused in `locale`. */
export function checkedHoldings(holdings: readonly OfficeHolding[], templates: TemplateSet | undefined, locale: Locale): OfficeHolding[] {
  const known = knownOffices(templates);
  const unknown = currentHoldings(holdings, officeAliases(templates)).find((h) => !known.includes(h.role));
  if (unknown) throw new CommandError(translate(cliPeople, locale, 'holding.unknown', { role: unknown.role, known: known.join(', ') }));
  return checkHoldings(holdings, templates);
}

/** A document named in a confirmation: "every document" for "*", else its id in quotes. */
export function documentWords(docId: string, locale: Locale): string {
  return docId === '*' ? translate(cliPeople, locale, 'everyDocument') : translate(cliPeople, locale, 'oneDocument', { docId });
}

/** An access level as a person's role on a document (French: "rédacteur"); English keeps the level's own name. */
export function levelWords(access: string, locale: Locale): string {
  return translate(cliPeople, locale, 'level', { access });
}
