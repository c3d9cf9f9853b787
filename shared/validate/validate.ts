/**
 * Live validation: `validate(model, template, context)` runs every rule
 * and returns what it found, errors first. It runs on every keystroke, so
 * it indexes the template once per template object (WeakMap), walks the
 * model once, and every rule works from those indexes: the whole pass is
 * linear in the size of the document.
 */
import type { DocModel } from '../model/types.js';
import type { Template } from '../template/load.js';
import { checkActionPlan } from './action-plan.js';
import { checkConsultation } from './consultation.js';
import type { ValidationContext } from './context.js';
import { checkDissemination } from './dissemination.js';
import { type Diagnostic, sortDiagnostics } from './diagnostic.js';
import { checkContentProblems, checkGeneric } from './generic.js';
import { checkLinks } from './links.js';
import { indexModel, sectionsWithContent } from './model-index.js';
import { checkOperationsBrief } from './operations-brief.js';
import { checkResourcesMatrix } from './resources-matrix.js';
import type { RuleInput } from './rule.js';
import { checkSignoffs } from './signoffs.js';
import { checkStrategy } from './strategy.js';
import { indexTemplate } from './template-index.js';
import { checkThreatMatrix } from './threat-matrix.js';
import { dayNumber } from './values.js';

/** Rules specific to one document type. NEW_DOC_TYPE_EDIT_REQUIRED: add the new type's rules here. @internal */
// NEW_BLOCK_TYPE_EDIT_REQUIRED: a block type with rules of its own: name it in a constant (as THREAT_BLOCK in risk.ts) and call its rules from its document type's check here.
export const TYPE_RULES: Record<Template['id'], (input: RuleInput) => void> = {
  strategy: checkStrategy,
  'action-plan': checkActionPlan,
  'threat-matrix': checkThreatMatrix,
  'operations-brief': checkOperationsBrief,
  'resources-matrix': checkResourcesMatrix,
};

/**
 * Checks a document against its template and returns every finding, sorted
 * errors first, then by section in template order. Never throws on odd
 * content; throws a RangeError only when `context.today` is not a date,
 * which is a programming error in the caller.
 */
export function validate(model: DocModel, template: Template, context: ValidationContext): Diagnostic[] {
  const today = todayOf(context);
  const tix = indexTemplate(template);
  const mix = indexModel(model);
  const input: RuleInput = { model, template, tix, mix, context, today, filledSections: sectionsWithContent(mix, tix), out: [] };
  checkContentProblems(input);
  checkGeneric(input);
  checkLinks(input);
  checkConsultation(input);
  checkSignoffs(input);
  checkDissemination(input);
  TYPE_RULES[template.id]?.(input);
  return sortDiagnostics(input.out, tix.sectionOrder);
}

/** Today as a day number; throws the RangeError `validate` documents when `context.today` is not a date. @internal */
export function todayOf(context: ValidationContext): number {
  const today = dayNumber(context.today);
  if (today === undefined) throw new RangeError(`validate: context.today must be a date written YYYY-MM-DD, got "${context.today}"`);
  return today;
}
