/**
 * Comments and review threads, kept in the document's Y.Doc beside the
 * content, in their own root `comments` (see layout.ts):
 *
 *   comments (Y.Map): thread id → Y.Map {
 *     anchor: { section, block? }   where the thread is attached (JSON value)
 *     author, authorName, createdAt  who opened it, and when (ISO)
 *     resolved: boolean, resolvedBy?: username of who resolved it last
 *     messages: Y.Array of Y.Map { id, author, authorName, at, text, mentions: string[] }
 *   }
 *
 * Why a root of its own: the content hash (shared/hash) and every model
 * reader read `body`, `meta` and `fields` only, so a comment never changes
 * what is signed and never makes a sign-off stale; and the sync server can
 * let a commenter write this root and nothing else (server/sync/guard.ts).
 * Comments are not written to the Markdown mirror (shared/markdown/serialize.ts).
 *
 * Authorship is what the writing client says: the server cannot cheaply look
 * inside Yjs items to check that `author` is the person on the connection.
 * The editor always writes the signed-in person; the server's audit trail
 * records who sent each write to this root.
 *
 * Reading never throws on odd content a remote client wrote: a thread or
 * message that does not fit is skipped.
 */
import * as Y from 'yjs';

/** The root map of comment threads. */
export const COMMENTS = 'comments';

/** Where a thread is attached: a section, or one block in it. */
export interface CommentAnchor {
  section: string;
  block?: string;
}

/** One message of a thread (the first is the comment that opened it). */
export interface CommentMessage {
  id: string;
  /** Username of who wrote it. */
  author: string;
  /** Their display name when they wrote it. */
  authorName: string;
  /** ISO time it was written. */
  at: string;
  text: string;
  /** Usernames mentioned with @. */
  mentions: string[];
}

/** A thread as read from the Y.Doc. */
export interface CommentThread {
  id: string;
  anchor: CommentAnchor;
  author: string;
  authorName: string;
  createdAt: string;
  resolved: boolean;
  resolvedBy?: string;
  messages: CommentMessage[];
}

/** What a person writes: who they are, when, the text and whom it mentions. */
export interface CommentDraft {
  author: string;
  authorName: string;
  at: string;
  text: string;
  mentions?: readonly string[];
}

/** A fresh random id for a thread or message (16 hex digits, from the platform's crypto). */
export function newCommentId(): string {
  return [...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function readAnchor(v: unknown): CommentAnchor | undefined {
  if (!v || typeof v !== 'object') return undefined;
  const o = v as Record<string, unknown>;
  const section = str(o.section);
  if (!section) return undefined;
  const block = str(o.block);
  return block ? { section, block } : { section };
}

function readMessage(v: unknown): CommentMessage | undefined {
  if (!(v instanceof Y.Map)) return undefined;
  const id = str(v.get('id'));
  const author = str(v.get('author'));
  const text = str(v.get('text'));
  const at = str(v.get('at'));
  if (!id || !author || text === undefined || !at) return undefined;
  const raw: unknown = v.get('mentions');
  const mentions = Array.isArray(raw) ? raw.filter((m): m is string => typeof m === 'string') : [];
  return { id, author, authorName: str(v.get('authorName')) ?? author, at, text, mentions };
}

function readThread(id: string, v: unknown): CommentThread | undefined {
  if (!(v instanceof Y.Map)) return undefined;
  const anchor = readAnchor(v.get('anchor'));
  const author = str(v.get('author'));
  const createdAt = str(v.get('createdAt'));
  const messages: unknown = v.get('messages');
  if (!anchor || !author || !createdAt || !(messages instanceof Y.Array)) return undefined;
  const read = messages.toArray().map(readMessage).filter((m): m is CommentMessage => m !== undefined);
  if (read.length === 0) return undefined;
  const resolvedBy = str(v.get('resolvedBy'));
  return { id, anchor, author, authorName: str(v.get('authorName')) ?? author, createdAt, resolved: v.get('resolved') === true, ...(resolvedBy ? { resolvedBy } : {}), messages: read };
}

/** Every readable thread of the document, oldest first (odd content is skipped, never thrown on). */
export function readThreads(ydoc: Y.Doc): CommentThread[] {
  const out: CommentThread[] = [];
  for (const [id, v] of ydoc.getMap(COMMENTS)) {
    const t = readThread(id, v);
    if (t) out.push(t);
  }
  return out.sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1));
}

function messageToY(d: CommentDraft, id: string): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set('id', id);
  m.set('author', d.author);
  m.set('authorName', d.authorName);
  m.set('at', d.at);
  m.set('text', d.text);
  m.set('mentions', [...(d.mentions ?? [])]);
  return m;
}

/** Opens a thread on `anchor` with its first message, in one transaction; returns the thread's id. */
export function addThread(ydoc: Y.Doc, anchor: CommentAnchor, draft: CommentDraft, origin: unknown = null, id = newCommentId()): string {
  ydoc.transact(() => {
    const t = new Y.Map<unknown>();
    t.set('anchor', anchor.block ? { section: anchor.section, block: anchor.block } : { section: anchor.section });
    t.set('author', draft.author);
    t.set('authorName', draft.authorName);
    t.set('createdAt', draft.at);
    t.set('resolved', false);
    const messages = new Y.Array<Y.Map<unknown>>();
    messages.push([messageToY(draft, newCommentId())]);
    t.set('messages', messages);
    ydoc.getMap(COMMENTS).set(id, t);
  }, origin);
  return id;
}

/** Adds a reply to a thread; false when there is no such thread. */
export function addReply(ydoc: Y.Doc, threadId: string, draft: CommentDraft, origin: unknown = null): boolean {
  const t = ydoc.getMap(COMMENTS).get(threadId);
  const messages: unknown = t instanceof Y.Map ? t.get('messages') : undefined;
  if (!(messages instanceof Y.Array)) return false;
  ydoc.transact(() => messages.push([messageToY(draft, newCommentId())]), origin);
  return true;
}

/** Resolves (or reopens, with `resolved` false) a thread, recording who did it; false when there is no such thread. */
export function setResolved(ydoc: Y.Doc, threadId: string, resolved: boolean, by: string, origin: unknown = null): boolean {
  const t = ydoc.getMap(COMMENTS).get(threadId);
  if (!(t instanceof Y.Map)) return false;
  ydoc.transact(() => {
    t.set('resolved', resolved);
    t.set('resolvedBy', by);
  }, origin);
  return true;
}

/** The usernames of `people` that `text` mentions as `@username`, each once, in the order they appear. */
export function mentionsIn(text: string, people: ReadonlyArray<{ username: string }>): string[] {
  const known = new Set(people.map((p) => p.username));
  const out: string[] = [];
  for (const m of text.matchAll(/(^|[^\w@])@([\w.-]+)/g)) {
    const u = m[2].replace(/[.-]+$/, '');
    if (known.has(u) && !out.includes(u)) out.push(u);
  }
  return out;
}

/** Open (unresolved) threads per anchor key (`section` or `section/block`), for badges on blocks. */
export function openCounts(threads: readonly CommentThread[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const t of threads) {
    if (t.resolved) continue;
    const key = anchorKey(t.anchor);
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** The key of an anchor: `section` or `section/block`. */
export function anchorKey(a: CommentAnchor): string {
  return a.block ? `${a.section}/${a.block}` : a.section;
}
