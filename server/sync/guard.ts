/**
 * Inspecting a client's Yjs update before it is stored or applied.
 *
 * Protected areas are root types that only the server may write, so
 * every incoming update is checked without applying it: each new item's
 * root type is found by following its parent, or its origin (an item
 * inserted next to another shares that item's parent), through the update
 * itself and then the server's document; each deletion is checked against
 * the items it would delete. Applying the update to a scratch copy would
 * cost a copy of the whole document per keystroke; this costs a walk over
 * the update.
 *
 * The same walk refuses updates the server could only keep as "pending"
 * (their dependencies are missing: a client whose earlier change was
 * refused, or an update that overtook another). Yjs would apply such an
 * update silently later, when its dependencies arrive, so it could not be
 * checked then; refusing it keeps the server's document free of pending
 * content, and the client resends everything when it reconnects.
 */
import * as Y from 'yjs';
import type { RejectionReason } from './sync-hooks-contract.js';

/**
 * The outcome of inspecting an update. `changes` is false when applying it
 * would change nothing; `writers` lists the Yjs client ids it adds content
 * for (so the caller can tell who writes under which id); `fresh` says that
 * every item it carries is new to the document, so its bytes can be passed
 * on as they are.
 */
export type UpdateVerdict = { ok: true; changes: boolean; writers: number[]; fresh: boolean } | { ok: false; reason: RejectionReason; detail: string; root?: string };

type Struct = Y.Item | Y.GC | Y.Skip;
const UNRESOLVED = Symbol('unresolved');
const MALFORMED = Symbol('malformed');
/** A root type name; null for content that Yjs will discard (garbage-collected parent); or why it cannot be known. */
type Root = string | null | typeof UNRESOLVED | typeof MALFORMED;

/**
 * Checks an update against the document it would be applied to. Refuses it
 * if it cannot be decoded, touches one of `protectedRoots`, or depends on
 * content the document does not have; with `onlyRoots` (a writer limited to
 * some roots, e.g. a commenter to `comments`), also when it adds or deletes
 * anything in another root ('read-only'). Never modifies `doc`.
 */
export function inspectUpdate(doc: Y.Doc, update: Uint8Array, protectedRoots: ReadonlySet<string>, onlyRoots?: ReadonlySet<string>): UpdateVerdict {
  let decoded: { structs: Struct[]; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } };
  try {
    decoded = Y.decodeUpdate(update) as unknown as typeof decoded;
  } catch (e) {
    return { ok: false, reason: 'malformed', detail: `not a Yjs update (${(e as Error).message})` };
  }
  const store = doc.store;
  const byClient = new Map<number, Struct[]>();
  for (const s of decoded.structs) {
    let list = byClient.get(s.id.client);
    if (!list) byClient.set(s.id.client, (list = []));
    list.push(s);
  }

  // 1. Each client's new structs must continue where the document's knowledge of that client ends.
  let changes = false;
  let fresh = true;
  const writers: number[] = [];
  const coveredUntil = new Map<number, number>();
  for (const [client, list] of byClient) {
    const known = Y.getState(store, client);
    let expected = known;
    for (const s of list) {
      if (s instanceof Y.Skip) continue;
      const end = s.id.clock + s.length;
      if (s.id.clock < expected) fresh = false;
      if (end <= expected) continue;
      if (s.id.clock > expected) {
        return { ok: false, reason: 'out-of-sync', detail: `client ${client} continues at clock ${s.id.clock}, but the server only has its changes up to ${expected}` };
      }
      expected = end;
      changes = true;
    }
    coveredUntil.set(client, expected);
    if (expected > known) writers.push(client);
  }

  // 2. Each new item's root type.
  const share = new Map<unknown, string>();
  for (const [key, type] of doc.share) share.set(type, key);
  const memo = new Map<Y.Item, Root>();

  const findInUpdate = (id: Y.ID): Struct | undefined => {
    const list = byClient.get(id.client);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = list[mid];
      if (id.clock < s.id.clock) hi = mid - 1;
      else if (id.clock >= s.id.clock + s.length) lo = mid + 1;
      else return s instanceof Y.Skip ? undefined : s;
    }
    return undefined;
  };
  const findInDoc = (id: Y.ID): Y.Item | Y.GC | undefined => {
    if (id.clock >= Y.getState(store, id.client)) return undefined;
    const structs = store.clients.get(id.client)!;
    return structs[Y.findIndexSS(structs, id.clock)];
  };
  const rootOfType = (type: Y.AbstractType<unknown>): Root => {
    let t = type;
    for (let depth = 0; t._item !== null; depth++) {
      const parent = t._item.parent;
      if (!(parent instanceof Y.AbstractType) || depth > 10_000) return null;
      t = parent;
    }
    return share.get(t) ?? null;
  };
  /** Root of a struct already in the document; `asParent`: the struct must hold a type. */
  const rootOfDocStruct = (s: Y.Item | Y.GC, asParent: boolean): Root => {
    if (!(s instanceof Y.Item)) return null;
    if (asParent && !(s.content instanceof Y.ContentType)) return s.content instanceof Y.ContentDeleted ? null : MALFORMED;
    return s.parent instanceof Y.AbstractType ? rootOfType(s.parent) : null;
  };
  const rootOfNewItem = (start: Y.Item): Root => {
    const chain: Y.Item[] = [];
    const onChain = new Set<Y.Item>();
    let cur = start;
    let result: Root;
    for (;;) {
      const known = memo.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (onChain.has(cur)) {
        result = MALFORMED; // items that name each other as origin
        break;
      }
      chain.push(cur);
      onChain.add(cur);
      const p = cur.parent as unknown;
      if (typeof p === 'string') {
        result = p;
        break;
      }
      const viaParent = p instanceof Y.ID;
      const next = viaParent ? (p as Y.ID) : (cur.origin ?? cur.rightOrigin);
      if (!next) {
        result = MALFORMED;
        break;
      }
      const inDoc = findInDoc(next);
      if (inDoc) {
        result = rootOfDocStruct(inDoc, viaParent);
        break;
      }
      const inUpdate = findInUpdate(next);
      if (!inUpdate) {
        result = UNRESOLVED;
        break;
      }
      if (!(inUpdate instanceof Y.Item)) {
        result = null;
        break;
      }
      if (viaParent && !(inUpdate.content instanceof Y.ContentType)) {
        result = inUpdate.content instanceof Y.ContentDeleted ? null : MALFORMED;
        break;
      }
      // A sibling, or the item holding the parent type: either way, the same root.
      cur = inUpdate;
    }
    for (const item of chain) memo.set(item, result);
    return result;
  };
  const judge = (root: Root, what: string): UpdateVerdict | undefined => {
    if (root === UNRESOLVED) return { ok: false, reason: 'out-of-sync', detail: `${what} depends on content the server does not have` };
    if (root === MALFORMED) return { ok: false, reason: 'malformed', detail: `${what} has an impossible parent` };
    if (root !== null && protectedRoots.has(root)) return { ok: false, reason: 'protected', root, detail: `${what} writes to "${root}", which only the server may change` };
    if (root !== null && onlyRoots && !onlyRoots.has(root)) return { ok: false, reason: 'read-only', root, detail: `${what} writes to "${root}", which this connection may not change` };
    return undefined;
  };

  for (const [client, list] of byClient) {
    const state = Y.getState(store, client);
    for (const s of list) {
      if (!(s instanceof Y.Item) || s.id.clock + s.length <= state) continue;
      const root = rootOfNewItem(s);
      const refused = judge(root, `item ${client}:${s.id.clock}`);
      if (refused) return refused;
      if (s.id.clock < state) {
        // A struct that starts in what the document has: Yjs skips the known part and links the rest right after the
        // item at `state - 1`, whatever root the struct's own origin names. That item's root must be allowed too, and
        // the same one, or a writer could name an origin in a root it may write and land in another one.
        const left = findInDoc(Y.createID(client, state - 1));
        const leftRoot = left ? rootOfDocStruct(left, false) : UNRESOLVED;
        const what = `item ${client}:${s.id.clock}, continued after ${client}:${state - 1}`;
        const refusedLeft = judge(leftRoot, what);
        if (refusedLeft) return refusedLeft;
        if (leftRoot !== root) return { ok: false, reason: 'malformed', detail: `${what} names an origin in another root than the content it continues` };
      }
    }
  }

  // 3. Deletions: of items the document has (checked by their root), or of items the update brings (checked above).
  for (const [client, ranges] of decoded.ds.clients) {
    const state = Y.getState(store, client);
    const limit = Math.max(state, coveredUntil.get(client) ?? 0);
    const structs = store.clients.get(client);
    for (const { clock, len } of ranges) {
      const end = clock + len;
      if (end > limit) {
        return { ok: false, reason: 'out-of-sync', detail: `deletes content of client ${client} up to clock ${end} that the server does not have` };
      }
      if (!structs || clock >= state) continue;
      for (let i = Y.findIndexSS(structs, clock); i < structs.length; i++) {
        const s = structs[i];
        if (s.id.clock >= end) break;
        if (!(s instanceof Y.Item) || s.deleted) continue;
        changes = true;
        const refused = judge(rootOfDocStruct(s, false), `deletion of item ${client}:${s.id.clock}`);
        if (refused) return refused;
      }
    }
  }
  return { ok: true, changes, writers, fresh };
}
