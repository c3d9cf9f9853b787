/**
 * Unfinished links: typing "[[" opens the link picker, and the text typed
 * after it is only a search. When the picker is left without choosing a
 * block (or the text was pasted), "[[…" stays in the text as plain
 * characters that look like a link to a reader but point nowhere. Real
 * links are link inlines, so a "[[" in a text run is such a leftover,
 * unless "]]" closes it (an Obsidian link to a note, kept as written: the
 * picker's query can hold no bracket, so it never closes). Raw Markdown
 * kept as it was written is left alone: it is not the editor's text.
 */
import type { Inline, RichBlock } from '../model/types.js';
import type { BlockRef } from './model-index.js';
import { blockName, capitalize, diag, directly, fieldName, type PerBlock, type RuleInput, sectionName } from './rule-input.js';
import { fieldOf } from './template-index.js';
import { wordsOf } from '../i18n/catalogue.js';
import { validationDocument } from '../i18n/messages/validation-document.js';

const OPENER = '[[';
/** "[[" not closed by "]]" before the next bracket or line break. */
const UNCLOSED = /\[\[(?![^[\]\n]*\]\])/;
/** How much of the leftover a message quotes: enough to find it, never a whole paragraph. */
const QUOTED = 30;

/** The first "[[…" in a run of inline content, quoted up to the end of its word group, or undefined. */
function leftoverIn(content: readonly Inline[]): string | undefined {
  for (const i of content) {
    // Most text holds no "[[" at all: a plain search is far cheaper than the pattern.
    if (i.t !== 'text' || !i.text.includes(OPENER)) continue;
    const at = i.text.search(UNCLOSED);
    if (at >= 0) return i.text.slice(at, at + QUOTED).split('\n')[0].trimEnd();
  }
  return undefined;
}

function leftoverInRich(blocks: readonly RichBlock[]): string | undefined {
  for (const b of blocks) {
    const found = b.t === 'p' ? leftoverIn(b.content) : b.t === 'ul' ? b.items.map(leftoverIn).find((x) => x !== undefined) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

/**
 * Warns once per field (and once per section's own text) that still holds a
 * literal "[[" left by an unfinished link. Each block's part goes through
 * `perBlock`, which the incremental Validator remembers per block.
 */
export function checkUnfinishedLinks(input: RuleInput, perBlock: PerBlock = directly): void {
  const { mix, out } = input;
  for (const ref of mix.blocks) perBlock(input, ref.block, ref.section, blockLeftovers, ref);
  for (const section of mix.sections.values()) {
    const own = section.content.filter((i): i is RichBlock => i.t !== 'block');
    const found = leftoverInRich(own);
    if (found === undefined) continue;
    const message = wordsOf(validationDocument, input.locale)('link.unfinishedSection', { section: sectionName(input, section.id), found });
    out.push(diag('warning', 'link-unfinished', message, { section: section.id }));
  }
}

/** The leftovers in one block's fields: what it reports depends only on the block, its section and the template. */
function blockLeftovers(input: RuleInput, ref: BlockRef): void {
  const { tix, out } = input;
  const fields = ref.block.fields;
  for (const name in fields) {
    const value = fields[name];
    const found = typeof value === 'string' ? (value.includes(OPENER) ? leftoverIn([{ t: 'text', text: value }]) : undefined) : Array.isArray(value) ? leftoverInRich(value) : undefined;
    if (found === undefined) continue;
    const spec = fieldOf(tix, ref.block.type, name);
    const message = wordsOf(validationDocument, input.locale)('link.unfinishedField', { block: blockName(input, ref.block), field: fieldName(input, spec, name), found });
    out.push(diag('warning', 'link-unfinished', capitalize(message), { section: ref.section, block: ref.block.id, field: name }));
  }
}
