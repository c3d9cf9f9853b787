// Red team, issue 13 (the web workspace): attacks played against the real server on loopback.
import * as encoding from 'lib0/encoding';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { docFromStored } from '../../server/docs/stored.js';
import { DEFAULT_LIMITS } from '../../server/limits.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

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

describe('an editor and the sign-off records in the live document', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;

  beforeAll(async () => {
    t = await startTestServer();
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office North', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it("cannot make a rejection vanish from everyone's open document with a struct under the server's client id", async () => {
    await storeDocument(t, drafter, approvableMatrix('tm-x', new Date().toISOString().slice(0, 10)));
    const r = await postSignoff(t, 'tm-x', hoo, { role: 'head-of-office', decision: 'rejected' });
    expect(r.status).toBe(201);
    const e = connectClient(t.url, 'tm-x', drafter);
    const v = connectClient(t.url, 'tm-x', hoo);
    await Promise.all([e.synced(), v.synced()]);
    await waitFor(() => e.doc.getMap('signoffs').size === 1 && v.doc.getMap('signoffs').size === 1, 'the record to reach both clients');
    const [recordId] = [...e.doc.getMap('signoffs').keys()];
    // The server wrote the record under its own client id; its item is the last the server wrote.
    const recordItem = (e.doc.getMap('signoffs') as unknown as { _map: Map<string, Y.Item> })._map.get(recordId)!;
    const S = recordItem.id.client;
    const stateS = Y.getState(e.doc.store, S);
    expect(recordItem.id.clock).toBe(stateS - 1);

    // The forgery: a two-character string of the server's client id from its last clock, its origin the editor's own
    // text. The guard judges it by that origin (a root editors may write); the server links the new character after
    // the record's item, and passes it on with that item as its origin, so each client takes it for the record's new value.
    const mine = new Y.Text();
    e.doc.getMap('fields').set('scratch', mine);
    mine.insert(0, 'e');
    await waitFor(() => v.doc.getMap('fields').has('scratch'), "the editor's text to reach the viewer");
    const g = new Y.Doc();
    Y.applyUpdate(g, Y.encodeStateAsUpdate(e.doc, stateVector(new Map([[S, stateS]]))));
    g.clientID = S;
    g.getText('scratch2').insert(0, 'x'.repeat(stateS - 1));
    const gt = g.getMap('fields').get('scratch') as Y.Text;
    gt.insert(gt.length, 'oX');
    const sv = new Map(Y.decodeStateVector(Y.encodeStateVector(e.doc)));
    sv.set(S, stateS - 1);
    const forged = Y.encodeStateAsUpdate(g, stateVector(sv));
    const msg = encoding.createEncoder();
    encoding.writeVarUint(msg, 0); // messageSync
    syncProtocol.writeUpdate(msg, forged);
    (e.provider.ws as WebSocket).send(encoding.toUint8Array(msg));

    // A later change of the editor reaches the viewer after the forged one would have.
    mine.insert(1, 'f');
    await waitFor(() => (v.doc.getMap('fields').get('scratch') as Y.Text | undefined)?.toString().includes('f') === true || e.closes.length > 0, 'a later change or the refusal');
    await new Promise((r) => setTimeout(r, 300));
    const seen = v.doc.getMap('signoffs').get(recordId) as { payload?: { decision?: string } } | string | undefined;
    expect(typeof seen === 'object' ? seen.payload?.decision : seen).toBe('rejected');
    for (const x of [e, v]) x.destroy();
  });
});

describe("the home page's last change", () => {
  let t: TestServer;
  let editor: string;
  let commenter: string;

  beforeAll(async () => {
    t = await startTestServer();
    editor = await t.addUser('ed', { name: 'Ed Editor', grants: { plan: 'editor' } });
    commenter = await t.addUser('co', { name: 'Clara Commenter', grants: { plan: 'commenter' } });
  });
  afterAll(() => t.stop());

  it("is not a commenter's comment: the home page does not say a consultation partner changed the content", async () => {
    const e = connectClient(t.url, 'plan', editor);
    await e.synced();
    e.doc.getText('draft').insert(0, 'agreed text');
    const by = async () => ((await t.api('/api/docs', { token: editor })).body.documents as Array<{ id: string; lastChange?: { by?: string } }>).find((d) => d.id === 'plan')?.lastChange?.by;
    await waitFor(async () => (await by()) === 'ed', "the editor's change to be noted");
    const c = connectClient(t.url, 'plan', commenter);
    await c.synced();
    c.doc.getMap('comments').set('t1', 'Is the likelihood right?');
    await waitFor(() => e.doc.getMap('comments').has('t1'), 'the comment to be stored and passed on');
    expect(await by()).toBe('ed');
    for (const x of [e, c]) x.destroy();
  });
});
