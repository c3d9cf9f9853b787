/**
 * Field rules, shared by typed blocks and the document's own fields:
 * required fields are filled, and each value has the shape its kind asks
 * for (an allowed choice, a rating 1–5, a real YYYY-MM-DD date…).
 */
import type { FieldValue, TypedBlock } from '../model/types.js';
import type { FieldSpec } from '../template/template-schema.js';
import type { Location } from '../model/location.js';
import { blockName, capitalize, diag, fieldName, type RuleInput } from './rule-input.js';
import { dayNumber, isFilled } from './values.js';

/** What each kind expects, in words, for "holds X where Y is expected" messages. */
const EXPECTED: Record<FieldSpec['kind'], string> = {
  text: 'a short text',
  richtext: 'text',
  enum: 'one of a list of choices',
  rating: 'a rating from 1 to 5',
  date: 'a date',
  person: 'a name',
  link: 'links',
  boolean: 'yes or no',
};

function describeValue(v: FieldValue): string {
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'a number';
  if (typeof v === 'boolean') return 'yes/no';
  return 'formatted text';
}

/** Kinds whose value is right as soon as it has the right shape (a fast path: no message is built for them). */
const PLAIN_SHAPE: Partial<Record<FieldSpec['kind'], 'string' | 'array' | 'boolean'>> = {
  text: 'string',
  person: 'string',
  richtext: 'array',
  link: 'array',
  boolean: 'boolean',
};

/**
 * Checks one value against its spec: `subject()` names it at the start of a
 * sentence (e.g. `"Likelihood" of threat T-3`), built only when something is
 * reported (most values are right, and naming a block costs). `docLevel` values are
 * primitives, so rich text and links arrive there as plain strings.
 * Empty values are left to the required rule.
 */
function checkValue(input: RuleInput, spec: FieldSpec, v: FieldValue, subject: () => string, where: Location, docLevel: boolean): void {
  const { out, tix } = input;
  const wrongKind = (): void => {
    out.push(diag('error', 'field-kind', `${subject()} holds ${describeValue(v)} where ${EXPECTED[spec.kind]} is expected. Enter it again.`, where));
  };
  switch (spec.kind) {
    case 'text':
    case 'person':
      if (typeof v !== 'string') wrongKind();
      return;
    case 'richtext':
    case 'link':
      if (!Array.isArray(v) && !(docLevel && typeof v === 'string')) wrongKind();
      return;
    case 'boolean':
      if (typeof v !== 'boolean') wrongKind();
      return;
    case 'enum': {
      if (typeof v !== 'string') return wrongKind();
      if (!tix.enumValues.get(spec)?.has(v)) {
        const choices = (spec.values ?? []).map((c) => c.label).join('; ');
        out.push(diag('error', 'enum-value', `${subject()} is "${v}", which is not one of the allowed choices (${choices}). Pick one of them.`, where));
      }
      return;
    }
    case 'rating':
      if (typeof v !== 'number') return wrongKind();
      if (!Number.isInteger(v) || v < 1 || v > 5)
        out.push(diag('error', 'rating-range', `${subject()} is ${v}; a rating must be a whole number from 1 to 5.`, where));
      return;
    case 'date':
      if (typeof v !== 'string') return wrongKind();
      if (dayNumber(v) === undefined)
        out.push(diag('error', 'date-format', `${subject()} is "${v}", which is not a valid date. Write it as year-month-day, e.g. 2025-03-31.`, where));
      return;
  }
}

/** Required and value rules for the fields of one typed block whose type the template declares. */
export function checkBlockFields(input: RuleInput, block: TypedBlock, section: string, specs: ReadonlyMap<string, FieldSpec>): void {
  const { out, tix } = input;
  // Names are built only when something is reported: this loop runs for every field of every block on every keystroke.
  let cached: string | undefined;
  const name = () => (cached ??= blockName(tix, block));
  for (const spec of specs.values()) {
    const v = block.fields[spec.name];
    if (!isFilled(v, spec.kind)) {
      if (spec.required)
        out.push(diag('error', 'required-field', `Fill in the ${fieldName(spec, spec.name)} of ${name()}: it is required.`, { section, block: block.id, field: spec.name }));
      continue;
    }
    if (PLAIN_SHAPE[spec.kind] === (Array.isArray(v) ? 'array' : typeof v)) continue;
    checkValue(input, spec, v, () => `${fieldName(spec, spec.name)} of ${name()}`, { section, block: block.id, field: spec.name }, false);
  }
  for (const key in block.fields) {
    if (specs.has(key)) continue;
    out.push(
      diag(
        'warning',
        'unknown-field',
        `${capitalize(name())} has a value for "${key}", which its template does not define. Remove it, or add the field to the template.`,
        { section, block: block.id, field: key },
      ),
    );
  }
}

/** Required and value rules for the document's own fields (office, review dates, linked documents…). */
export function checkDocumentFields(input: RuleInput): void {
  const { out, tix, model } = input;
  const values = model.meta.fields;
  for (const spec of tix.docFields.values()) {
    const v = values[spec.name];
    const where = { field: spec.name };
    if (!isFilled(v, spec.kind)) {
      if (spec.required) out.push(diag('error', 'required-field', `Fill in the document's ${fieldName(spec, spec.name)}: it is required.`, where));
      continue;
    }
    checkValue(input, spec, v, () => `The document's ${fieldName(spec, spec.name)}`, where, true);
  }
  for (const key in values) {
    if (tix.docFields.has(key)) continue;
    out.push(
      diag('warning', 'unknown-field', `The document has a value for "${key}", which its template does not define. Remove it, or add the field to the template.`, {
        field: key,
      }),
    );
  }
}
