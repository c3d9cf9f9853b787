/**
 * How cross-links and block ids appear in the mirror.
 *
 * A typed block carries an Obsidian block id: its short id in lower case
 * (`T-3` → `^t-3`). A link inline `{docId, blockId}` is written as a wiki
 * link to that block id, with the short id as its alias:
 *
 * - same document: `[[#^t-3|T-3]]` (no file name, so it survives renames);
 * - other document: `[[<target>#^t-3|T-3]]`, where `<target>` is
 *   `linkTarget(docId)` — by default the document id itself, which is also
 *   the file name `poc new` suggests.
 *
 * Reading a link back: the empty target means this document; any other
 * target goes through `resolveLink(target)` (default: the target is the
 * document id). The block id is the alias when the alias names the same
 * block id as the anchor (this keeps its exact spelling), else the anchor
 * in upper case — short ids are upper case by construction ("T-3", "OBJ-2").
 */
import type { LinkRef } from '../model/types.js';
import type { WikiTarget } from './wikilink.js';

/** How link targets map to and from document ids; both default to the identity. */
export interface LinkOptions {
  /** The link target (file name or path, no `.md`) for a document id; `undefined` means use the id. */
  linkTarget?: (docId: string) => string | undefined;
  /** The document id for a link target found in the text; `undefined` means the target is the id. */
  resolveLink?: (target: string) => string | undefined;
}

/** The Obsidian block id of a short block id: lower case, and only letters, digits and dashes. */
export function obsidianBlockId(blockId: string): string {
  return blockId.toLowerCase().replace(/[^a-z0-9-]/g, '-');
}

/** The inside of the wiki link (between `[[` and `]]`) for a link inline. @internal */
export function writeLink(link: LinkRef, selfId: string, opts: LinkOptions): string {
  const target = link.docId === selfId ? '' : (opts.linkTarget?.(link.docId) ?? link.docId);
  return `${target}#^${obsidianBlockId(link.blockId)}|${link.blockId}`;
}

/** The link inline for a parsed wiki link, or undefined when it does not point at a block. @internal */
export function readLink(w: WikiTarget, selfId: string, opts: LinkOptions): LinkRef | undefined {
  if (w.anchor === undefined || !/^[A-Za-z0-9-]+$/.test(w.anchor)) return undefined;
  const target = w.target.trim();
  const docId = target === '' ? selfId : (opts.resolveLink?.(target) ?? target);
  const alias = w.alias?.trim();
  const blockId = alias && obsidianBlockId(alias) === w.anchor.toLowerCase() ? alias : w.anchor.toUpperCase();
  return { t: 'link', docId, blockId };
}

/** The frontmatter value of a document-level link field ("docId" or "docId#blockId"): an Obsidian link in a string. @internal */
export function writeDocumentLink(value: string, opts: LinkOptions): string {
  const hash = value.indexOf('#');
  const docId = hash < 0 ? value : value.slice(0, hash);
  const target = opts.linkTarget?.(docId) ?? docId;
  if (hash < 0) return `[[${target}]]`;
  const blockId = value.slice(hash + 1);
  return `[[${target}#^${obsidianBlockId(blockId)}|${blockId}]]`;
}

/** The field value for a document-level link written in frontmatter; text that is not a wiki link is kept as it is. @internal */
export function readDocumentLink(value: string, opts: LinkOptions, parse: (inside: string) => WikiTarget): string {
  const m = /^\[\[([^[\]]+)\]\]$/.exec(value.trim());
  if (!m) return value;
  const w = parse(m[1]);
  const target = w.target.trim();
  if (!target || w.heading !== undefined) return value;
  const docId = opts.resolveLink?.(target) ?? target;
  if (w.anchor === undefined) return docId;
  const link = readLink(w, docId, opts);
  return link ? `${docId}#${link.blockId}` : value;
}
