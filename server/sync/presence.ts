/**
 * Presence in a room: who is here and where their cursor is (y-protocols
 * awareness). Each connection speaks only for the awareness client ids it
 * introduced (a few at most), within size and rate budgets; the name shown is
 * always the authenticated person's, and the only colour relayed is a hex
 * colour, since clients put it into style attributes.
 * @internal Owned by `Room`.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { formatBytes, type Limits } from '../limits.js';
import { CLOSE } from './close-codes.js';
import type { Connection } from './connection.js';
import { decodeAwarenessUpdate, encodeAwarenessUpdate as encodeAwarenessEntries, encodeAwareness } from './protocol.js';
import type { SyncHooks } from './sync-hooks-contract.js';
import { serverLiveErrors } from '../../shared/i18n/messages/server-errors-live.js';
import { localized } from '../../shared/i18n/localized.js';

/** What presence needs of its room: the limits on presence updates, and the hooks told when one is exceeded or presence changed. */
export interface PresenceOptions {
  hooks: Pick<SyncHooks, 'onLimitExceeded' | 'onPresence'>;
  limits: Pick<Limits, 'maxAwarenessBytes' | 'awarenessPerSecond' | 'awarenessBytesPerSecond'>;
}

/** A connection may speak for at most this many awareness client ids (a Y.Doc changes its id only on a rare clash). */
const MAX_AWARENESS_IDS_PER_CONNECTION = 8;

/** The origin of presence passed in from another instance: relayed to this room's connections, never reported back out. */
const REMOTE = Symbol('remote presence');

/** The origin y-protocols gives the removal of states that stopped renewing (each instance expires them on its own). */
const EXPIRED = 'timeout';

/** @internal The presence of one room's connections. */
export class Presence {
  private readonly awareness: awarenessProtocol.Awareness;
  /** Which connection introduced each awareness client id: only it may change or remove that presence. */
  private readonly owner = new Map<number, Connection>();

  constructor(
    private readonly docId: string,
    doc: Y.Doc,
    private readonly connections: ReadonlySet<Connection>,
    private readonly opts: PresenceOptions,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    // The server has no presence of its own.
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onUpdate);
  }

  /** Sends everyone's presence to one connection (as it joins, or asks). */
  sendAllTo(conn: Connection): void {
    const states = this.awareness.getStates();
    if (states.size > 0) conn.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...states.keys()])));
  }

  /** Removes the presence a leaving connection spoke for. */
  release(conn: Connection): void {
    const ids = [...conn.awarenessIds].filter((id) => this.owner.get(id) === conn);
    for (const id of ids) this.owner.delete(id);
    if (ids.length) awarenessProtocol.removeAwarenessStates(this.awareness, ids, null);
  }

  /** Applies a connection's presence update within its budgets (closing it past them) and relays it to the others. */
  receive(conn: Connection, update: Uint8Array): void {
    const { limits } = this.opts;
    if (update.byteLength > limits.maxAwarenessBytes) {
      this.opts.hooks.onLimitExceeded?.({ connection: conn.info, limit: 'awareness-size', detail: `${update.byteLength} bytes` });
      conn.close(CLOSE.TOO_LARGE, localized(serverLiveErrors, 'close.presenceTooLarge', { bytes: String(update.byteLength), max: String(limits.maxAwarenessBytes) }));
      return;
    }
    // Every presence update is sent on to everyone else in the room, so a flood costs its size times the readers.
    if (!conn.awarenessBudget.updates.take() || !conn.awarenessBudget.bytes.take(update.byteLength)) {
      const detail = `more than ${limits.awarenessPerSecond} presence updates or ${formatBytes(limits.awarenessBytesPerSecond)} per second`;
      this.opts.hooks.onLimitExceeded?.({ connection: conn.info, limit: 'awareness-rate', detail });
      conn.close(CLOSE.RATE_LIMITED, localized(serverLiveErrors, 'close.presenceTooMany', { rate: String(limits.awarenessPerSecond), size: formatBytes(limits.awarenessBytesPerSecond) }));
      return;
    }
    // Clients echo the presence of others (the y-websocket client rebroadcasts every awareness change it
    // applies), so entries for client ids this connection does not speak for are dropped, not refused:
    // that keeps echoes harmless and stops one client from changing or removing another's presence.
    const entries = decodeAwarenessUpdate(update);
    const kept = entries.filter((entry) => {
      const owner = this.owner.get(entry.clientId);
      if (owner) return owner === conn;
      const known = this.awareness.meta.get(entry.clientId);
      if (known && known.clock >= entry.clock) return false;
      if (conn.awarenessIds.size >= MAX_AWARENESS_IDS_PER_CONNECTION) return false;
      conn.awarenessIds.add(entry.clientId);
      this.owner.set(entry.clientId, conn);
      return true;
    });
    if (!kept.length) return;
    // Presence shows the login, whatever the client claims: the name is rewritten, not refused, so a client
    // with another display name still shows up (as who it is).
    awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(kept.map((e) => ({ ...e, state: asLoggedIn(e.state, conn) }))), conn);
  }

  /**
   * Applies presence another instance relayed (its own connections' states, already checked there) and relays it to
   * this room's connections. States a connection of this room speaks for are left alone, whatever the other says.
   */
  receiveRemote(update: Uint8Array): void {
    const entries = decodeAwarenessUpdate(update).filter((entry) => !this.owner.has(entry.clientId));
    if (entries.length) awarenessProtocol.applyAwarenessUpdate(this.awareness, encodeAwarenessEntries(entries), REMOTE);
  }

  /** The presence this room's own connections speak for, as one awareness update (for an instance that just opened the room), or undefined when there is none. */
  ownStates(): Uint8Array | undefined {
    const ids = [...this.owner.keys()].filter((id) => this.awareness.getStates().has(id));
    return ids.length ? awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids) : undefined;
  }

  /** Stops relaying and frees the awareness. */
  destroy(): void {
    this.awareness.off('update', this.onUpdate);
    this.awareness.destroy();
  }

  private readonly onUpdate = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown): void => {
    const changed = added.concat(updated, removed);
    if (!changed.length) return;
    const update = awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed);
    const frame = encodeAwareness(update);
    for (const c of this.connections) if (c !== origin) c.send(frame);
    // Other instances hear what this room's connections said (and their leaving), not what came from them or expired here.
    if (origin !== REMOTE && origin !== EXPIRED) this.opts.hooks.onPresence?.({ docId: this.docId, update });
  };
}

/** The only colour relayed: clients put it into style attributes, so anything else (`red;background:url(…)`) would let one person restyle or load images in everyone's editor. */
const CSS_HEX_COLOR = /^#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$/;

/**
 * A presence state as the server relays it: its `user` is the authenticated person (full name and username),
 * keeping only the colour the client chose when it is a hex colour; everything else (cursor, focused field) is the client's. A removal
 * (null) stays a removal.
 */
function asLoggedIn(state: unknown, conn: Connection): unknown {
  if (state === null || typeof state !== 'object' || Array.isArray(state)) return state;
  const claimed = (state as { user?: unknown }).user;
  const color = claimed && typeof claimed === 'object' ? (claimed as { color?: unknown }).color : undefined;
  const { name, username } = conn.info.user;
  return { ...state, user: { name, username, ...(typeof color === 'string' && CSS_HEX_COLOR.test(color) ? { color } : {}) } };
}
