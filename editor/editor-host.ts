/**
 * What a host hands the editor (see `mountDocument`): the document's
 * session, the few server calls the editor makes, who the user is, what
 * they may do, today's date, and a way to tell the person something. The
 * Obsidian view (plugin/view/) and the web page (web/) each implement it;
 * the editor knows neither. Server calls are a narrow interface rather than
 * a client, so each host answers them with the client it has.
 */
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import type { DocModel } from '../shared/model/types.js';
import type { OfficeHolding } from '../shared/signoff/offices.js';
import type { TemplateSet } from '../shared/template/set.js';
import type { SessionStatus } from './session-status.js';
import type { EditorOptions, EditorUser } from './editor-contract.js';

/** The session a document is edited in: the shared Y.Doc, presence, and the connection's status. */
export interface HostSession {
  readonly ydoc: Y.Doc;
  /** Presence: when given, remote cursors show and this user's cursor is shared. */
  readonly awareness?: Awareness;
  /** The connection as it stands now. */
  current(): SessionStatus;
  /** Calls `listener` on every status change; returns the function that stops it. */
  onStatus(listener: (status: SessionStatus) => void): () => void;
}

/** Who the server says the user is, as far as the editor cares: their offices and the key the server signs with. */
export interface HostIdentity {
  /** Offices the user holds (empty when unknown). */
  offices: string[];
  /** Where each office applies, when the server says (shared/signoff/offices.ts); without it, `offices` count as mission-wide. */
  holdings?: OfficeHolding[];
  /** The server's Ed25519 public key, when known. */
  publicKey?: Uint8Array;
  /** Why part of the answer is missing, in words for the person. */
  problem?: string;
  /** The person's username and display name as the server knows them (the author of their comments), when known. */
  username?: string;
  name?: string;
}

/** A sign-off the person confirmed in the editor's sign-off confirmation (editor/panels/signoff-dialog.ts): the host sends it to the server as it is, asking nothing more. */
export interface SignoffAsk {
  role: string;
  /** The person's decision. */
  decision: 'approved' | 'rejected';
  /** Their comment (trimmed; never empty for a rejection). */
  comment: string;
  /** The office's name as the template gives it. */
  label: string;
  /** The document's title (may be empty). */
  documentTitle: string;
  /** The content hash of the version the person is looking at: the server signs that version or nothing. */
  contentHash: string;
  /** What to tell the person when the server answers that the document changed since (content-changed): what changed from the version they reviewed to the one they see now. */
  changedMessage(): string;
}

/** The server calls the editor needs; a host without a server answers them as "unknown" or with a failure. */
export interface HostServer {
  /** What is known of the identity now, without asking the server. */
  knownIdentity(): HostIdentity;
  /** The identity, asking the server if need be; never rejects (a failure is `problem`). */
  identity(): Promise<HostIdentity>;
  /** Calls `listener` when an answer arrives later (the server was unreachable at first); returns the function that stops it. */
  onIdentity?(listener: (identity: HostIdentity) => void): () => void;
  /** Sends a confirmed sign-off to the server; resolves once signed, rejects with a message to show. */
  signOff(ask: SignoffAsk): Promise<void>;
  /** The model of the version a sign-off signed, from the server's snapshot; absent when there is no server to ask. */
  signedVersion?(signoffId: string): Promise<DocModel>;
  /** The people with access to the document, by username and name (`GET /api/docs/:id/people`), for @mentions; absent without a server. */
  people?(): Promise<Array<{ username: string; name: string }>>;
}

/** Everything the editor gets from the program around it. */
export interface EditorHost {
  session: HostSession;
  templates: TemplateSet;
  /** The person editing, as others see them. */
  user: EditorUser;
  /** Access: true when the person may read but not change the document (editor/access.ts `isReadOnly`). */
  readOnly: boolean;
  /** When read-only, the one short line that says why (editor/access.ts `readOnlyLine`), shown above the editor. */
  readOnlyNote?: string;
  /** Whether the person may add comments (editor/access.ts `canComment`: a commenter may, though read-only); default: when not read-only. */
  canComment?: boolean;
  /** The clock: today as YYYY-MM-DD (a function, so tests fix it and a long session sees midnight pass). */
  today(): string;
  /** Shows the person a short message (a notice, a toast). */
  notify(message: string): void;
  server: HostServer;
  /** Other documents, for link chips, the link picker and backlinks (hosts that know only one document leave these out). */
  links?: Pick<EditorOptions, 'resolveLink' | 'unreadableDocument' | 'linkCandidates' | 'backlinks'>;
  /** Shows the comments panel where the host keeps it (the plugin's sidebar), when a block's "Comment" is pressed before it is drawn. */
  revealComments?(): void;
  /** Called after every change with the model and its diagnostics (see `EditorOptions.onModel`). */
  onModel?: EditorOptions['onModel'];
}
