/**
 * What node views and panels share inside one mounted editor: the options,
 * the current snapshot, and a registry of views that refresh after every
 * change (problem marks, risk and rank, link titles, backlinks). Views
 * compare before touching the DOM, so a refresh of a 500-row matrix is
 * mostly map lookups.
 * @internal
 */
import type { Schema } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import type { Template } from '../shared/template/load.js';
import type { Snapshot } from './live.js';
import type { FreshBlocks } from './fresh-blocks.js';
import type { Backlink, EditorOptions, LinkTargetInfo } from './editor-contract.js';

/** A view that re-reads the snapshot after each change. */
export interface LiveView {
  refresh(snapshot: Snapshot | undefined): void;
}

export interface EditorContext {
  doc: Document;
  schema: Schema;
  options: EditorOptions;
  readOnly: boolean;
  view(): EditorView;
  template(): Template | undefined;
  snapshot(): Snapshot | undefined;
  /** Registers a live view; returns the function that unregisters it. */
  register(v: LiveView): () => void;
  /** Rows this person just added and has not left: their problems show as guidance until then (local to this session). */
  fresh: FreshBlocks;
  /** Block ids whose details are folded away (local to this window, not shared). */
  folded: Set<string>;
  /** What a link points at: this document's own block, or another document's through `resolveLink`. */
  linkInfo(docId: string, blockId: string): (LinkTargetInfo & { own: boolean }) | undefined;
  /** Who links to a block of this document: its own blocks, then other documents. */
  backlinksOf(blockId: string): Array<{ label: string; title: string; docId?: string; blockId?: string; own: boolean }>;
  /** Adds a block of a type at the end of a section and focuses it. */
  insertBlockIn(sid: string, type: string): void;
  /** Adds a block of a type right after the block at `pos` ("new row") and focuses it. */
  newRowAfter(pos: number, type: string): void;
  /** Adds back a template section the document lacks and goes to it. */
  addSection(sid: string): void;
  /** Puts the cursor in a section's text, giving an empty section a paragraph. */
  startWriting(sid: string): void;
  /** Inserts a block of a type at the cursor (see `insertBlock`) and focuses it; false when not allowed there or anywhere. */
  insertBlockHere(type: string): boolean;
  /** Opens the insert menu at the cursor (set by the menus plugin). */
  openInsertMenuAtCursor(): void;
  /** Opens the link picker for the cursor's position (restricted to a link field's targets when in one). */
  openLinkPicker(anchor?: HTMLElement): void;
  /** Moves focus to the next or previous field stop from an element. */
  moveFocus(from: Element, dir: 1 | -1): boolean;
  /** Scrolls to a block or section and focuses it (see EditorHandle.jumpTo). */
  jumpTo(loc: { section?: string; block?: string; field?: string }): void;
  /** Asks the host to open a block of another document (a `poc-open-link` event on the editor root). */
  openLink(docId: string, blockId: string): void;
}

/** @internal */
export type { Backlink };
