/**
 * The y-websocket wire protocol, as the unmodified `y-websocket` client
 * speaks it: every frame is one binary message
 *
 *   [messageType: varUint][payload]
 *
 * with no document name inside (the room is the URL path).
 *
 *   0 sync       payload = [syncType: varUint][varUint8Array]
 *                  syncType 0 step 1 (state vector: "send me what I miss")
 *                  syncType 1 step 2 (an update answering a step 1)
 *                  syncType 2 update (an incremental update)
 *   1 awareness  payload = [varUint8Array awareness update]
 *   2 auth       payload = [0 permission denied][varString reason]
 *                  (server to client only: a write was refused; the
 *                  reason is worded for the person, and the client stays
 *                  connected unless a close frame follows)
 *   3 query awareness (no payload): "send me every awareness state"
 *
 * Handshake (client/server): the client opens with sync step 1 and its own
 * awareness; the server answers step 1 with step 2 and sends its own step 1
 * and the room's awareness; the client answers with step 2.
 *
 * This module only encodes and decodes; it never touches a Y.Doc, so the
 * room decides what to do with each message (check, store, apply).
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

/** The only auth message: permission denied. */
export const AUTH_PERMISSION_DENIED = 0;

export const SYNC_STEP1 = 0;
export const SYNC_STEP2 = 1;
export const SYNC_UPDATE = 2;

/** A decoded client message. */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** A frame that is not a valid y-websocket message; the connection that sent it is closed. */
export class ProtocolError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtocolError';
  }
}

/**
 * Decodes one client frame. Throws a ProtocolError on an unknown message
 * type, a truncated payload or trailing bytes, and on auth messages, which
 * only a server sends.
 */
export function decodeMessage(frame: Uint8Array): ClientMessage {
  try {
    // A copy with its own buffer: lib0 reads payloads as views, which must not reach past the frame.
    const d = decoding.createDecoder(new Uint8Array(frame));
    const type = decoding.readVarUint(d);
    let msg: ClientMessage;
    switch (type) {
      case MESSAGE_SYNC: {
        const syncType = decoding.readVarUint(d);
        const payload = readPayload(d);
        if (syncType === SYNC_STEP1) msg = { type: 'sync-step1', stateVector: payload };
        else if (syncType === SYNC_STEP2) msg = { type: 'sync-step2', update: payload };
        else if (syncType === SYNC_UPDATE) msg = { type: 'sync-update', update: payload };
        else throw new ProtocolError(`unknown sync message type ${syncType}`);
        break;
      }
      case MESSAGE_AWARENESS:
        msg = { type: 'awareness', update: readPayload(d) };
        break;
      case MESSAGE_QUERY_AWARENESS:
        msg = { type: 'query-awareness' };
        break;
      default:
        throw new ProtocolError(`unknown message type ${type}`);
    }
    if (decoding.hasContent(d)) throw new ProtocolError('trailing bytes after the message');
    return msg;
  } catch (e) {
    if (e instanceof ProtocolError) throw e;
    throw new ProtocolError(`truncated or malformed message (${(e as Error).message})`);
  }
}

/** Reads a length-prefixed byte array, refusing a length that runs past the end of the frame. */
function readPayload(d: decoding.Decoder): Uint8Array {
  const len = decoding.readVarUint(d);
  if (len > d.arr.length - d.pos) throw new ProtocolError(`a payload claims ${len} bytes but only ${d.arr.length - d.pos} follow`);
  return decoding.readUint8Array(d, len);
}

/** A sync step 1 frame carrying a state vector. */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  return encodeSync(SYNC_STEP1, stateVector);
}

/** A sync step 2 frame carrying an update. */
export function encodeSyncStep2(update: Uint8Array): Uint8Array {
  return encodeSync(SYNC_STEP2, update);
}

/** A sync update frame. */
export function encodeSyncUpdate(update: Uint8Array): Uint8Array {
  return encodeSync(SYNC_UPDATE, update);
}

function encodeSync(syncType: number, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_SYNC);
  encoding.writeVarUint(e, syncType);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A permission-denied frame: the unmodified y-websocket client reads it (and by default only logs it); ours show `reason` to the person. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AUTH);
  encoding.writeVarUint(e, AUTH_PERMISSION_DENIED);
  encoding.writeVarString(e, reason);
  return encoding.toUint8Array(e);
}

/** An awareness frame. */
export function encodeAwareness(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** One entry of an awareness update: a client's state (null when it left). */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: unknown;
}

/** Decodes an awareness update; throws a ProtocolError if it is malformed (bad JSON included). */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const d = decoding.createDecoder(new Uint8Array(update));
    const n = decoding.readVarUint(d);
    const out: AwarenessEntry[] = [];
    for (let i = 0; i < n; i++) {
      const clientId = decoding.readVarUint(d);
      const clock = decoding.readVarUint(d);
      const state: unknown = JSON.parse(decoding.readVarString(d));
      out.push({ clientId, clock, state });
    }
    if (decoding.hasContent(d)) throw new ProtocolError('trailing bytes after the awareness update');
    return out;
  } catch (e) {
    if (e instanceof ProtocolError) throw e;
    throw new ProtocolError(`malformed awareness update (${(e as Error).message})`);
  }
}

/** Encodes awareness entries as an awareness update (the inverse of `decodeAwarenessUpdate`). */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const x of entries) {
    encoding.writeVarUint(e, x.clientId);
    encoding.writeVarUint(e, x.clock);
    encoding.writeVarString(e, JSON.stringify(x.state));
  }
  return encoding.toUint8Array(e);
}
