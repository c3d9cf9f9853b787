/**
 * Where in a document an Obsidian link, search result or backlink points:
 * the ephemeral state Obsidian hands a view when it opens a file at a place
 * (`#^t-1`, `#2 · Threats to civilians`, a search match, a line), read
 * against the document's Markdown mirror and model as a location the
 * editor can jump to.
 */
import type { EditorState } from 'prosemirror-state';
import type { DocModel } from '../../shared/model/types.js';
import type { Location } from '../../shared/model/location.js';
import { BLOCK_ATTRS, NODE } from '../../shared/model/nodes.js';

/** The parts of Obsidian's ephemeral state that name a place in the file. */
export interface PlaceState {
  /** "#^t-1" (a block reference) or "#Heading" (possibly "#Heading#Subheading"). */
  subpath?: string;
  /** A 0-based line of the file. */
  line?: number;
  /** A search or backlink match: the file's text and [start, end] offsets in it. */
  match?: { content?: string; matches?: Array<[number, number]> };
  /** The Markdown view's cursor, when switching from it. */
  cursor?: { from?: { line?: number } };
}

/** A block of the model by its id, compared the way Obsidian compares block references (ignoring case). */
function blockNamed(model: DocModel, ref: string): string | undefined {
  const wanted = ref.toLowerCase();
  for (const s of model.sections) for (const item of s.content) if (item.t === 'block' && item.id.toLowerCase() === wanted) return item.id;
  return undefined;
}

/** A section by its heading as the mirror writes it ("2 · Threats to civilians"), its id or its title. */
function sectionNamed(model: DocModel, heading: string): string | undefined {
  const h = heading.trim().toLowerCase();
  const id = h.split(' · ')[0];
  return model.sections.find((s) => s.id.toLowerCase() === id || s.title.toLowerCase() === h || `${s.id} ${s.title}`.toLowerCase() === h)?.id;
}

/** The location a subpath names, or undefined when it names nothing in the document. */
export function locationOfSubpath(subpath: string, model: DocModel): Location | undefined {
  const parts = subpath.split('#').filter(Boolean);
  const last = parts.at(-1);
  if (!last) return undefined;
  if (last.startsWith('^')) {
    const block = blockNamed(model, last.slice(1));
    return block ? { block } : undefined;
  }
  const section = sectionNamed(model, last);
  return section !== undefined ? { section } : undefined;
}

/**
 * The location of a line of the Markdown mirror: the block whose callout
 * holds it (its `^id` line ends the callout), else the section whose
 * heading precedes it.
 */
export function locationAtLine(text: string, line: number, model: DocModel): Location | undefined {
  const lines = text.split('\n');
  if (line < 0 || line >= lines.length) return undefined;
  if (lines[line].startsWith('>') || /^\^[A-Za-z0-9-]+\s*$/.test(lines[line])) {
    for (let i = line; i < lines.length && i <= line + 2000; i++) {
      const ref = /^\^([A-Za-z0-9-]+)\s*$/.exec(lines[i]);
      if (ref) {
        const block = blockNamed(model, ref[1]);
        if (block) return { block };
        break;
      }
      if (i > line && !lines[i].startsWith('>') && lines[i].trim()) break;
    }
  }
  for (let i = line; i >= 0; i--) {
    const heading = /^##\s+(.*)$/.exec(lines[i]);
    if (heading) {
      const section = sectionNamed(model, heading[1]);
      return section !== undefined ? { section } : undefined;
    }
  }
  return undefined;
}

/** Where an ephemeral state points in a document, if anywhere. */
export function locationOf(state: PlaceState | undefined, text: string, model: DocModel): Location | undefined {
  if (!state) return undefined;
  if (typeof state.subpath === 'string' && state.subpath) return locationOfSubpath(state.subpath, model);
  const offset = state.match?.matches?.[0]?.[0];
  if (typeof offset === 'number') {
    const content = state.match?.content ?? text;
    return locationAtLine(content, content.slice(0, offset).split('\n').length - 1, model);
  }
  const line = typeof state.line === 'number' ? state.line : state.cursor?.from?.line;
  return typeof line === 'number' ? locationAtLine(text, line, model) : undefined;
}

/** The subpath (`#^t-1`) of the block holding the editor's cursor, as Obsidian's history and the Markdown view take it. */
export function subpathAtCursor(state: EditorState | undefined): string | undefined {
  const $from = state?.selection.$from;
  if (!$from) return undefined;
  for (let d = $from.depth; d > 0; d--) {
    const node = $from.node(d);
    if (node.type.name === NODE.block && node.attrs[BLOCK_ATTRS.id]) return `#^${String(node.attrs[BLOCK_ATTRS.id]).toLowerCase()}`;
  }
  return undefined;
}
