/**
 * An in-memory y-websocket network for property tests: one relay document
 * (the server) and N clients, speaking the real y-protocols sync messages
 * through queues that the test drains one message at a time, in any order
 * it likes. A disconnected client keeps editing locally; its in-flight
 * messages in both directions are lost, as on a dropped socket, and
 * reconnecting replays the y-websocket handshake (sync step 1 both ways).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

const MESSAGE_SYNC = 0;

/** Which way a message travels. */
export type Direction = 'up' | 'down';

interface Peer {
  doc: Y.Doc;
  online: boolean;
  /** Messages from this client to the server. */
  up: Uint8Array[];
  /** Messages from the server to this client. */
  down: Uint8Array[];
}

const REMOTE = Symbol('remote');

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  write(e);
  return encoding.toUint8Array(e);
}

/** A relay and its clients; every client starts from `initial` (a Yjs update) and online. */
export class Network {
  readonly server = new Y.Doc();
  readonly peers: Peer[];

  constructor(clients: number, initial: Uint8Array) {
    Y.applyUpdate(this.server, initial);
    this.peers = Array.from({ length: clients }, () => {
      const doc = new Y.Doc();
      Y.applyUpdate(doc, initial, REMOTE);
      return { doc, online: true, up: [], down: [] };
    });
    this.peers.forEach((p) => {
      // A local edit goes to the server at once if the socket is open, else it waits for the next handshake.
      p.doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE && p.online) p.up.push(frame((e) => syncProtocol.writeUpdate(e, update)));
      });
    });
    // The server relays every update it integrates to every connected client (the sender included, as y-websocket does).
    this.server.on('update', (update: Uint8Array) => {
      const msg = frame((e) => syncProtocol.writeUpdate(e, update));
      for (const p of this.peers) if (p.online) p.down.push(msg);
    });
  }

  /** The client documents. */
  get docs(): Y.Doc[] {
    return this.peers.map((p) => p.doc);
  }

  /** Delivers the oldest message queued in one direction for client `i`; returns whether there was one. */
  deliver(i: number, dir: Direction): boolean {
    const p = this.peers[i];
    const msg = (dir === 'up' ? p.up : p.down).shift();
    if (!msg) return false;
    const d = decoding.createDecoder(msg);
    decoding.readVarUint(d);
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MESSAGE_SYNC);
    if (dir === 'up') {
      syncProtocol.readSyncMessage(d, reply, this.server, i);
      if (encoding.length(reply) > 1) p.down.push(encoding.toUint8Array(reply));
    } else {
      syncProtocol.readSyncMessage(d, reply, p.doc, REMOTE);
      if (encoding.length(reply) > 1) p.up.push(encoding.toUint8Array(reply));
    }
    return true;
  }

  /** Drops client `i`'s connection: queued messages both ways are lost. */
  disconnect(i: number): void {
    const p = this.peers[i];
    p.online = false;
    p.up.length = 0;
    p.down.length = 0;
  }

  /** Reconnects client `i` (if offline) with the y-websocket handshake: each side sends its state vector. */
  reconnect(i: number): void {
    const p = this.peers[i];
    if (p.online) return;
    p.online = true;
    p.up.push(frame((e) => syncProtocol.writeSyncStep1(e, p.doc)));
    p.down.push(frame((e) => syncProtocol.writeSyncStep1(e, this.server)));
  }

  /** Reconnects everyone and delivers every message until all queues are empty (bounded). */
  settle(maxMessages = 100_000): void {
    this.peers.forEach((_, i) => this.reconnect(i));
    for (let n = 0; n < maxMessages; n++) {
      let moved = false;
      for (let i = 0; i < this.peers.length; i++) moved = this.deliver(i, 'up') || this.deliver(i, 'down') || moved;
      if (!moved) return;
    }
    throw new Error(`the network did not settle within ${maxMessages} messages`);
  }
}
