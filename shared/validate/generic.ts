/**
 * Rules every document type shares, all read from the template: the
 * document matches its template, required sections are there and say
 * something, sections hold the blocks they should (and at least as many as
 * asked), block types are known, block ids are unique, and every field is
 * filled when required and well-formed.
 */
import { isBriefVersion1 } from './brief-version-1.js';
import { checkBlockFields, checkDocumentFields } from './fields.js';
import type { BlockRef } from './model-index.js';
import { articleOf, blockName, capitalize, diag, directly, eitherOr, type PerBlock, type RuleInput, sectionName, typeNoun, typeNounPlural } from './rule-input.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationDocument } from '../i18n/messages/validation-document.js';
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
  const t = wordsOf(validationDocument, input.locale);
  for (const p of input.context.problems ?? []) {
    // The problem's own words end the sentence, with a full stop unless they bring their own.
    const problem = `${p.message}${/[.!?)]$/.test(p.message) ? '' : '.'}`;
    input.out.push(
      diag('error', 'content-problem', t('content.problem', { problem }), {
        section: p.section,
        block: p.block,
        field: p.field,
      }),
    );
  }
}

/** The document's type, template version and title. */
function checkIdentity({ model, template, out, locale }: RuleInput): void {
  const { meta } = model;
  const t = wordsOf(validationDocument, locale);
  if (meta.type !== template.id) out.push(diag('error', 'template-mismatch', t('template.mismatch', { article: articleOf(meta.type), type: meta.type, template: template.title })));
  else if (meta.templateVersion !== template.version && !isBriefVersion1(meta, template))
    out.push(diag('warning', 'template-version', t('template.version', { written: String(meta.templateVersion), template: template.title, current: String(template.version) })));
  if (!/\S/.test(meta.title)) out.push(diag('warning', 'title-missing', t('title.missing')));
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
  const t = wordsOf(validationDocument, input.locale);
  const unfilled = new Set<string>();
  for (const { spec, state } of requiredSectionStates(input)) {
    if (state === 'filled') continue;
    unfilled.add(spec.id);
    const section = sectionName(input, spec.id);
    if (state === 'missing') out.push(diag('error', 'required-section-missing', capitalize(t('section.missing', { section })), { section: spec.id }));
    else {
      const firstRule = spec.blocks.find((r) => r.min > 0);
      const message = !spec.text && firstRule ? t('section.emptyAddBlock', { section, type: typeNoun(tix, firstRule.type) }) : t('section.emptyWrite', { section });
      out.push(diag('error', 'required-section-empty', capitalize(message), { section: spec.id }));
    }
  }
  for (const spec of tix.template.sections) {
    // Minimum counts apply once a section is in use; an empty required section was reported above.
    if (!mix.withOwnContent.has(spec.id) || unfilled.has(spec.id)) continue;
    const section = mix.sections.get(spec.id);
    const name = sectionName(input, spec.id);
    for (const rule of spec.blocks) {
      if (rule.min <= 0) continue;
      let n = 0;
      for (const item of section?.content ?? []) if (item.t === 'block' && item.type === rule.type) n++;
      if (n >= rule.min) continue;
      const message = t('section.minBlocks', {
        count: rule.min,
        section: name,
        type: typeNoun(tix, rule.type),
        types: typeNounPlural(input, rule.type),
        has: t('count.has', { count: n }),
        more: t('count.more', { count: rule.min - n }),
      });
      out.push(diag('error', 'min-blocks', capitalize(message), { section: spec.id }));
    }
  }
  for (const s of input.model.sections) {
    if (tix.sections.has(s.id)) continue;
    // The preamble holds what a Markdown file has before its first section heading (shared/markdown/parse.ts).
    const template = tix.template.title;
    const message = s.id === PREAMBLE_SECTION_ID ? t('section.unknownPreamble', { template }) : t('section.unknown', { id: s.id, title: s.title, template });
    out.push(diag('warning', 'unknown-section', message, { section: s.id }));
  }
  for (const s of mix.repeatedSections) out.push(diag('warning', 'repeated-section', t('section.repeated', { id: s.id }), { section: s.id }));
}

/**
 * The rules about one typed block alone: its type is known, it may sit in
 * `section`, and its fields are filled and well-formed. What it reports
 * depends only on the block, its section and the template.
 */
function checkBlock(input: RuleInput, block: TypedBlock, section: string): void {
  const { tix, out } = input;
  const t = wordsOf(validationDocument, input.locale);
  const where = { section, block: block.id };
  const fields = tix.blockFields.get(block.type);
  if (!fields) {
    out.push(diag('error', 'unknown-block-type', t('block.unknownType', { id: block.id, type: block.type, template: tix.template.title }), where));
    return;
  }
  const allowed = tix.allowed.get(section);
  // Blocks in sections the template does not know are covered by the unknown-section warning.
  if (allowed && !allowed.has(block.type)) {
    const homes = tix.homes.get(block.type) ?? [];
    const named = { block: blockName(input, block), section: sectionName(input, section) };
    const message = homes.length ? t('block.notAllowedMove', { ...named, homes: eitherOr(input, homes.map((h) => sectionName(input, h))) }) : t('block.notAllowedNowhere', named);
    out.push(diag('error', 'block-not-allowed', capitalize(message), where));
  }
  checkBlockFields(input, block, section, fields);
}

/** Reports every block whose id an earlier block already has. */
function checkDuplicateIds(input: RuleInput): void {
  const { mix, out } = input;
  const t = wordsOf(validationDocument, input.locale);
  for (const { block, section } of mix.repeatedIds) {
    const first = mix.byId.get(block.id)!;
    const message = t('block.duplicateId', { id: block.id, first: sectionName(input, first.section), second: sectionName(input, section) });
    out.push(diag('error', 'duplicate-block-id', message, { section, block: block.id }));
  }
}
