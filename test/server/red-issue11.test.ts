// Attacks on issue 11's changes against the real server: the status workflow, short text in `short_field` children and the meta map.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocModel } from '../../shared/model/types.js';
import { NODE } from '../../shared/model/nodes.js';
import { CLOSE } from '../../server/sync/close-codes.js';
import { BODY, FIELDS, META } from '../../shared/ydoc/layout.js';
import { approvableMatrix, postSignoff } from '../support/sign-off.js';
import { connectClient, rawClient, startTestServer, storeDocument, type TestServer, waitFor } from '../support/test-server.js';

const TODAY = '2026-06-15';

/** A filled threat matrix in review, which its one office (the Head of Office) can approve. */
const matrix = (id: string): DocModel => approvableMatrix(id, TODAY);

describe('attacks on the status workflow and short text (issue 11)', () => {
  let t: TestServer;
  let drafter: string;
  let hoo: string;
  const statusInDoc = (id: string) => t.server.sync.read(id, (d) => d.getMap(META).get('status'));
  const detail = async (id: string) => t.api(`/api/docs/${id}`, { token: drafter });

  beforeAll(async () => {
    let tick = 0;
    t = await startTestServer({ now: () => new Date(Date.parse(`${TODAY}T12:00:00Z`) + 1000 * tick++) });
    drafter = await t.addUser('drafter', { grants: { '*': 'editor' } });
    hoo = await t.addUser('hoo', { name: 'Head of Office', offices: ['head-of-office'], grants: { '*': 'viewer' } });
  });
  afterAll(() => t.stop());

  it('attack: an editor who forges "approved" and keeps typing cannot hold the status there by starving the debounce', async () => {
    await storeDocument(t, drafter, matrix('tm-starve'));
    const c = connectClient(t.url, 'tm-starve', drafter);
    let typing = true;
    try {
      await c.synced();
      c.doc.getMap(META).set('status', 'approved');
      await waitFor(async () => (await statusInDoc('tm-starve')) === 'approved', 'the forged status to reach the server');
      // An edit every few hundred milliseconds, without end: each one reached the server before its 2-second wait was over.
      const title = c.doc.getMap(META).get('title');
      void (async () => {
        for (let i = 0; typing; i++) {
          if (title instanceof Y.Text) title.insert(title.length, String(i % 10));
          else c.doc.getMap(FIELDS).set('preparedBy', `typing ${i}`);
          await new Promise((r) => setTimeout(r, 300));
        }
      })();
      await waitFor(async () => (await statusInDoc('tm-starve')) === 'in-review', 'the server to correct the forged status while the editor types', 15_000);
    } finally {
      typing = false;
      c.destroy();
    }
  }, 30_000);

  it('attack: a forged "approved" beside a title turned into a nested map is still corrected, and the document still opens', async () => {
    await storeDocument(t, drafter, matrix('tm-nested'));
    const c = connectClient(t.url, 'tm-nested', drafter);
    try {
      await c.synced();
      const m = new Y.Map<unknown>();
      c.doc.getMap(META).set('title', m);
      m.set('x', 'y'.repeat(1000));
      c.doc.getMap(META).set('status', 'approved');
      await waitFor(async () => (await statusInDoc('tm-nested')) === 'approved', 'the edit to reach the server');
      const r = await detail('tm-nested');
      expect(r.status).toBe(200);
      await waitFor(async () => (await statusInDoc('tm-nested')) === 'in-review', 'the server to correct the forged status', 10_000);
    } finally {
      c.destroy();
    }
  }, 30_000);

  it('a short_field with odd children (elements, several texts, a crosslink, 200 kB) and a second one of the same name leave the document readable and signable', async () => {
    await storeDocument(t, drafter, matrix('tm-odd'));
    const c = connectClient(t.url, 'tm-odd', drafter);
    try {
      await c.synced();
      const section = c.doc.getXmlFragment(BODY).toArray().find((s) => s instanceof Y.XmlElement && s.toArray().some((b) => b instanceof Y.XmlElement && b.nodeName === NODE.block)) as Y.XmlElement;
      const block = section.toArray().find((b) => b instanceof Y.XmlElement && b.nodeName === NODE.block) as Y.XmlElement;
      const sf = new Y.XmlElement(NODE.shortField);
      sf.setAttribute('name', 'location');
      const t1 = new Y.XmlText();
      t1.insert(0, 'A');
      const link = new Y.XmlElement(NODE.crosslink);
      link.setAttribute('docId', 'x');
      link.setAttribute('blockId', 'y');
      const para = new Y.XmlElement(NODE.paragraph);
      const t2 = new Y.XmlText();
      t2.insert(0, 'x'.repeat(200_000));
      sf.insert(0, [t1, link, para, t2]);
      const dup = new Y.XmlElement(NODE.shortField);
      dup.setAttribute('name', 'location');
      const t3 = new Y.XmlText();
      t3.insert(0, 'second copy');
      dup.insert(0, [t3]);
      block.insert(block.length, [sf, dup]);
      await waitFor(async () => (await t.server.sync.read('tm-odd', (d) => JSON.stringify(d.getXmlFragment(BODY).toJSON()).includes('second copy'))) === true, 'the edit to reach the server');
      const r = await detail('tm-odd');
      expect(r.status).toBe(200);
      // The second copy is not silently lost: it is reported with its text.
      expect(JSON.stringify(r.body)).toContain('second copy');
      const s = await postSignoff(t, 'tm-odd', hoo, { role: 'head-of-office', decision: 'rejected', comment: 'odd' });
      expect(s.status).toBe(201);
    } finally {
      c.destroy();
    }
  }, 30_000);

  it('attack: an editor who writes "archived" into the status of a document that is not archived is corrected by the server', async () => {
    await storeDocument(t, drafter, matrix('tm-archived'));
    const c = connectClient(t.url, 'tm-archived', drafter);
    try {
      await c.synced();
      c.doc.getMap(META).set('status', 'archived');
      await waitFor(async () => (await statusInDoc('tm-archived')) === 'archived', 'the forged status to reach the server');
      await waitFor(async () => (await statusInDoc('tm-archived')) !== 'archived', 'the server to correct it');
      await waitFor(() => c.doc.getMap(META).get('status') !== 'archived', 'the client to be corrected');
    } finally {
      c.destroy();
    }
  }, 30_000);

  it('a client that connects with a one-time ticket but names no layout is refused with 4426 before any content reaches it', async () => {
    await storeDocument(t, drafter, matrix('tm-ticket'));
    const { ticket } = (await t.api('/api/tickets', { method: 'POST', token: drafter, body: {} })).body as { ticket: string };
    const c = rawClient(t.url, `/tm-ticket?ticket=${ticket}`, { layout: false });
    expect(await c.closed).toMatchObject({ code: CLOSE.CLIENT_OUTDATED });
    expect(c.messages).toEqual([]);
  });

  for (const [key, value] of [
    ['id', 'another-document'],
    ['type', 'no-such-type'],
  ] as const) {
    it(`attack: a forged "approved" beside a meta ${key} rewritten to "${value}" is still corrected`, async () => {
      const id = `tm-meta-${key}`;
      await storeDocument(t, drafter, matrix(id));
      const c = connectClient(t.url, id, drafter);
      try {
        await c.synced();
        c.doc.transact(() => {
          c.doc.getMap(META).set(key, value);
          c.doc.getMap(META).set('status', 'approved');
        });
        await waitFor(async () => (await statusInDoc(id)) === 'approved', 'the forged status to reach the server');
        await waitFor(async () => (await statusInDoc(id)) !== 'approved', 'the server to correct it');
      } finally {
        c.destroy();
      }
    }, 30_000);
  }
});
