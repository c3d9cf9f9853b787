// Red team, issue 13 (the web workspace): attacks played against the real server on loopback.
import * as encoding from 'lib0/encoding';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { docFromStored } from '../../server/docs/stored.js';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { connectClient, startTestServer, type TestServer, waitFor } from '../support/test-server.js';

/** A state vector from a map (Y.encodeStateVector only takes a doc). */
function stateVector(sv: Map<number, number>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, sv.size);
  for (const [client, clock] of sv) {
    encoding.writeVarUint(e, client);
    encoding.writeVarUint(e, clock);
  }
  return encoding.toUint8Array(e);
}

describe('a commenter writing outside the comments', () => {
  let t: TestServer;
  let editor: string;
  let commenter: string;

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { grants: { plan: 'editor' } });
    commenter = await t.addUser('co', { grants: { plan: 'commenter' } });
  });
  afterAll(() => t.stop());

  const stored = async (docId: string) => docFromStored(await t.server.storage.loadUpdates(docId), pino({ level: 'silent' }), docId);
  const rejected = async (docId: string) => (await t.server.storage.queryAudit({ kind: 'write-rejected', docId })).length;

  it("cannot write the body by sending a struct under the editor's client id that overlaps what the server knows, with an origin in the comments", async () => {
    const e = connectClient(t.url, 'plan', editor);
    const c = connectClient(t.url, 'plan', commenter);
    await Promise.all([e.synced(), c.synced()]);
    // The editor writes a paragraph "hello".
    const p = new Y.XmlElement('paragraph');
    const xt = new Y.XmlText();
    p.insert(0, [xt]);
    e.doc.getXmlFragment('body').insert(0, [p]);
    xt.insert(0, 'hello');
    await waitFor(() => c.doc.getXmlFragment('body').toString() === '<paragraph>hello</paragraph>', 'the commenter to see the paragraph');
    // The commenter writes, legitimately, a text in the comments root.
    const own = new Y.Text();
    c.doc.getMap('comments').set('t', own);
    own.insert(0, 'c');
    await waitFor(() => e.doc.getMap('comments').has('t'), "the editor to receive the commenter's text");

    // The forgery: a struct of the editor's client id starting at its last known clock (its "o"), two long, whose
    // origin is the commenter's text in the comments. The guard judges it by that origin (comments: allowed); Yjs
    // skips the known part and links the rest right after the editor's "o", in the body.
    const A = e.doc.clientID;
    const stateA = Y.getState(c.doc.store, A);
    const g = new Y.Doc();
    Y.applyUpdate(g, Y.encodeStateAsUpdate(c.doc, stateVector(new Map([[A, stateA]]))));
    g.clientID = A;
    g.getText('scratch').insert(0, 'x'.repeat(stateA - 1));
    const gt = g.getMap('comments').get('t') as Y.Text;
    gt.insert(gt.length, 'oX');
    const sv = new Map(Y.decodeStateVector(Y.encodeStateVector(c.doc)));
    sv.set(A, stateA - 1);
    const forged = Y.encodeStateAsUpdate(g, stateVector(sv));
    const before = await rejected('plan');
    const msg = encoding.createEncoder();
    encoding.writeVarUint(msg, 0); // messageSync
    syncProtocol.writeUpdate(msg, forged);
    (c.provider.ws as WebSocket).send(encoding.toUint8Array(msg));

    await waitFor(
      async () => e.doc.getXmlFragment('body').toString() !== '<paragraph>hello</paragraph>' || (await rejected('plan')) > before,
      'the forged update to be applied or refused',
    );
    expect(e.doc.getXmlFragment('body').toString()).toBe('<paragraph>hello</paragraph>');
    expect((await stored('plan')).getXmlFragment('body').toString()).toBe('<paragraph>hello</paragraph>');
    for (const x of [e, c]) x.destroy();
  });
});

describe('a commenter filling the document', () => {
  let t: TestServer;
  let editor: string;
  let commenter: string;

  beforeAll(async () => {
    t = await startTestServer({ limits: { ...DEFAULT_LIMITS, maxDocBytes: 64 * 1024 } });
    editor = await t.addUser('ed', { grants: { plan: 'editor' } });
    commenter = await t.addUser('co', { grants: { plan: 'commenter' } });
  });
  afterAll(() => t.stop());

  const stored = async (docId: string) => docFromStored(await t.server.storage.loadUpdates(docId), pino({ level: 'silent' }), docId);

  it("cannot spend the document's whole size budget on comments and so lock its editors out", async () => {
    const e = connectClient(t.url, 'plan', editor);
    await e.synced();
    e.doc.getText('draft').insert(0, 'agreed text');
    await waitFor(async () => (await stored('plan')).getText('draft').toString() === 'agreed text', "the editor's text to be stored");

    // A consultation partner posts comments, long ones first, then shorter ones once the server refuses (4413), until the
    // document is full (each try on a fresh connection: a refused change would be sent again on reconnecting).
    let n = 0;
    for (const size of [8192, 1024, 128]) {
      for (;;) {
        const c = connectClient(t.url, 'plan', commenter);
        await c.synced();
        const key = `t${n++}`;
        c.doc.getMap('comments').set(key, 'x'.repeat(size));
        await waitFor(async () => c.closes.some((x) => x.code === 4413) || (await stored('plan')).getMap('comments').has(key), `comment ${key} to be stored or refused`);
        const refused = c.closes.some((x) => x.code === 4413);
        c.destroy();
        if (refused) break;
      }
    }

    // The editor's next change must still be saved.
    e.doc.getText('draft').insert(0, 'still ' + 'y'.repeat(500));
    await waitFor(
      async () => e.closes.some((x) => x.code === 4413) || (await stored('plan')).getText('draft').toString().startsWith('still '),
      "the editor's change to be stored or refused",
    );
    expect(e.closes.filter((x) => x.code === 4413)).toEqual([]);
    expect((await stored('plan')).getText('draft').toString()).toBe('still ' + 'y'.repeat(500) + 'agreed text');
    e.destroy();
  });
});
