/**
 * The contract between the sync core and the rest of the server. The core
 * knows rooms, connections and the wire protocol; whatever concerns people,
 * storage or signing comes in through these hooks (as Hocuspocus's
 * extensions do). A hook that throws refuses: `onAuthenticate` throwing a
 * `Deny` closes the connection with its code and reason before any document
 * content is sent.
 */
import type { Locale } from '../../shared/i18n/locale.js';
import type { IncomingMessage } from 'node:http';
import type * as Y from 'yjs';
import type { AccessLevel } from '../../shared/access-levels.js';

/**
 * What a connection may do with its document. Viewers read; editors and owners write; commenters write only the
 * roots the server's options allow them (`SyncServerOptions.limitedWriters`).
 */
export type Access = AccessLevel;

/** Whether an access level may change the document at all (some levels only in the roots the options allow). */
export function canWrite(access: Access): boolean {
  return access !== 'viewer';
}

/** Who is connected, as the authentication hook established it. */
export interface ConnectionUser {
  username: string;
  name: string;
  /** Opaque id of the credential used (e.g. a token hash), so the server can find connections when it is revoked. */
  credential?: string;
  /** When the credential stops holding by the clock alone (ISO; a token's expiry, a web session's end), if ever: the server closes the connection at its next check. */
  credentialExpiresAt?: string;
}

/** A live connection, as hooks see it. `access` may change while connected (a grant changed). */
export interface ConnectionInfo {
  readonly id: number;
  readonly docId: string;
  readonly user: ConnectionUser;
  readonly access: Access;
  readonly remoteAddress: string;
  readonly connectedAt: Date;
  /** The language its person reads (from the upgrade request's Accept-Language): refusals and close reasons on it are worded in it. */
  readonly locale: Locale;
}

/** Where a change to a document came from (a tagged union, so hooks can tell them apart). */
export type Origin =
  /** A client's update, received on a connection. */
  | { source: 'connection'; connection: ConnectionInfo }
  /** A change the server itself made (a server-written change, e.g. to a protected area), through `SyncServer.change`. */
  | { source: 'local'; reason: string }
  /** Stored state applied while loading the document. */
  | { source: 'load' }
  /**
   * An update another instance of the server already stored and applied, passed in through `SyncServer.applyRemote`
   * (several instances, server/scale/): applied and broadcast here, never stored again. `from` names that instance.
   */
  | { source: 'remote'; from: string };

/**
 * Where the store put an update (several instances: passed on to `onChange`, so the update can be told to other
 * instances with the position a late one catches up from). The core only carries it.
 */
export interface StoreReceipt {
  /** The update's position in the store (0: none). */
  seq: number;
  /** The position of the document's update just before it (0: none), so a reader that saw that one knows it missed nothing. */
  prevSeq: number;
}

/** Refusal from a hook: the connection is closed with this code and reason. */
export class Deny extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'Deny';
  }
}

/** Why an incoming update was refused. */
export type RejectionReason =
  /** The connection is read-only. */
  | 'read-only'
  /** It touches a protected area (a root type only the server writes). */
  | 'protected'
  /** It depends on content the server does not have. */
  | 'out-of-sync'
  /** It is not a decodable Yjs update. */
  | 'malformed';

export interface SyncHooks {
  /**
   * Decides who connects and with what access. Throw `Deny` to refuse (e.g.
   * 4401 for a bad token, 4403 for no access). Runs before the WebSocket
   * handshake completes, so a refused client never sees document content.
   */
  onAuthenticate(p: { docId: string; token: string | null; request: IncomingMessage }): Promise<{ user: ConnectionUser; access: Access }>;
  /**
   * Fills a freshly created Y.Doc with the stored state (apply updates with the given origin). `stored`, when
   * given, is what `onReadDocument` returned: apply exactly that rather than reading the store again.
   */
  onLoadDocument(p: { docId: string; doc: Y.Doc; origin: Origin; stored?: readonly Uint8Array[] }): Promise<void>;
  /**
   * Optional: returns the stored updates of a document without building anything. With it, the first clients
   * are answered from these bytes at once and the Y.Doc is built afterwards (through `onLoadDocument` with
   * `stored`); without it, `onLoadDocument` runs before any client is answered.
   */
  onReadDocument?(p: { docId: string }): Promise<readonly Uint8Array[]>;
  /**
   * Durably stores one update. Called before the update is applied or
   * broadcast; if it throws, the update is dropped and the sender is
   * disconnected (its client still holds the edit and resends it). It may
   * say where the store put it (`receipt`, handed on to `onChange`).
   */
  onStoreUpdate(p: { docId: string; update: Uint8Array; origin: Origin }): Promise<StoreReceipt | void>;
  /**
   * Called after an update was applied and broadcast (for caches, metrics, other instances). `receipt` is what
   * `onStoreUpdate` returned for it; a remote update (`origin.source` "remote") has none. Must not throw.
   */
  onChange?(p: { docId: string; doc: Y.Doc; update: Uint8Array; origin: Origin; receipt?: StoreReceipt }): void;
  /**
   * Optional: the presence of this room's own connections changed (a y-protocols awareness update: added, changed or
   * removed states), for other instances to relay. Changes passed in through `SyncServer.applyRemotePresence`, and
   * the expiry of silent remote states, are not reported. Must not throw.
   */
  onPresence?(p: { docId: string; update: Uint8Array }): void;
  /** A connection was accepted and joined its room. */
  onConnect?(p: { connection: ConnectionInfo }): void;
  /** A connection ended. `rejectedWrites` counts updates refused on it. */
  onDisconnect?(p: { connection: ConnectionInfo; code: number; reason: string; rejectedWrites: number }): void;
  /** An update was refused (the first of each kind per connection, to keep logs readable). */
  onRejectedWrite?(p: { connection: ConnectionInfo; reason: RejectionReason; detail: string; bytes: number }): void;
  /** A connection went past a limit and is being closed. */
  onLimitExceeded?(p: { connection: ConnectionInfo; limit: string; detail: string }): void;
  /**
   * Optional: bytes of the document's stored state now, for the document-size cap (`Limits.maxDocBytes`). The
   * room counts what it stores; this is asked when a load starts empty-handed and before refusing an update at
   * the cap (the store may have compacted since). Without it, the room's own count decides.
   */
  onMeasureDocument?(p: { docId: string }): Promise<number>;
  /** A document is about to be unloaded from memory; throwing keeps it loaded (retried later). */
  onUnloadDocument?(p: { docId: string; doc: Y.Doc; dirty: boolean }): Promise<void>;
}
