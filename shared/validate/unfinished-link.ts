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
import { blockName, capitalize, diag, fieldName, type RuleInput, sectionName } from './rule-input.js';
import { fieldOf } from './template-index.js';

const OPENER = '[[';
/** "[[" not closed by "]]" before the next bracket or line break. */
const UNCLOSED = /\[\[(?![^[\]\n]*\]\])/;
/** How much of the leftover a message quotes: enough to find it, never a whole paragraph. */
const QUOTED = 30;

/** The first "[[…" in a run of inline content, quoted up to the end of its word group, or undefined. */
function leftoverIn(content: readonly Inline[]): string | undefined {
  for (const i of content) {
    if (i.t !== 'text') continue;
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

const FIX = 'Type [[ again and choose the block to link to, or delete the brackets.';

/** Warns once per field (and once per section's own text) that still holds a literal "[[" left by an unfinished link. */
export function checkUnfinishedLinks(input: RuleInput): void {
  const { mix, tix, out } = input;
  for (const ref of mix.blocks) {
    for (const [name, value] of Object.entries(ref.block.fields)) {
      const found = typeof value === 'string' ? (value.includes(OPENER) ? leftoverIn([{ t: 'text', text: value }]) : undefined) : Array.isArray(value) ? leftoverInRich(value) : undefined;
      if (found === undefined) continue;
      const spec = fieldOf(tix, ref.block.type, name);
      out.push(
        diag(
          'warning',
          'link-unfinished',
          `${capitalize(blockName(tix, ref.block))}: ${fieldName(spec, name)} still holds "${found}", the start of a link that was never finished. ${FIX}`,
          { section: ref.section, block: ref.block.id, field: name },
        ),
      );
    }
  }
  for (const section of mix.sections.values()) {
    const own = section.content.filter((i): i is RichBlock => i.t !== 'block');
    const found = leftoverInRich(own);
    if (found === undefined) continue;
    out.push(
      diag('warning', 'link-unfinished', `The text of ${sectionName(tix, section.id)} still holds "${found}", the start of a link that was never finished. ${FIX}`, {
        section: section.id,
      }),
    );
  }
}
