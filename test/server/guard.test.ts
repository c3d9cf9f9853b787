// The update guard: it refuses client updates that touch the protected sign-offs, or depend on content the server lacks, without applying them.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { inspectUpdate } from '../../server/sync/guard.js';

const PROTECTED = new Set(['signoffs']);

/** A server doc, and a client doc in sync with it. */
function pair(setup: (server: Y.Doc) => void = () => {}) {
  const server = new Y.Doc();
  setup(server);
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server));
  return { server, client };
}

/** The update a change on the client produces. */
function change(client: Y.Doc, fn: (d: Y.Doc) => void): Uint8Array {
  const before = Y.encodeStateVector(client);
  fn(client);
  return Y.encodeStateAsUpdate(client, before);
}

describe('inspectUpdate', () => {
  it('accepts an ordinary edit and says it changes the document', () => {
    const { server, client } = pair((s) => s.getText('text').insert(0, 'hello'));
    const u = change(client, (d) => d.getText('text').insert(5, ' world'));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, changes: true });
  });

  it('says an update the document already holds changes nothing', () => {
    const { server, client } = pair();
    const u = change(client, (d) => d.getText('text').insert(0, 'x'));
    Y.applyUpdate(server, u);
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, changes: false });
  });

  it('accepts edits deep inside the document body', () => {
    const { server, client } = pair((s) => {
      const section = new Y.XmlElement('section');
      s.getXmlFragment('body').insert(0, [section]);
      section.insert(0, [new Y.XmlText('first')]);
    });
    const u = change(client, (d) => {
      const section = d.getXmlFragment('body').get(0) as Y.XmlElement;
      (section.get(0) as Y.XmlText).insert(5, ' words');
      section.setAttribute('title', 'A');
    });
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, changes: true });
  });

  it('refuses a new entry in the sign-offs map', () => {
    const { server, client } = pair();
    const u = change(client, (d) => d.getMap('signoffs').set('forged', { id: 'forged' }));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses overwriting an existing sign-off (found through the item it replaces)', () => {
    const { server, client } = pair((s) => s.getMap('signoffs').set('real', { id: 'real' }));
    const u = change(client, (d) => d.getMap('signoffs').set('real', { id: 'real', altered: true }));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses deleting a sign-off', () => {
    const { server, client } = pair((s) => s.getMap('signoffs').set('real', { id: 'real' }));
    const u = change(client, (d) => d.getMap('signoffs').delete('real'));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses edits inside a type nested in the sign-offs map', () => {
    const { server, client } = pair((s) => {
      const nested = new Y.Array<number>();
      s.getMap('signoffs').set('nested', nested);
      nested.push([1]);
    });
    const u = change(client, (d) => (d.getMap('signoffs').get('nested') as Y.Array<number>).push([2]));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses a sign-off hidden in the same update as an ordinary edit', () => {
    const { server, client } = pair();
    const u = change(client, (d) => {
      d.getText('text').insert(0, 'innocent');
      d.getMap('signoffs').set('sneaky', 1);
    });
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'protected' });
  });

  it('refuses an update whose client skips ahead (an earlier change of that client is missing)', () => {
    const { server, client } = pair();
    change(client, (d) => d.getText('text').insert(0, 'first'));
    const second = change(client, (d) => d.getText('text').insert(5, ' second'));
    expect(inspectUpdate(server, second, PROTECTED)).toMatchObject({ ok: false, reason: 'out-of-sync' });
  });

  it('refuses an update built on another client\'s content the server does not have', () => {
    const { server, client } = pair();
    const other = new Y.Doc();
    Y.applyUpdate(client, change(other, (d) => d.getText('text').insert(0, 'elsewhere')));
    const u = change(client, (d) => d.getText('text').insert(9, ' here'));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: false, reason: 'out-of-sync' });
  });

  it('refuses deleting content the server does not have', () => {
    const { server, client } = pair();
    const other = new Y.Doc();
    Y.applyUpdate(client, change(other, (d) => d.getText('text').insert(0, 'elsewhere')));
    const before = Y.encodeStateVector(client);
    client.getText('text').delete(0, 3);
    const onlyDeletes = Y.encodeStateAsUpdate(client, before);
    expect(inspectUpdate(server, onlyDeletes, PROTECTED)).toMatchObject({ ok: false, reason: 'out-of-sync' });
  });

  it('accepts deleting ordinary content and refuses bytes that are not an update', () => {
    const { server, client } = pair((s) => s.getText('text').insert(0, 'delete me'));
    expect(inspectUpdate(server, change(client, (d) => d.getText('text').delete(0, 7)), PROTECTED)).toMatchObject({ ok: true, changes: true });
    expect(inspectUpdate(server, new Uint8Array([9, 9, 9, 9]), PROTECTED)).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('handles a long chain of single-character inserts without deep recursion', () => {
    const { server, client } = pair();
    const u = change(client, (d) => {
      const t = d.getText('text');
      for (let i = 0; i < 20_000; i++) t.insert(i % 2 ? t.length : 0, 'x');
    });
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, changes: true });
  });

  it('names the client ids an update writes new content under', () => {
    const { server, client } = pair();
    const u = change(client, (d) => d.getText('text').insert(0, 'mine'));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, writers: [client.clientID] });
  });

  it('says an update of only new content is fresh (its bytes can be forwarded as they are)', () => {
    const { server, client } = pair((s) => s.getText('text').insert(0, 'known'));
    const u = change(client, (d) => d.getText('text').insert(5, '!'));
    expect(inspectUpdate(server, u, PROTECTED)).toMatchObject({ ok: true, changes: true, fresh: true });
  });

  it('says an update that repeats content the document holds is not fresh', () => {
    const { server, client } = pair();
    const first = change(client, (d) => d.getText('text').insert(0, 'a'));
    Y.applyUpdate(server, first);
    change(client, (d) => d.getText('text').insert(1, 'b'));
    // What a reconnecting client sends in its sync step 2: everything it has, the known part included.
    expect(inspectUpdate(server, Y.encodeStateAsUpdate(client), PROTECTED)).toMatchObject({ ok: true, changes: true, fresh: false });
  });

  it('never changes the document it inspects', () => {
    const { server, client } = pair((s) => s.getText('text').insert(0, 'same'));
    const before = Y.encodeStateAsUpdate(server);
    inspectUpdate(server, change(client, (d) => d.getText('text').insert(0, 'not applied ')), PROTECTED);
    expect(Y.encodeStateAsUpdate(server)).toEqual(before);
  });
});
