/**
 * Hostile frames: random bytes, and real y-protocols frames (sync step 1,
 * step 2, update, awareness, query, auth) mutated by bit flips, truncation,
 * junk tails, type swaps and corrupted lengths, sent by an authenticated
 * editor to one room of a real server on 127.0.0.1. The server must keep
 * serving (no crash, a well-behaved client still syncs) and the stored
 * documents of every other room must stay exactly as they were.
 */
import fc from 'fast-check';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { TemplateSet } from '../../shared/template/set.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { largeDocModel } from '../support/generate.js';
import { connectClient, rawClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';

const OTHER_ROOMS = ['other-threats', 'other-strategy'];
const FUZZ_ROOM = 'fuzz-target';

let ts: TestServer;
let token: string;
/** What each other room's stored content was before the fuzzing. */
const before = new Map<string, string>();

/** The content of the document the store holds for `docId`, as one comparable string. */
async function storedContent(docId: string): Promise<string> {
  const doc = new Y.Doc();
  for (const u of await ts.server.storage.loadUpdates(docId)) Y.applyUpdate(doc, u);
  const sv = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
  return JSON.stringify({ sv, body: doc.getXmlFragment('body').toJSON(), meta: doc.getMap('meta').toJSON(), fields: doc.getMap('fields').toJSON() });
}

function frame(write: (e: encoding.Encoder) => void): Uint8Array {
  const e = encoding.createEncoder();
  write(e);
  return encoding.toUint8Array(e);
}

/** The inner payloads of the valid frames (Yjs updates, awareness updates), for mutations inside a well-formed envelope. */
const PAYLOADS: Array<{ kind: 'update' | 'awareness'; bytes: Uint8Array }> = [];

/** Well-formed frames of every message type the y-websocket protocol knows, with realistic payloads. */
function validFrames(): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  writeModel(doc, largeDocModel(TemplateSet.builtin().get('threat-matrix'), { blocks: 2, words: 30, id: 'fuzz' }));
  doc.getMap('signoffs').set('forged', { id: 'forged' });
  doc.getXmlFragment('body').insert(0, [new Y.XmlText('loose text')]);
  const awareness = new awarenessProtocol.Awareness(doc);
  awareness.setLocalState({ user: { name: 'Fuzz', color: '#f00' }, cursor: { anchor: 3 } });
  PAYLOADS.push(...updates.map((u) => ({ kind: 'update' as const, bytes: u })), { kind: 'awareness', bytes: awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]) });
  return [
    frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep1(e, doc))),
    frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeSyncStep2(e, doc))),
    ...updates.map((u) => frame((e) => (encoding.writeVarUint(e, 0), syncProtocol.writeUpdate(e, u)))),
    frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID])))),
    frame((e) => encoding.writeVarUint(e, 3)),
    frame((e) => (encoding.writeVarUint(e, 2), encoding.writeVarUint(e, 0), encoding.writeVarString(e, 'let me in'))),
  ];
}

const VALID = validFrames();

/**
 * A well-formed frame whose payload is a mutated Yjs or awareness update: it passes the protocol layer, so the
 * server has to cope with the damaged update itself.
 */
const damagedPayload: fc.Arbitrary<Uint8Array> = fc
  .record({ base: fc.nat(), at: fc.nat(), bits: fc.integer({ min: 1, max: 255 }), cut: fc.boolean(), junk: fc.uint8Array({ maxLength: 16 }), syncType: fc.constantFrom(1, 2) })
  .map(({ base, at, bits, cut, junk, syncType }) => {
    const p = PAYLOADS[base % PAYLOADS.length];
    let bytes = new Uint8Array(p.bytes);
    const i = bytes.length ? at % bytes.length : 0;
    if (cut) bytes = bytes.slice(0, i);
    else if (bytes.length) bytes[i] ^= bits;
    bytes = Uint8Array.from([...bytes, ...junk]);
    return p.kind === 'update'
      ? frame((e) => (encoding.writeVarUint(e, 0), encoding.writeVarUint(e, syncType), encoding.writeVarUint8Array(e, bytes)))
      : frame((e) => (encoding.writeVarUint(e, 1), encoding.writeVarUint8Array(e, bytes)));
  });

/** A frame: random bytes, a valid frame mutated in one of several ways, or a valid envelope around a damaged update. */
const hostileFrame: fc.Arbitrary<Uint8Array> = fc.oneof(
  fc.uint8Array({ maxLength: 96 }),
  damagedPayload,
  damagedPayload,
  fc
    .record({
      base: fc.nat(VALID.length - 1),
      how: fc.constantFrom('flip', 'truncate', 'junk', 'type', 'length', 'as-is'),
      at: fc.nat(),
      bits: fc.integer({ min: 1, max: 255 }),
      junk: fc.uint8Array({ minLength: 1, maxLength: 32 }),
    })
    .map(({ base, how, at, bits, junk }) => {
      const f = new Uint8Array(VALID[base]);
      const i = f.length ? at % f.length : 0;
      switch (how) {
        case 'flip':
          if (f.length) f[i] ^= bits;
          return f;
        case 'truncate':
          return f.slice(0, i);
        case 'junk':
          return Uint8Array.from([...f, ...junk]);
        case 'type':
          f[0] = bits % 8;
          return f;
        case 'length':
          // The payload length varint (after type and sync type) claims far more, or less, than there is.
          if (f.length > 2) f[2] = bits;
          return f;
        default:
          return f;
      }
    }),
);

beforeAll(async () => {
  ts = await startTestServer();
  token = await ts.addUser('fuzzer', { grants: { '*': 'editor' } });
  for (const id of [FUZZ_ROOM, 'fuzz-valid', ...OTHER_ROOMS]) await ts.createDoc(id);
  for (const [i, room] of OTHER_ROOMS.entries()) {
    const doc = new Y.Doc();
    writeModel(doc, largeDocModel(TemplateSet.builtin().get(i === 0 ? 'threat-matrix' : 'strategy'), { blocks: 4, words: 300, id: room }));
    const c = connectClient(ts.url, room, token, { doc });
    await c.synced();
    const want = Buffer.from(Y.encodeStateVector(doc)).toString('base64');
    await waitFor(async () => JSON.parse(await storedContent(room)).sv === want, `${room} to be stored`);
    c.destroy();
    before.set(room, await storedContent(room));
  }
});

afterAll(async () => {
  await ts?.stop();
});

/** Opens an editor's raw connection to a room (the fuzzed one by default); resolves once it is open or was refused. */
async function open(room = FUZZ_ROOM): Promise<{ raw: ReturnType<typeof rawClient>; isClosed: () => boolean }> {
  const raw = rawClient(ts.url, `/${room}?token=${token}`);
  let closed = false;
  void raw.closed.then(() => (closed = true));
  await Promise.race([raw.opened, raw.closed]);
  return { raw, isClosed: () => closed || raw.ws.readyState !== raw.ws.OPEN };
}

/**
 * Sends the frames in order. When the server closes a connection over a bad frame, the next frame goes on a new
 * connection, so every frame reaches the server. Ends with a well-formed sync step 1 as a probe and resolves once
 * it is answered or the connection was closed.
 */
async function sendAll(frames: readonly Uint8Array[], room = FUZZ_ROOM): Promise<void> {
  let conn = await open(room);
  for (const f of frames) {
    if (conn.isClosed()) {
      conn.raw.ws.terminate();
      conn = await open(room);
    }
    if (!conn.isClosed()) conn.raw.send(f);
  }
  if (!conn.isClosed()) {
    const seen = conn.raw.messages.length;
    conn.raw.send(VALID[0]);
    await waitFor(() => conn.isClosed() || conn.raw.messages.length > seen, 'the server to answer the probe or close the connection');
  }
  conn.raw.ws.terminate();
  await conn.raw.closed;
}

describe('hostile protocol frames', () => {
  it('never stop the server from serving a well-behaved client', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileFrame, { minLength: 1, maxLength: 8 }), async (frames) => {
        await sendAll(frames);
        const health = await ts.api('/healthz');
        expect(health.status).toBe(200);
        const c = connectClient(ts.url, OTHER_ROOMS[0], token);
        try {
          await c.synced();
          expect(c.doc.getXmlFragment('body').length).toBeGreaterThan(0);
        } finally {
          c.destroy();
        }
      }),
      { numRuns: 50 },
    );
  });

  it('never change the stored documents of other rooms', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(hostileFrame, { minLength: 1, maxLength: 8 }), async (frames) => {
        await sendAll(frames);
        for (const room of OTHER_ROOMS) expect(await storedContent(room)).toBe(before.get(room));
      }),
      { numRuns: 50 },
    );
  });

  it('start from frames a live editor connection accepts, so the mutations are tested past the login', async () => {
    // The document's first update, alone, in a room of its own: in the fuzzed room a damaged copy of it (same Yjs
    // client and clocks) may have been stored first, and among the valid frames the forged sign-off and the auth
    // message make the server close the connection, racing with the frames sent after them.
    const room = 'fuzz-valid';
    await sendAll([VALID[0], VALID[2]], room);
    await waitFor(async () => {
      const doc = new Y.Doc();
      for (const u of await ts.server.storage.loadUpdates(room)) Y.applyUpdate(doc, u);
      return doc.getMap('meta').get('id') === 'fuzz';
    }, 'the well-formed update to be stored');
  });
});
