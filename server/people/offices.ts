/**
 * The offices a person may hold: the sign-off roles the templates declare.
 * The administration API and the CLI check holdings here, so a role no
 * template asks to sign (a typo) is refused the same way by both.
 */
import { currentHoldings, type OfficeHolding, sameHolding } from '../../shared/signoff/offices.js';
import { TemplateSet } from '../../shared/template/set.js';
import { PeopleError } from './people-error.js';

/** The offices users may hold: every sign-off role the templates declare, sorted. */
export function knownOffices(templates: TemplateSet = TemplateSet.builtin()): string[] {
  return [...new Set(templates.all().flatMap((t) => t.signoffs.map((s) => s.role)))].sort();
}

/**
 * Former office names and the office each is now (a template's sign-off `aliases`: "unct" → "rc-hc"). A name some
 * template still asks to sign as an office is left out, so a mission's tailored template that keeps it is not overridden.
 */
export function officeAliases(templates: TemplateSet = TemplateSet.builtin()): ReadonlyMap<string, string> {
  const known = new Set(knownOffices(templates));
  const out = new Map<string, string>();
  for (const t of templates.all()) for (const s of t.signoffs) for (const a of s.aliases ?? []) if (!known.has(a)) out.set(a, s.role);
  return out;
}

/**
 * The holdings without repeats, each role checked against the templates, a former name (an alias) written as the office
 * it now is; throws a PeopleError "invalid" naming an unknown role and the known ones.
 */
export function checkHoldings(holdings: readonly OfficeHolding[], templates: TemplateSet | undefined): OfficeHolding[] {
  const known = knownOffices(templates);
  const out: OfficeHolding[] = [];
  for (const h of currentHoldings(holdings, officeAliases(templates))) {
    if (!known.includes(h.role)) throw new PeopleError('invalid', 'unknown-office', `Unknown office: ${h.role}. Offices the templates ask to sign: ${known.join(', ')}.`);
    if (!out.some((o) => sameHolding(o, h))) out.push(h);
  }
  return out;
}
