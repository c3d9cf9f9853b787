/**
 * What every rule module receives, and how it reports. A rule reads the
 * shared indexes, never walks the model again on its own, and pushes
 * diagnostics in the words of the people who draft the documents.
 * @internal
 */
import type { DocModel, TypedBlock } from '../model/types.js';
import type { Template } from '../template/load.js';
import type { FieldSpec } from '../template/template-schema.js';
import type { ValidationContext } from './validation-context.js';
import type { Diagnostic, Severity } from './diagnostic.js';
import type { Location } from '../model/location.js';
import type { ModelIndex } from './model-index.js';
import type { TemplateIndex } from './template-index.js';
import { plainText } from './values.js';
import { translate, wordsOf } from '../i18n/catalogue.js';
import { common } from '../i18n/messages/common.js';
import type { Locale } from '../i18n/locale.js';
import { validationNames } from '../i18n/messages/validation-names.js';
import { pluralOf } from '../words.js';

export interface RuleInput {
  readonly model: DocModel;
  readonly template: Template;
  readonly tix: TemplateIndex;
  readonly mix: ModelIndex;
  readonly context: ValidationContext;
  /** Today as a day number (see `dayNumber`). */
  readonly today: number;
  /** The reader's language: every message, and the template's words in it (`template` and `tix` are in it already). */
  readonly locale: Locale;
  /** Sections with content of their own or in a sub-section. */
  readonly filledSections: ReadonlySet<string>;
  readonly out: Diagnostic[];
}

/** Builds a diagnostic, leaving out empty location parts so equal findings compare equal. */
export function diag(severity: Severity, code: string, message: string, where: Location = {}): Diagnostic {
  const location: Location = {};
  if (where.section !== undefined) location.section = where.section;
  if (where.block !== undefined) location.block = where.block;
  if (where.field !== undefined) location.field = where.field;
  return { severity, code, message, location };
}

/** What naming needs: the template's index (its words in the reader's language) and that language. */
export type Naming = Pick<RuleInput, 'tix' | 'locale'>;

/** The words of the naming catalogue in the reader's language. */
function names(input: Naming) {
  return wordsOf(validationNames, input.locale);
}

/** How a section is named in messages: `section B.2 "Threats to civilians"` (French: `section B.2 « … »`). */
export function sectionName(input: Naming, id: string): string {
  const spec = input.tix.sections.get(id);
  return spec ? names(input)('name.section', { id, title: spec.title }) : names(input)('name.sectionUntitled', { id });
}

/**
 * A block type's label as a common noun inside a sentence: "Threat" becomes
 * "threat", but labels with other capitals ("SRSG's decision", "Force
 * Commander's recommendation") are names and stay as written.
 */
export function noun(label: string): string {
  return /[A-Z]/.test(label.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** Which English indefinite article a word takes ("an" before a vowel); the catalogue's `article` choice. */
export function articleOf(word: string): 'an' | 'a' {
  return /^[aeiou]/i.test(word) ? 'an' : 'a';
}

/** The noun for a block type, from its template label (or its type name when the template does not declare it). */
export function typeNoun(tix: TemplateIndex, type: string): string {
  return noun(tix.blockTypes.get(type)?.label ?? type);
}

/**
 * The noun for several blocks of a type, for "needs at least 3 threats": English adds the plural to the
 * template's label; other languages quote the label, as their sentence says "blocs « menace »".
 */
export function typeNounPlural(input: Naming, type: string): string {
  const one = typeNoun(input.tix, type);
  return input.locale === 'en' ? pluralOf(one) : names(input)('name.quoted', { text: one });
}

/** A kind of block with its article: "a threat", "an action" (French: `un bloc « action »`). */
export function blockKind(input: Naming, type: string): string {
  return names(input)('name.blockKind', { article: articleOf(type), type });
}

/** A kind of document with its article: "an action-plan" (French: `un document « action-plan »`). */
export function docKind(input: Naming, type: string): string {
  return names(input)('name.docKind', { article: articleOf(type), type });
}

/** How a block is named in messages: `threat T-3 ("Militia raids on Kibati")`, falling back to type and id. */
export function blockName(input: Naming, block: TypedBlock): string {
  const spec = input.tix.blockTypes.get(block.type);
  const type = typeNoun(input.tix, block.type);
  const title = spec?.titleField ? plainText(block.fields[spec.titleField], 50) : '';
  return title ? names(input)('name.block', { type, id: block.id, title }) : names(input)('name.blockUntitled', { type, id: block.id });
}

/** How a field is named in messages: its label in quotes, or its name when the template does not declare it. */
export function fieldName(input: Naming, spec: FieldSpec | undefined, name: string): string {
  return names(input)('name.field', { label: spec?.label ?? name });
}

/** A text in the reader's quotation marks: "Option approved" (French: « … »). */
export function quoted(input: Naming, text: string): string {
  return names(input)('name.quoted', { text });
}

/** An office with its article, as a subject or object: "the Head of Office". */
export function officeName(input: Naming, office: string): string {
  return names(input)('name.office', { office });
}

/** Items joined as a choice, each time with "or": "A or B or C" (French "A ou B ou C"); empty for no items. */
export function eitherOr(input: Naming, items: readonly string[]): string {
  return joined(input, items, 'list.or');
}

/** Items joined with "and" each time: "the A and the B and the C"; empty for no items. */
export function bothAnd(input: Naming, items: readonly string[]): string {
  return joined(input, items, 'list.and');
}

function joined(input: Naming, items: readonly string[], key: 'list.or' | 'list.and' | 'list.clauses'): string {
  const t = names(input);
  return items.length ? items.reduce((first, next) => t(key, { first, next })) : '';
}

/** A list ending in "or": "A, B or C" (French "A, B ou C"); empty for no items. */
export function listOr(input: Naming, items: readonly string[]): string {
  return lastJoined(input, items, 'list.or');
}

/** A list ending in "and": "A, B and C" (French "A, B et C"); empty for no items. */
export function listAnd(input: Naming, items: readonly string[]): string {
  return lastJoined(input, items, 'list.and');
}

function lastJoined(input: Naming, items: readonly string[], last: 'list.or' | 'list.and'): string {
  if (items.length < 2) return items[0] ?? '';
  const t = names(input);
  const head = items.slice(0, -1).reduce((first, next) => t('list.comma', { first, next }));
  return t(last, { first: head, next: items[items.length - 1] });
}

/** A number of days as the reader writes it: "1 day", "3 days" (French "3 jours"). */
export function dayCount(input: Pick<RuleInput, 'locale'>, n: number): string {
  return translate(common, input.locale, 'count.days', { count: n });
}

/** A review cadence as an adjective: "weekly", "monthly" (French, agreeing with "revue" and "mise à jour": "mensuelle"). */
export function cadenceWord(input: Pick<RuleInput, 'locale'>, cadence: string | undefined): string {
  return wordsOf(validationNames, input.locale)('cadence.adjective', { cadence: cadence ?? '' });
}

/** Clauses (or a choice's labels) joined with semicolons: "the A has not signed it off; the B rejected it" (French " ; "); empty for none. */
export function clauses(input: Naming, items: readonly string[]): string {
  return joined(input, items, 'list.clauses');
}

/** Upper-cases the first letter (a message that starts with a block or section name). */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * How a rule runs its part about one block: `rule(input, subject)` as it is
 * (`validate`), or through a memo kept for `block` in `section` (the
 * incremental Validator). A rule that takes one is written once and serves both.
 */
export type PerBlock = <T>(input: RuleInput, block: TypedBlock, section: string, rule: (input: RuleInput, subject: T) => void, subject: T) => void;

/** Runs a rule's part about one block as it is, remembering nothing. */
export const directly: PerBlock = (input, _block, _section, rule, subject) => rule(input, subject);
