/**
 * The editor's public contract: what `mountEditor` takes and returns. The
 * Obsidian view and the web page (through editor/document-mount.ts) both code against exactly
 * this, so members are only ever added, never changed.
 */
import type { EditorView } from 'prosemirror-view';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocModel } from '../shared/model/types.js';
import type { Template } from '../shared/template/load.js';
import type { TemplateSet } from '../shared/template/set.js';
import type { Diagnostic } from '../shared/validate/diagnostic.js';
import type { Location } from '../shared/model/location.js';

/** What the editor shows for a cross-link target (its chip). */
export interface LinkTargetInfo {
  title: string;
  /** Block type, e.g. "threat". */
  type: string;
  /** Likelihood × impact, for threats: colours the chip. */
  risk?: number;
}

/** A block a person may link to, offered by the link picker. */
export interface LinkCandidate {
  docId: string;
  blockId: string;
  type: string;
  title: string;
  docTitle: string;
  /** Document type, when known: lets the picker honour a link field's `targets` exactly. */
  docType?: string;
}

/** A place in another document that links to a block here ("addressed by A-12, Action Plan 2026"). */
export interface Backlink {
  docId: string;
  docTitle?: string;
  /** The linking block, if the link sits in one. */
  blockId?: string;
  /** The linking block's title. */
  title?: string;
}

/** The signed-in person, as others see them (name and cursor colour, "#rrggbb"). */
export interface EditorUser {
  name: string;
  color: string;
}

export interface EditorOptions {
  /** The collaborative document (layout of shared/ydoc/layout.ts). */
  ydoc: Y.Doc;
  templates: TemplateSet;
  /** Presence: when given, remote cursors and selections are shown and this user's cursor is shared. */
  awareness?: Awareness;
  user: EditorUser;
  /** Called when the person asks to comment on a block (its "Comment" button); without it, blocks offer none. */
  onComment?: (anchor: { section: string; block?: string }) => void;
  /** Looks up a block of another document for link chips and validation; undefined means it does not exist. */
  resolveLink?: (docId: string, blockId: string) => LinkTargetInfo | undefined;
  /** Says whether another document exists but could not be read (its file has an error): where it is, else undefined. Links into it are then reported once, not once per link. */
  unreadableDocument?: (docId: string) => string | undefined;
  /** Blocks of all documents a person may link to (the link picker adds this document's own blocks). */
  linkCandidates?: () => LinkCandidate[];
  /** Called after every change, local or remote, with the current model and its diagnostics (coalesced per task). */
  onModel?: (model: DocModel, diagnostics: Diagnostic[]) => void;
  /** Today as YYYY-MM-DD (injected so tests are reproducible); defaults to the local date. */
  today?: () => string;
  readOnly?: boolean;
  /** With `readOnly`, the one short line shown above the document saying why ("View only — …"; editor/access.ts). */
  readOnlyNote?: string;
  /** Links from other documents to a block of this one (backlinks inside this document are found by the editor). */
  backlinks?: (docId: string, blockId: string) => Backlink[];
  /** The server's Ed25519 public key: when given, verified sign-offs count in validation (sign-off order). */
  publicKey?: Uint8Array;
}

export interface EditorHandle {
  view: EditorView;
  /** The document the editor is bound to. */
  ydoc: Y.Doc;
  /** Unmounts the editor and releases its listeners; the Y.Doc is left as it is. */
  destroy(): void;
  /** Undoes this user's last change (never another person's); false when there is nothing to undo. */
  undo(): boolean;
  redo(): boolean;
  /** Scrolls to and focuses a section, block or field (of a block, or of the document header). */
  jumpTo(loc: Location): void;
  /** The id of the typed block the cursor (or the focus) is in, if any: what a "link to this block" names. */
  blockAtCursor(): string | undefined;
  /** Inserts a new block of a type where the cursor is, or in the first section that allows it; false when no section allows it. */
  insertBlock(type: string): boolean;
  /** Inserts a link chip at the cursor (when the cursor is in text). */
  insertCrossLink(docId: string, blockId: string): void;
  /** The current model; throws while the document's metadata has not arrived (see `template()`). */
  model(): DocModel;
  /** The current diagnostics (empty until the document has loaded). */
  diagnostics(): Diagnostic[];
  /** The document's template, or undefined while its metadata has not arrived yet. */
  template(): Template | undefined;
  /** Calls `listener` after every change (coalesced like `onModel`); returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Re-reads link titles and backlinks (call when other documents changed). */
  refreshLinks(): void;
  /** Takes the server's public key once it is known (after mount): sign-offs are verified again and the views redrawn. */
  setPublicKey(publicKey: Uint8Array | undefined): void;
}

export type { Diagnostic, Location };
