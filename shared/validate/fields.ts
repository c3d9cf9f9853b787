/**
 * Field rules, shared by typed blocks and the document's own fields:
 * required fields are filled, and each value has the shape its kind asks
 * for (an allowed choice, a rating 1–5, a real YYYY-MM-DD date…).
 */
import type { FieldValue, TypedBlock } from '../model/types.js';
import type { FieldSpec } from '../template/template-schema.js';
import type { Location } from '../model/location.js';
import { blockName, capitalize, clauses, diag, fieldName, type RuleInput } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationDocument } from '../i18n/messages/validation-document.js';
import { dayNumber, isFilled } from './values.js';

/** What kind of value a field holds, for the catalogue's `value.actual` choice. */
function actualKind(v: FieldValue): 'text' | 'number' | 'boolean' | 'rich' {
  if (typeof v === 'string') return 'text';
  if (typeof v === 'number') return 'number';
  if (typeof v === 'boolean') return 'boolean';
  return 'rich';
}

/** Kinds whose value is right as soon as it has the right shape (a fast path: no message is built for them). */
const PLAIN_SHAPE: Partial<Record<FieldSpec['kind'], 'string' | 'array' | 'boolean'>> = {
  text: 'string',
  person: 'string',
  richtext: 'array',
  link: 'array',
  boolean: 'boolean',
};

/** Who holds a value: a block (named when something is reported, as naming a block costs) or the document itself. */
type Holder = { block: () => string } | 'document';

/**
 * Checks one value against its spec, reporting in the sentence for a block's
 * field or for a document's field. `docLevel` values are primitives, so rich
 * text and links arrive there as plain strings. Empty values are left to the
 * required rule.
 */
function checkValue(input: RuleInput, spec: FieldSpec, v: FieldValue, holder: Holder, where: Location): void {
  const { out, tix } = input;
  const docLevel = holder === 'document';
  const t = wordsOf(validationDocument, input.locale);
  // The field and its block, as every sentence below names them.
  const named = () => ({ field: fieldName(input, spec, spec.name), block: docLevel ? '' : holder.block() });
  const report = (code: string, block: string, doc: string): void => void out.push(diag('error', code, capitalize(docLevel ? doc : block), where));
  const wrongKind = (): void => {
    const words = { ...named(), actual: t('value.actual', { actual: actualKind(v) }), expected: t('value.expected', { kind: spec.kind }) };
    report('field-kind', t('field.kindBlock', words), t('field.kindDoc', words));
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
        const words = { ...named(), value: v, choices: clauses(input, (spec.values ?? []).map((c) => c.label)) };
        report('enum-value', t('field.enumBlock', words), t('field.enumDoc', words));
      }
      return;
    }
    case 'rating':
      if (typeof v !== 'number') return wrongKind();
      if (!Number.isInteger(v) || v < 1 || v > 5) {
        const words = { ...named(), value: String(v) };
        report('rating-range', t('field.ratingBlock', words), t('field.ratingDoc', words));
      }
      return;
    case 'date':
      if (typeof v !== 'string') return wrongKind();
      if (dayNumber(v) === undefined) {
        const words = { ...named(), value: v };
        report('date-format', t('field.dateBlock', words), t('field.dateDoc', words));
      }
      return;
  }
}

/** Required and value rules for the fields of one typed block whose type the template declares. */
export function checkBlockFields(input: RuleInput, block: TypedBlock, section: string, specs: ReadonlyMap<string, FieldSpec>): void {
  const { out } = input;
  // Names are built only when something is reported: this loop runs for every field of every block on every keystroke.
  let cached: string | undefined;
  const name = () => (cached ??= blockName(input, block));
  for (const spec of specs.values()) {
    const v = block.fields[spec.name];
    if (!isFilled(v, spec.kind)) {
      if (spec.required) {
        const message = wordsOf(validationDocument, input.locale)('field.requiredBlock', { field: fieldName(input, spec, spec.name), block: name() });
        out.push(diag('error', 'required-field', message, { section, block: block.id, field: spec.name }));
      }
      continue;
    }
    if (PLAIN_SHAPE[spec.kind] === (Array.isArray(v) ? 'array' : typeof v)) continue;
    checkValue(input, spec, v, { block: name }, { section, block: block.id, field: spec.name });
  }
  for (const key in block.fields) {
    if (specs.has(key)) continue;
    const message = wordsOf(validationDocument, input.locale)('field.unknownBlock', { block: name(), key });
    out.push(diag('warning', 'unknown-field', capitalize(message), { section, block: block.id, field: key }));
  }
}

/** Required and value rules for the document's own fields (office, review dates, linked documents…). */
export function checkDocumentFields(input: RuleInput): void {
  const { out, tix, model } = input;
  const t = wordsOf(validationDocument, input.locale);
  const values = model.meta.fields;
  for (const spec of tix.docFields.values()) {
    const v = values[spec.name];
    const where = { field: spec.name };
    if (!isFilled(v, spec.kind)) {
      if (spec.required) out.push(diag('error', 'required-field', t('field.requiredDoc', { field: fieldName(input, spec, spec.name) }), where));
      continue;
    }
    checkValue(input, spec, v, 'document', where);
  }
  for (const key in values) {
    if (tix.docFields.has(key)) continue;
    out.push(diag('warning', 'unknown-field', t('field.unknownDoc', { key }), { field: key }));
  }
}
