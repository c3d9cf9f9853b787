/**
 * The Markdown dialect of the mirror, as parser configuration: CommonMark,
 * the GFM extensions (tables, strikethrough, task lists, footnotes) and
 * Obsidian wiki links.
 *
 * GFM literal autolinks (a bare `https://…` becoming a link) are left out on
 * purpose: the model keeps a bare URL as text, Obsidian still shows it as a
 * link, and micromark's literal-autolink construct is tried at every letter,
 * which made parsing about twice as slow.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Construct, Extension } from 'micromark-util-types';
import { wikiLinkFromMarkdown, wikiLinkSyntax } from './wikilink.js';

const LITERAL_AUTOLINK_CONSTRUCTS = new Set(['wwwAutolink', 'protocolAutolink', 'emailAutolink']);

/** GFM syntax without the literal-autolink constructs. */
function gfmWithoutLiteralAutolinks(): Extension {
  const ext = gfm();
  const text: NonNullable<Extension['text']> = {};
  for (const [code, value] of Object.entries(ext.text ?? {})) {
    const list = (Array.isArray(value) ? value : [value]) as Construct[];
    const kept = list.filter((c) => !LITERAL_AUTOLINK_CONSTRUCTS.has(c.name ?? ''));
    if (kept.length) text[Number(code)] = kept;
  }
  return { ...ext, text };
}

let syntax: Extension[] | undefined;
let mdast: ReturnType<typeof gfmFromMarkdown> | undefined;

/** Parses Markdown text into an mdast tree with positions, in the mirror's dialect. @internal */
export function parseMdast(text: string): Root {
  syntax ??= [gfmWithoutLiteralAutolinks(), wikiLinkSyntax()];
  // The literal-autolink mdast extension also rewrites text nodes after parsing; leave it out too.
  mdast ??= [...gfmFromMarkdown().filter((e) => !(e.enter && 'literalAutolink' in e.enter)), wikiLinkFromMarkdown()];
  return fromMarkdown(text, { extensions: syntax, mdastExtensions: mdast });
}
