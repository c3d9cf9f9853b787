/**
 * The editor as a component: `mountDocument` takes a host (editor/editor-host.ts)
 * and mounts the editor with its two panels, the problems panel and the
 * sign-off panel (and, where the host has room, the comments panel), wiring
 * the server's key, the sign-off actions and the commenter from the host. The web page puts all three side by side at once; the Obsidian
 * view mounts the editor and lets its sidebar panels draw theirs later
 * through the returned `MountedDocument`.
 */
import { mountEditor } from './mount.js';
import { renderSignoffPanel, type SignoffPanelOptions } from './panels/signoff-panel.js';
import { type PanelHandle, renderValidationPanel } from './panels/validation-panel.js';
import { type CommentsPanelHandle, renderCommentsPanel } from './panels/comments-panel.js';
import type { CommentAnchor } from '../shared/ydoc/comments.js';
import type { EditorHost } from './editor-host.js';
import type { EditorHandle } from './editor-contract.js';
import { modelHash } from './signoff-standing.js';
import { changedWhileReviewing } from './signoff-refusal.js';

/** The pieces `mountDocument` assembles; a host may hand in stand-ins (the plugin's Node tests do). */
export interface EditorParts {
  mountEditor: typeof mountEditor;
  renderValidationPanel: typeof renderValidationPanel;
  renderSignoffPanel: typeof renderSignoffPanel;
  /** Optional for stand-ins that predate it: the real one is used when absent. */
  renderCommentsPanel?: typeof renderCommentsPanel;
}

const EDITOR_PARTS: EditorParts = { mountEditor, renderValidationPanel, renderSignoffPanel, renderCommentsPanel };

/** Where to draw: the editor always, the panels when the host has room for them now. */
export interface DocumentPlaces {
  editor: HTMLElement;
  problems?: HTMLElement;
  signoffs?: HTMLElement;
  comments?: HTMLElement;
}

/** A mounted document: its editor, and its panels on demand. */
export interface MountedDocument {
  readonly handle: EditorHandle;
  /** Resolves once the panels asked for in `places` are drawn. */
  readonly ready: Promise<void>;
  /** Draws the problems panel into `el`. */
  showProblems(el: HTMLElement): PanelHandle;
  /** What the sign-off panel needs, once the server has said who the user is; undefined while the document has not loaded. */
  signoffOptions(): Promise<SignoffPanelOptions | undefined>;
  /** Draws the sign-off panel into `el` with options from `signoffOptions`. */
  showSignoffs(el: HTMLElement, options: SignoffPanelOptions): PanelHandle;
  /** Draws the comments panel into `el`, as the signed-in person (asked of the server, the host's user name meanwhile). */
  showComments(el: HTMLElement): CommentsPanelHandle;
  /** Unmounts the editor and the panels drawn through `places`; the Y.Doc and the session are the host's. */
  destroy(): void;
}

/** Mounts the editor for the host's document (and the panels `places` names); the server's key reaches the editor whenever the host learns it. */
export function mountDocument(host: EditorHost, places: DocumentPlaces, parts: EditorParts = EDITOR_PARTS): MountedDocument {
  // Mount at once from what is known; a key that arrives later is handed in (below), so opening never waits for the server.
  const known = host.server.knownIdentity();
  const mayComment = host.canComment ?? !host.readOnly;
  /** The comments panel drawn last, and a comment asked for before any was drawn (the host is showing one). */
  let comments: CommentsPanelHandle | undefined;
  let pendingComment: CommentAnchor | undefined;
  const onComment = (anchor: CommentAnchor) => {
    if (comments?.el.isConnected) return comments.startOn(anchor);
    pendingComment = anchor;
    host.revealComments?.();
  };
  const handle = parts.mountEditor(places.editor, {
    ...(mayComment ? { onComment } : {}),
    ydoc: host.session.ydoc,
    templates: host.templates,
    ...(host.session.awareness ? { awareness: host.session.awareness } : {}),
    user: host.user,
    today: () => host.today(),
    ...(host.readOnly ? { readOnly: true, ...(host.readOnlyNote ? { readOnlyNote: host.readOnlyNote } : {}) } : {}),
    ...host.links,
    ...(host.onModel ? { onModel: host.onModel } : {}),
    ...(known.publicKey ? { publicKey: known.publicKey } : {}),
  });
  const stopIdentity = host.server.onIdentity?.((identity) => {
    if (identity.publicKey) handle.setPublicKey(identity.publicKey);
  });
  if (!known.publicKey) void host.server.identity();

  const signoffOptions = async (): Promise<SignoffPanelOptions | undefined> => {
    const template = handle.template();
    if (!template) return undefined;
    const { offices, holdings, publicKey } = await host.server.identity();
    const signedVersion = host.server.signedVersion?.bind(host.server);
    return {
      handle,
      template,
      offices,
      ...(holdings ? { holdings } : {}),
      ...(publicKey ? { publicKey } : {}),
      onSignOff: (role, { decision, comment, reviewed }) =>
        // The version the person reviewed in the confirmation: the server signs it or nothing, and a refusal lists what changed since.
        host.server.signOff({
          role,
          decision,
          comment,
          label: template.signoffs.find((r) => r.role === role)?.label ?? role,
          documentTitle: reviewed.meta.title,
          contentHash: modelHash(reviewed),
          changedMessage: () => changedWhileReviewing(reviewed, handle.model(), handle.template() ?? template),
        }),
      ...(signedVersion ? { fetchSnapshotModel: signedVersion } : {}),
    };
  };

  const showComments = (el: HTMLElement): CommentsPanelHandle => {
    const known = host.server.knownIdentity();
    // The author of a comment is the signed-in person: their username once the server has said it (the host's user name until then).
    const me = { username: known.username ?? host.user.name, name: known.name ?? host.user.name };
    if (!known.username) void host.server.identity().then((id) => Object.assign(me, id.username ? { username: id.username } : {}, id.name ? { name: id.name } : {}));
    const people = host.server.people?.bind(host.server);
    comments = (parts.renderCommentsPanel ?? renderCommentsPanel)(el, { handle, me, canComment: mayComment, ...(people ? { people } : {}) });
    if (pendingComment) comments.startOn(pendingComment);
    pendingComment = undefined;
    return comments;
  };

  const panels: PanelHandle[] = [];
  let destroyed = false;
  if (places.problems) panels.push(parts.renderValidationPanel(places.problems, handle));
  const signoffsEl = places.signoffs;
  const commentsEl = places.comments;
  // Comments come after the sign-offs (the web page puts every panel in one column).
  const ready = (
    signoffsEl
      ? signoffOptions().then((options) => {
          if (options && !destroyed) panels.push(parts.renderSignoffPanel(signoffsEl, options));
        })
      : Promise.resolve()
  ).then(() => {
    if (commentsEl && !destroyed) panels.push(showComments(commentsEl));
  });

  return {
    handle,
    ready,
    showProblems: (el) => parts.renderValidationPanel(el, handle),
    signoffOptions,
    showSignoffs: (el, options) => parts.renderSignoffPanel(el, options),
    showComments,
    destroy() {
      destroyed = true;
      stopIdentity?.();
      for (const p of panels) p.destroy();
      handle.destroy();
    },
  };
}
