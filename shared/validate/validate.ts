/**
 * Live validation: `validate(model, template, context)` runs every rule
 * and returns what it found, errors first, in the reader's language
 * (`context.locale`, English by default). It runs on every keystroke, so
 * it indexes the template once per template object (WeakMap), walks the
 * model once, and every rule works from those indexes: the whole pass is
 * linear in the size of the document.
 */
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';
import type { ValidationContext } from './validation-context.js';
import type { Diagnostic } from './diagnostic.js';
import { indexModel, sectionsWithContent } from './model-index.js';
import { DiagnosticOrder } from './order.js';
import type { RuleInput } from './rule-input.js';
import { RULES } from './rules.js';
import { indexTemplate } from './template-index.js';
import { dayNumber } from './values.js';
import { DEFAULT_LOCALE } from '../i18n/locale.js';
import { readerTemplate } from './reader-template.js';

/**
 * Checks a document against its template and returns every finding, sorted
 * errors first, then by section in template order, with messages in
 * `context.locale` (codes and locations are the same in every language). Never throws on odd
 * content; throws a RangeError only when `context.today` is not a date,
 * which is a programming error in the caller.
 */
export function validate(model: DocModel, template: Template, context: ValidationContext): Diagnostic[] {
  const today = todayOf(context);
  const locale = context.locale ?? DEFAULT_LOCALE;
  // Rules run on the template in the reader's language: the same names and ids, its words in that language.
  const read = readerTemplate(template, locale);
  const tix = indexTemplate(read);
  const mix = indexModel(model);
  const input: RuleInput = { model, template: read, tix, mix, context, today, locale, filledSections: sectionsWithContent(mix, tix), out: [] };
  for (const rule of RULES) rule.check(input);
  // In the order `sortDiagnostics` gives, by ranks computed once rather than a collator in every comparison.
  return new DiagnosticOrder().sort(input.out, tix.sectionOrder);
}

/** Today as a day number; throws the RangeError `validate` documents when `context.today` is not a date. @internal */
export function todayOf(context: ValidationContext): number {
  const today = dayNumber(context.today);
  if (today === undefined) throw new RangeError(`validate: context.today must be a date written YYYY-MM-DD, got "${context.today}"`);
  return today;
}
