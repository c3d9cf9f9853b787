/**
 * What the plugin's views get from the workspace that owns them
 * (plugin/workspace.ts): the shared stores, the editor's parts, the
 * cross-link index, and the actions a view offers the user (open another
 * document, switch to Markdown, reveal a panel, sign off). An interface, so
 * the views never import the workspace that imports them.
 */
import type { TFile, WorkspaceLeaf } from 'obsidian';
import type { EditorParts, MountedDocument, SignoffAsk } from '../../editor/index.js';
import type { EditorHandle } from '../../editor/editor-contract.js';
import type { DocModel } from '../../shared/model/types.js';
import type { PocServices } from '../services.js';
import type { DocSession } from '../sync/doc-session.js';
import type { VaultLinks } from '../vault/link-index.js';

/** A view showing a POC document, as the panels and the workspace see it. */
export interface DocumentViewLike {
  /** The document id shown, if any. */
  docId(): string | undefined;
  /** The mounted editor, if a document is open. */
  handle(): EditorHandle | undefined;
  /** The mounted document (editor and its panels), if one is open. */
  mounted(): MountedDocument | undefined;
  /** The open session, if any. */
  session(): DocSession | undefined;
  /** Resolves with the editor once the document shown has loaded (undefined if it could not). */
  whenReady(): Promise<EditorHandle | undefined>;
  /** The tab's title. */
  getDisplayText(): string;
}

/** The workspace as a view sees it. */
export interface ViewHost {
  readonly services: PocServices;
  /** The editor's parts (editor/index.ts), injected so tests can stand in for them. */
  readonly editor: EditorParts;
  /** The vault's cross-link index, with open documents' live content. */
  readonly links: VaultLinks;
  /** The POC document the user works in: the active one, else the one they last worked in. */
  activeDocument(): DocumentViewLike | undefined;
  /** Tells the panels that a document view changed what it shows (opened, loaded, closed). */
  documentChanged(view: DocumentViewLike): void;
  /** Keeps (or, with undefined, drops) an open document's live model for the cross-link index. */
  setLiveModel(docId: string, model: DocModel | undefined): void;
  /** Opens a file in the structured view. */
  openFile(file: TFile, newLeaf?: boolean): Promise<unknown>;
  /** Opens a document by id (its file, else downloaded), going to a block when given. */
  openDocument(docId: string, blockId?: string): Promise<void>;
  /** Shows a leaf's file as plain Markdown, and keeps it so. */
  showAsMarkdown(leaf: WorkspaceLeaf): Promise<void>;
  /** Shows a leaf's file in the structured view. */
  showStructured(leaf: WorkspaceLeaf): Promise<void>;
  /** Opens (or brings forward) the problems or sign-off panel. */
  revealPanel(kind: 'validation' | 'signoff' | 'comments'): Promise<void>;
  /** Remembers the last leaf that showed a POC document, for the side panels. */
  noteActiveLeaf(leaf: WorkspaceLeaf | null): void;
  /** Sends a sign-off the person confirmed in the editor's confirmation; resolves once signed, rejects with the server's refusal in words. */
  sendSignOff(docId: string, ask: SignoffAsk): Promise<void>;
}
