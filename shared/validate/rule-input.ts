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

export interface RuleInput {
  readonly model: DocModel;
  readonly template: Template;
  readonly tix: TemplateIndex;
  readonly mix: ModelIndex;
  readonly context: ValidationContext;
  /** Today as a day number (see `dayNumber`). */
  readonly today: number;
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

/** How a section is named in messages: `section B.2 "Threats to civilians"`. */
export function sectionName(tix: TemplateIndex, id: string): string {
  const spec = tix.sections.get(id);
  return spec ? `section ${id} "${spec.title}"` : `section ${id}`;
}

/**
 * A block type's label as a common noun inside a sentence: "Threat" becomes
 * "threat", but labels with other capitals ("SRSG's decision", "Force
 * Commander's recommendation") are names and stay as written.
 */
export function noun(label: string): string {
  return /[A-Z]/.test(label.slice(1)) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}

/** A noun with its indefinite article: "an option", "a threat". */
export function aNoun(word: string): string {
  return `${/^[aeiou]/i.test(word) ? 'an' : 'a'} ${word}`;
}

/** The noun for a block type, from its template label (or its type name when the template does not declare it). */
export function typeNoun(tix: TemplateIndex, type: string): string {
  return noun(tix.blockTypes.get(type)?.label ?? type);
}

/** How a block is named in messages: `threat T-3 ("Militia raids on Kibati")`, falling back to type and id. */
export function blockName(tix: TemplateIndex, block: TypedBlock): string {
  const spec = tix.blockTypes.get(block.type);
  const label = typeNoun(tix, block.type);
  const title = spec?.titleField ? plainText(block.fields[spec.titleField], 50) : '';
  return title ? `${label} ${block.id} ("${title}")` : `${label} ${block.id}`;
}

/** How a field is named in messages: its label in quotes, or its name when the template does not declare it. */
export function fieldName(spec: FieldSpec | undefined, name: string): string {
  return `"${spec?.label ?? name}"`;
}

/** Upper-cases the first letter (messages often start with a block or section name). */
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
