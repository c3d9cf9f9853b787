/**
 * Rules every document type shares, all read from the template: the
 * document matches its template, required sections are there and say
 * something, sections hold the blocks they should (and at least as many as
 * asked), block types are known, block ids are unique, and every field is
 * filled when required and well-formed.
 */
import { isBriefVersion1 } from './brief-version-1.js';
import { checkBlockFields, checkDocumentFields } from './fields.js';
import { plural } from '../words.js';
import type { BlockRef } from './model-index.js';
import { aNoun, blockName, capitalize, diag, directly, type PerBlock, type RuleInput, sectionName, typeNoun } from './rule-input.js';
import type { TemplateIndex } from './template-index.js';
import type { SectionSpec } from '../template/load.js';
import { PREAMBLE_SECTION_ID, type TypedBlock } from '../model/types.js';

/** Runs the template-driven rules on the whole document; each block's own rules go through `perBlock`. */
export function checkGeneric(input: RuleInput, perBlock: PerBlock = directly): void {
  checkIdentity(input);
  checkDocumentFields(input);
  checkSections(input);
  for (const ref of input.mix.blocks) perBlock(input, ref.block, ref.section, blockRules, ref);
  checkDuplicateIds(input);
}

/** The rules about one block alone, as `perBlock` runs them. */
const blockRules = (input: RuleInput, ref: BlockRef) => checkBlock(input, ref.block, ref.section);

/** Reports each problem met while loading the stored content, as an error at its place. */
export function checkContentProblems(input: RuleInput): void {
  for (const p of input.context.problems ?? []) {
    input.out.push(
      diag('error', 'content-problem', `Some stored content does not fit this document's form: ${p.message}${/[.!?)]$/.test(p.message) ? '' : '.'}`, {
        section: p.section,
        block: p.block,
        field: p.field,
      }),
    );
  }
}

/** The document's type, template version and title. */
function checkIdentity({ model, template, out }: RuleInput): void {
  const { meta } = model;
  if (meta.type !== template.id)
    out.push(
      diag('error', 'template-mismatch', `This document is ${aNoun(meta.type)} but is being checked against the "${template.title}" template. Open it with the ${meta.type} template.`),
    );
  else if (meta.templateVersion !== template.version && !isBriefVersion1(meta, template))
    out.push(
      diag(
        'warning',
        'template-version',
        `This document was written for version ${meta.templateVersion} of the "${template.title}" template; the current one is version ${template.version}. Review it against the current template.`,
      ),
    );
  if (!/\S/.test(meta.title)) out.push(diag('warning', 'title-missing', 'The document has no title. Give it one so colleagues can find it.'));
}

/**
 * The sections that must be filled: required ones at the top level, and
 * below it those whose parent must be filled or has content (the required
 * parts of an optional section apply once someone writes in it).
 * @internal
 */
export function sectionsToFill(tix: TemplateIndex, filled: ReadonlySet<string>): Set<string> {
  const needed = new Set<string>();
  for (const spec of tix.template.sections)
    if (spec.required && (spec.parent === undefined || needed.has(spec.parent) || filled.has(spec.parent))) needed.add(spec.id);
  return needed;
}

/** Where a section that must be filled stands. */
export type SectionState = 'missing' | 'empty' | 'filled';

/**
 * Each section that must be filled, with where it stands. A section that
 * expects text or blocks of its own must say something itself; a pure
 * container (no text, no blocks) is filled through its sub-sections; when
 * present, it is left out if it has required sub-sections, since they speak
 * for it (it still counts as missing when its heading is gone).
 * @internal
 */
export function requiredSectionStates(input: Pick<RuleInput, 'tix' | 'mix' | 'filledSections'>): Array<{ spec: SectionSpec; state: SectionState }> {
  const { tix, mix, filledSections } = input;
  const needed = sectionsToFill(tix, filledSections);
  const out: Array<{ spec: SectionSpec; state: SectionState }> = [];
  for (const spec of tix.template.sections) {
    if (!needed.has(spec.id)) continue;
    const own = spec.text || spec.blocks.length > 0;
    const present = mix.sections.has(spec.id);
    if (present && !own && tix.withRequiredChildren.has(spec.id)) continue;
    const state: SectionState = !present ? 'missing' : (own ? mix.withOwnContent : filledSections).has(spec.id) ? 'filled' : 'empty';
    out.push({ spec, state });
  }
  return out;
}

/** Required sections, minimum block counts, unknown and repeated sections. */
function checkSections(input: RuleInput): void {
  const { tix, mix, out } = input;
  const unfilled = new Set<string>();
  for (const { spec, state } of requiredSectionStates(input)) {
    if (state === 'filled') continue;
    unfilled.add(spec.id);
    const name = capitalize(sectionName(tix, spec.id));
    if (state === 'missing') out.push(diag('error', 'required-section-missing', `${name} is missing. Add it: it is required.`, { section: spec.id }));
    else {
      const firstRule = spec.blocks.find((r) => r.min > 0);
      const what = !spec.text && firstRule ? `Add at least one ${typeNoun(tix, firstRule.type)}` : 'Write it';
      out.push(diag('error', 'required-section-empty', `${name} is empty. ${what}: it is required.`, { section: spec.id }));
    }
  }
  for (const spec of tix.template.sections) {
    // Minimum counts apply once a section is in use; an empty required section was reported above.
    if (!mix.withOwnContent.has(spec.id) || unfilled.has(spec.id)) continue;
    const section = mix.sections.get(spec.id);
    const name = capitalize(sectionName(tix, spec.id));
    for (const rule of spec.blocks) {
      if (rule.min <= 0) continue;
      let n = 0;
      for (const item of section?.content ?? []) if (item.t === 'block' && item.type === rule.type) n++;
      if (n >= rule.min) continue;
      const label = typeNoun(tix, rule.type);
      out.push(
        diag(
          'error',
          'min-blocks',
          `${name} needs at least ${rule.min === 1 ? `one ${label}` : plural(rule.min, label)}; it has ${n === 0 ? 'none' : n}. Add ${rule.min - n === 1 ? 'one' : rule.min - n} more.`,
          { section: spec.id },
        ),
      );
    }
  }
  for (const s of input.model.sections) {
    if (tix.sections.has(s.id)) continue;
    // The preamble holds what a Markdown file has before its first section heading (shared/markdown/parse.ts).
    const message =
      s.id === PREAMBLE_SECTION_ID
        ? `The text before the first section heading belongs to no section of the "${tix.template.title}" template. Move it into a section, or delete it.`
        : `Section ${s.id} "${s.title}" is not part of the "${tix.template.title}" template. Move its content into a template section, or delete it.`;
    out.push(diag('warning', 'unknown-section', message, { section: s.id }));
  }
  for (const s of mix.repeatedSections)
    out.push(diag('warning', 'repeated-section', `Section ${s.id} appears more than once. Merge the copies into one.`, { section: s.id }));
}

/**
 * The rules about one typed block alone: its type is known, it may sit in
 * `section`, and its fields are filled and well-formed. What it reports
 * depends only on the block, its section and the template.
 */
function checkBlock(input: RuleInput, block: TypedBlock, section: string): void {
  const { tix, out } = input;
  const where = { section, block: block.id };
  const fields = tix.blockFields.get(block.type);
  if (!fields) {
    out.push(
      diag(
        'error',
        'unknown-block-type',
        `Block ${block.id} is of type "${block.type}", which the "${tix.template.title}" template does not define. Remove it, or add the block type to the template.`,
        where,
      ),
    );
    return;
  }
  const allowed = tix.allowed.get(section);
  // Blocks in sections the template does not know are covered by the unknown-section warning.
  if (allowed && !allowed.has(block.type)) {
    const homes = tix.homes.get(block.type) ?? [];
    const advice = homes.length ? `Move it to ${homes.map((h) => sectionName(tix, h)).join(' or ')}.` : 'The template does not place this kind of block in any section.';
    out.push(diag('error', 'block-not-allowed', `${capitalize(blockName(tix, block))} does not belong in ${sectionName(tix, section)}. ${advice}`, where));
  }
  checkBlockFields(input, block, section, fields);
}

/** Reports every block whose id an earlier block already has. */
function checkDuplicateIds(input: RuleInput): void {
  const { tix, mix, out } = input;
  for (const { block, section } of mix.repeatedIds) {
    const first = mix.byId.get(block.id)!;
    out.push(
      diag(
        'error',
        'duplicate-block-id',
        `Two blocks have the id ${block.id} (in ${sectionName(tix, first.section)} and ${sectionName(tix, section)}), so links to it are ambiguous. Give this one a new id.`,
        { section, block: block.id },
      ),
    );
  }
}
