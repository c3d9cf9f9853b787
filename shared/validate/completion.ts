/**
 * How far a document is filled in, for the plugin's header ("34 of 52
 * required parts filled"). It counts what validation requires: the
 * document's required fields, the sections that must be filled, the
 * required fields of every block present, and the required consultation
 * parties with a recorded outcome.
 */
import type { DocModel, TypedBlock } from '../model/types.js';
import type { Template } from '../template/load.js';
import { consultationStates } from './consultation.js';
import { requiredSectionStates } from './generic.js';
import { indexModel, type ModelIndex, sectionsWithContent } from './model-index.js';
import { indexTemplate, type TemplateIndex } from './template-index.js';
import { isFilled } from './values.js';

/** Required parts of a document and how many are filled. */
export interface Completion {
  required: number;
  filled: number;
}

/** Counts the required parts of `model` under `template` and how many of them are filled; `filled` never exceeds `required`. */
export function completion(model: DocModel, template: Template): Completion {
  const tix = indexTemplate(template);
  const mix = indexModel(model);
  return completionFrom(tix, mix, blockCompletion);
}

/** `completion` with each block's count given by `ofBlock` (the incremental validator remembers them). @internal */
export function completionFrom(tix: TemplateIndex, mix: ModelIndex, ofBlock: (tix: TemplateIndex, block: TypedBlock) => Completion): Completion {
  const { model } = mix;
  const template = tix.template;
  let required = 0;
  let filled = 0;
  const count = (ok: boolean) => {
    required++;
    if (ok) filled++;
  };
  for (const spec of tix.docFields.values()) if (spec.required) count(isFilled(model.meta.fields[spec.name], spec.kind));
  for (const { spec, state } of requiredSectionStates({ tix, mix, filledSections: sectionsWithContent(mix, tix) })) {
    // A container section is filled through its required sub-sections, which are counted themselves.
    const container = !spec.text && spec.blocks.length === 0 && tix.withRequiredChildren.has(spec.id);
    if (!container) count(state === 'filled');
  }
  for (const { block } of mix.blocks) {
    const c = ofBlock(tix, block);
    required += c.required;
    filled += c.filled;
  }
  for (const s of consultationStates({ template, mix })) count(s.recorded);
  return { required, filled };
}

/** The required fields of one block and how many are filled (none for a block type the template does not know). @internal */
export function blockCompletion(tix: TemplateIndex, block: TypedBlock): Completion {
  let required = 0;
  let filled = 0;
  const fields = tix.blockFields.get(block.type);
  if (fields)
    for (const spec of fields.values())
      if (spec.required) {
        required++;
        if (isFilled(block.fields[spec.name], spec.kind)) filled++;
      }
  return { required, filled };
}
