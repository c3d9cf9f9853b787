/**
 * Markdown mirror → document model. The whole file is parsed with
 * micromark (CommonMark + GFM + wiki links, see syntax.ts); the tree is then
 * read against the template the frontmatter names. The result is the whole
 * model or one error with a line number, never part of a document.
 *
 * Reading the body:
 * - An optional first `# Title` heading, which must match the title property.
 * - A section starts at a heading of level 2 or more whose text is
 *   `<section id> · <title>` (e.g. `## A.2 · Scope`, `## A.2 · Portée`: a
 *   template section's title, in any language, is kept as the template's,
 *   see section-titles.ts). Its level is not
 *   checked (the template knows it). A section given twice is an error; an
 *   id the template does not know is kept as a section of its own, in its
 *   place (validation warns about it), since a user may add one in source
 *   mode; a heading without ` · ` after its first word is ordinary content
 *   of the section (kept as raw Markdown).
 * - Inside a section: `poc-` callouts are typed blocks (block.ts), each
 *   optionally followed by its `^block-id` line; everything else is rich
 *   text (flow.ts). Other callouts and quotes are raw Markdown.
 * - Content before the first section heading is read the same way into the
 *   preamble section (`PREAMBLE_SECTION_ID`), which validation also warns
 *   about: nothing a user typed at the top makes the file unreadable.
 * - Block ids are unique per document, compared as Obsidian compares them
 *   (case-insensitively). A block whose id repeats an earlier one (a
 *   copy-paste) does not make the file unreadable: it is read under the
 *   next free id of its type, checked against every id in the file, and
 *   the result carries a note on that block saying what was renamed and
 *   why (see `ParseResult`). Links to the id keep leading to the first
 *   block, as in Obsidian.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { DocModelSchema, type DocModel, type TypedBlock, PREAMBLE_SECTION_ID, PREAMBLE_SECTION_TITLE, type Section } from '../model/types.js';
import type { TemplateSet } from '../template/set.js';
import type { Template } from '../template/load.js';
import type { Diagnostic } from '../validate/diagnostic.js';
import { blockFromCallout, calloutType, CALLOUT_PREFIX } from './block.js';
import { fail, type MarkdownError, MarkdownFailure } from './mirror-errors.js';
import { lineOf, richTextFromNodes, type Source, sourceOf } from './flow.js';
import { metaFromFrontmatter, splitFrontmatter } from './frontmatter.js';
import { linkReader, phrasingText } from './inline.js';
import { type LinkOptions, obsidianBlockId, readLink } from './mirror-links.js';
import { parseMdastChunked } from './syntax.js';
import { documentLocale } from '../model/document-locale.js';
import { sectionModelTitle } from './section-titles.js';

/** The separator between a section's id and its title in headings. @internal */
export const SECTION_SEPARATOR = ' · ';
const SECTION_ID = /^[A-Z0-9][A-Za-z0-9.-]*$/;

/** Options for reading a mirror file. */
export type ParseOptions = LinkOptions;

/** The diagnostic code of the note on a block read under a new id because its own was already used. */
export const BLOCK_ID_RENAMED = 'block-id-renamed';

/**
 * The outcome of parsing a mirror file: the whole model, or the first
 * problem found. `notes` are what the reader repaired to open the file
 * (a repeated block id, code `BLOCK_ID_RENAMED`), each located on the
 * block concerned; show them with the document's diagnostics.
 */
export type ParseResult = { ok: true; model: DocModel; notes: Diagnostic[] } | { ok: false; error: MarkdownError };

/**
 * Parses a Markdown mirror file into a document model, using the template
 * its frontmatter names. Returns the model, or an error with the line and
 * what to change; never a partial model. `file` is only used in errors.
 */
export function parseMarkdown(text: string, templates: TemplateSet, file?: string, opts: ParseOptions = {}): ParseResult {
  try {
    const notes: Diagnostic[] = [];
    return { ok: true, model: parseOrThrow(text, templates, opts, notes), notes };
  } catch (e) {
    if (e instanceof MarkdownFailure) return { ok: false, error: { ...(file !== undefined ? { file } : {}), line: e.line, message: e.message } };
    throw e;
  }
}

function sectionHeading(h: Heading): { id: string; title: string } | undefined {
  const text = phrasingText(h.children).trim();
  // Dot-all: a title may hold U+2028 or U+2029 (pasted text), which Markdown does not treat as line ends but "." would.
  const m = /^(\S+) ·(?:[ \t]+(.*))?$/s.exec(text);
  if (!m || !SECTION_ID.test(m[1])) return undefined;
  return { id: m[1], title: (m[2] ?? '').trim() };
}

/** The block id of a `^block-id` line, if the paragraph is exactly that. */
function anchorOf(p: Paragraph, src: Source): string | undefined {
  const raw = src.text.slice(p.position!.start.offset, p.position!.end.offset).trim();
  return /^\^([A-Za-z0-9-]+)$/.exec(raw)?.[1];
}

/** A block whose id was already used by the block on line `first.line`; renamed once every id of the file is known. */
interface RepeatedId {
  block: TypedBlock;
  section: string;
  line: number;
  first: { id: string; line: number };
}

/**
 * Gives each block of `repeated` the next free id of its type's prefix,
 * free among `used` (every id of the file, lower-cased as Obsidian compares
 * them), and says so in `notes`.
 */
function renameRepeated(repeated: readonly RepeatedId[], used: Set<string>, template: Template, notes: Diagnostic[]): void {
  for (const r of repeated) {
    const old = r.block.id;
    const prefix = template.blockTypes.find((b) => b.type === r.block.type)?.idPrefix ?? /^([A-Za-z][A-Za-z0-9]*)-/.exec(old)?.[1]?.toUpperCase() ?? 'B';
    const number = new RegExp(`^${prefix.toLowerCase()}-(\\d+)$`);
    let max = 0;
    for (const id of used) max = Math.max(max, Number(number.exec(id)?.[1] ?? 0));
    const fresh = `${prefix}-${max + 1}`;
    used.add(obsidianBlockId(fresh));
    r.block.id = fresh;
    const asCase = r.first.id !== old ? ` (as ${r.first.id}; ids are compared without regard to case)` : '';
    notes.push({
      severity: 'warning',
      code: BLOCK_ID_RENAMED,
      message:
        `This block's id ${old} is already used on line ${r.first.line}${asCase}, so it was read as ${fresh}, the next free id. ` +
        `Links to ${old} lead to the block on line ${r.first.line}. To keep the new id, change "${old}" to "${fresh}" on line ${r.line} and its "^" line to "^${obsidianBlockId(fresh)}"; relink anything that meant this block.`,
      location: { section: r.section, block: fresh },
    });
  }
}

function parseOrThrow(text: string, templates: TemplateSet, opts: ParseOptions, notes: Diagnostic[]): DocModel {
  const split = splitFrontmatter(text);
  if (!split) {
    fail(1, 'This file has no frontmatter, so it is not a POC document. It must start with a line "---", then poc-id, poc-type, poc-template, title, status and created, then "---".');
  }
  const { meta, template } = metaFromFrontmatter(split, templates, opts);
  const locale = documentLocale(meta);
  const body = text.slice(split.bodyOffset);
  const read = linkReader((w) => readLink(w, meta.id, opts));
  // Each top-level node with the source of the piece it was parsed from (see parseMdastChunked).
  const nodes: Array<{ node: RootContent; src: Source }> = [];
  for (const chunk of parseMdastChunked(body)) {
    const src = sourceOf(chunk.text, split.bodyLine - 1 + chunk.lineOffset);
    for (const node of chunk.tree.children) nodes.push({ node, src });
  }

  let i = 0;
  const first = nodes[0];
  if (first?.node.type === 'heading' && first.node.depth === 1) {
    const heading = phrasingText(first.node.children).trim();
    if (heading !== meta.title.trim()) {
      fail(lineOf(first.node, first.src), `The title heading "${heading}" differs from the title property "${meta.title}". Make them the same.`);
    }
    i = 1;
  }

  const sections: Section[] = [];
  const sectionLines = new Map<string, number>();
  const blockLines = new Map<string, { id: string; line: number }>();
  const repeated: RepeatedId[] = [];
  let current: { section: Section; pending: RootContent[]; src?: Source } | undefined;
  const flushRich = (following?: { node: RootContent; src: Source }) => {
    if (!current || !current.pending.length || !current.src) return;
    // A node of another piece has positions of its own: it cannot bound this run.
    const next = following && following.src === current.src ? following.node : undefined;
    current.section.content.push(...richTextFromNodes(current.pending, current.src, read, false, next));
    current.pending = [];
  };
  for (; i < nodes.length; i++) {
    const { node, src } = nodes[i];
    if (node.type === 'heading' && node.depth >= 2) {
      const h = sectionHeading(node);
      if (h) {
        const line = lineOf(node, src);
        const before = sectionLines.get(h.id);
        if (before !== undefined) fail(line, `Section ${h.id} appears twice (also on line ${before}). Merge the two into one.`);
        sectionLines.set(h.id, line);
        flushRich(nodes[i]);
        current = { section: { id: h.id, title: sectionModelTitle(h.id, h.title, template), content: [] }, pending: [] };
        sections.push(current.section);
        continue;
      }
    }
    if (!current) {
      current = { section: { id: PREAMBLE_SECTION_ID, title: PREAMBLE_SECTION_TITLE, content: [] }, pending: [] };
      sections.push(current.section);
    }
    const type = node.type === 'blockquote' ? calloutType(node) : undefined;
    if (node.type === 'blockquote' && type?.startsWith(CALLOUT_PREFIX)) {
      flushRich(nodes[i]);
      const block = blockFromCallout(node, type.slice(CALLOUT_PREFIX.length), template, src, read, locale);
      const line = lineOf(node, src);
      const key = obsidianBlockId(block.id);
      const clash = blockLines.get(key);
      if (clash) repeated.push({ block, section: current.section.id, line, first: clash });
      else blockLines.set(key, { id: block.id, line });
      const next = nodes[i + 1];
      const anchor = next?.node.type === 'paragraph' && next.src === src ? anchorOf(next.node, src) : undefined;
      if (anchor !== undefined) {
        if (anchor.toLowerCase() !== key) {
          fail(lineOf(next.node, src), `The line "^${anchor}" after block ${block.id} names another block. Change it to "^${key}" (the block's id in lower case).`);
        }
        i++;
      }
      current.section.content.push(block);
      continue;
    }
    if (current.src !== src) {
      flushRich();
      current.src = src;
    }
    current.pending.push(node);
  }
  flushRich();
  renameRepeated(repeated, new Set(blockLines.keys()), template, notes);
  const model: DocModel = { meta, sections };
  const checked = DocModelSchema.safeParse(model);
  if (!checked.success) {
    // Should not happen: everything above builds valid shapes. Say so plainly rather than return a bad model.
    fail(1, `Internal error: the document read from this file does not fit the model (${checked.error.issues[0]?.message}). Please report it.`);
  }
  return model;
}
