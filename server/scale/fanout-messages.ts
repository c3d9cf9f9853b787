/**
 * What instances of the server tell each other through Redis pub/sub
 * (several instances, issue 17). Each document has its own channel
 * (`poc:doc:<id>`); access changes go on one control channel (`poc:control`).
 *
 * A document message is binary, written with lib0 as the sync protocol is:
 *
 *   varUint  version (1)
 *   varUint  kind: 1 update, 2 presence, 3 hello
 *   varString the sending instance's id (an instance ignores its own messages)
 *   update:   varUint seq, varUint prevSeq (where the store put it: storage.ts `AppendedUpdate`), varUint8Array the Yjs update
 *   presence: varUint8Array a y-protocols awareness update of the sender's own connections
 *   hello:    nothing more; asks the instances holding the document for their connections' presence
 *
 * A message of another version or an unknown kind throws, so an instance
 * never applies what it does not understand (a newer instance beside it).
 * Control messages are JSON: `{ "from": id, "kind": "access-changed" }`.
 * On Redis, both travel sealed with the deployment's key for their channel
 * (fanout-key.ts); redis-fanout.ts seals and opens them.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

const VERSION = 1;
const UPDATE = 1;
const PRESENCE = 2;
const HELLO = 3;

/** The prefix of every key and channel the server uses in Redis. */
export const REDIS_PREFIX = 'poc:';

/** The pattern that matches every document's channel. */
export const DOC_CHANNEL_PATTERN = `${REDIS_PREFIX}doc:*`;

/** The control channel: access changed somewhere, re-check every live connection. */
export const CONTROL_CHANNEL = `${REDIS_PREFIX}control`;

/** The channel of one document. */
export function docChannel(docId: string): string {
  return `${REDIS_PREFIX}doc:${docId}`;
}

/** The document a channel belongs to, or undefined for another channel. */
export function docOfChannel(channel: string): string | undefined {
  const head = `${REDIS_PREFIX}doc:`;
  return channel.startsWith(head) ? channel.slice(head.length) : undefined;
}

/** A message on a document's channel. */
export type DocMessage =
  | { kind: 'update'; from: string; seq: number; prevSeq: number; update: Uint8Array }
  | { kind: 'presence'; from: string; update: Uint8Array }
  | { kind: 'hello'; from: string };

/** A message on the control channel. */
export interface ControlMessage {
  from: string;
  kind: 'access-changed';
}

/** Encodes a document message. */
export function encodeDocMessage(m: DocMessage): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, VERSION);
  encoding.writeVarUint(e, m.kind === 'update' ? UPDATE : m.kind === 'presence' ? PRESENCE : HELLO);
  encoding.writeVarString(e, m.from);
  if (m.kind === 'update') {
    encoding.writeVarUint(e, m.seq);
    encoding.writeVarUint(e, m.prevSeq);
  }
  if (m.kind !== 'hello') encoding.writeVarUint8Array(e, m.update);
  return encoding.toUint8Array(e);
}

/** Decodes a document message; throws on another version or an unknown kind. */
export function decodeDocMessage(bytes: Uint8Array): DocMessage {
  const d = decoding.createDecoder(bytes);
  const version = decoding.readVarUint(d);
  if (version !== VERSION) throw new Error(`a fan-out message of version ${version}, this instance reads ${VERSION}: run one version of the server on every instance`);
  const kind = decoding.readVarUint(d);
  const from = decoding.readVarString(d);
  switch (kind) {
    case UPDATE: {
      const seq = decoding.readVarUint(d);
      const prevSeq = decoding.readVarUint(d);
      return { kind: 'update', from, seq, prevSeq, update: decoding.readVarUint8Array(d) };
    }
    case PRESENCE:
      return { kind: 'presence', from, update: decoding.readVarUint8Array(d) };
    case HELLO:
      return { kind: 'hello', from };
    default:
      throw new Error(`a fan-out message of unknown kind ${kind}`);
  }
}

/** Encodes a control message. */
export function encodeControlMessage(m: ControlMessage): string {
  return JSON.stringify(m);
}

/** Decodes a control message; throws when it is not one. */
export function decodeControlMessage(text: string): ControlMessage {
  const m = JSON.parse(text) as Partial<ControlMessage>;
  if (typeof m.from !== 'string' || m.kind !== 'access-changed') throw new Error(`not a control message: ${text.slice(0, 80)}`);
  return { from: m.from, kind: m.kind };
}
