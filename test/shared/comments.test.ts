// Comment threads live in the Y.Doc's own `comments` root: read and written by shared/ydoc/comments.ts, and
// outside everything the content hash, the sign-offs and the Markdown mirror read.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { contentHash } from '../../shared/hash/canonical.js';
import { toMarkdown } from '../../shared/markdown/index.js';
import { stillRequired } from '../../shared/signoff/workflow.js';
import { TemplateSet } from '../../shared/template/set.js';
import { addReply, addThread, COMMENTS, mentionsIn, openCounts, readThreads, setResolved } from '../../shared/ydoc/comments.js';
import { toModel, writeModel } from '../../shared/ydoc/layout.js';
import { filledModel } from '../support/build-model.js';

const templates = TemplateSet.builtin();
const template = templates.get('threat-matrix');
const draft = (text: string, at = '2026-06-15T09:00:00Z') => ({ author: 'amina', authorName: 'Amina Diallo', at, text, mentions: [] as string[] });

function matrixDoc(): Y.Doc {
  const ydoc = new Y.Doc();
  writeModel(ydoc, filledModel(template).build(), null, template);
  return ydoc;
}

describe('comment threads in the Y.Doc', () => {
  it('a thread opened on a block reads back with its anchor, author and first message', () => {
    const ydoc = new Y.Doc();
    const id = addThread(ydoc, { section: 'threats', block: 'T-3' }, { ...draft('Is the likelihood right?'), mentions: ['ed'] });
    const [t] = readThreads(ydoc);
    expect(t).toMatchObject({ id, anchor: { section: 'threats', block: 'T-3' }, author: 'amina', authorName: 'Amina Diallo', resolved: false });
    expect(t.messages).toHaveLength(1);
    expect(t.messages[0]).toMatchObject({ author: 'amina', text: 'Is the likelihood right?', mentions: ['ed'] });
  });

  it('a reply is added after the first message', () => {
    const ydoc = new Y.Doc();
    const id = addThread(ydoc, { section: 'threats' }, draft('First'));
    expect(addReply(ydoc, id, { ...draft('Second', '2026-06-15T10:00:00Z'), author: 'ed', authorName: 'Ed Okafor' })).toBe(true);
    expect(readThreads(ydoc)[0].messages.map((m) => [m.author, m.text])).toEqual([
      ['amina', 'First'],
      ['ed', 'Second'],
    ]);
  });

  it('resolving and reopening a thread records who did it last', () => {
    const ydoc = new Y.Doc();
    const id = addThread(ydoc, { section: 'threats', block: 'T-1' }, draft('x'));
    setResolved(ydoc, id, true, 'ed');
    expect(readThreads(ydoc)[0]).toMatchObject({ resolved: true, resolvedBy: 'ed' });
    setResolved(ydoc, id, false, 'amina');
    expect(readThreads(ydoc)[0]).toMatchObject({ resolved: false, resolvedBy: 'amina' });
  });

  it('a reply to a thread that does not exist changes nothing', () => {
    const ydoc = new Y.Doc();
    expect(addReply(ydoc, 'nope', draft('x'))).toBe(false);
    expect(setResolved(ydoc, 'nope', true, 'ed')).toBe(false);
    expect(ydoc.getMap(COMMENTS).size).toBe(0);
  });

  it('odd content a remote client wrote in the comments root is skipped, never thrown on', () => {
    const ydoc = new Y.Doc();
    const root = ydoc.getMap(COMMENTS);
    root.set('a-string', 'not a thread');
    const noMessages = new Y.Map();
    noMessages.set('anchor', { section: 's' });
    root.set('empty', noMessages);
    addThread(ydoc, { section: 'threats' }, draft('kept'));
    expect(readThreads(ydoc).map((t) => t.messages[0].text)).toEqual(['kept']);
  });

  it('threads sync between two copies of the document like any Yjs change', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = addThread(a, { section: 'threats', block: 'T-3' }, draft('from a'));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    addReply(b, id, draft('from b'));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(readThreads(a)[0].messages.map((m) => m.text)).toEqual(['from a', 'from b']);
  });

  it('mentions are the @usernames of people with access, each once', () => {
    const people = [{ username: 'ed' }, { username: 'amina.d' }];
    expect(mentionsIn('@ed please check, cc @amina.d. And @ed again; not @stranger or mail@ed', people)).toEqual(['ed', 'amina.d']);
  });

  it('open threads are counted per block, resolved ones not', () => {
    const ydoc = new Y.Doc();
    addThread(ydoc, { section: 'threats', block: 'T-3' }, draft('a'));
    const done = addThread(ydoc, { section: 'threats', block: 'T-3' }, draft('b'));
    addThread(ydoc, { section: 'threats' }, draft('c'));
    setResolved(ydoc, done, true, 'ed');
    expect(Object.fromEntries(openCounts(readThreads(ydoc)))).toEqual({ 'threats/T-3': 1, threats: 1 });
  });
});

describe('comments are outside the content', () => {
  it('adding, answering and resolving comments never changes the content hash', () => {
    const ydoc = matrixDoc();
    const before = contentHash(toModel(ydoc, templates).model);
    const id = addThread(ydoc, { section: template.sections[0].id }, draft('A comment'));
    expect(contentHash(toModel(ydoc, templates).model)).toBe(before);
    addReply(ydoc, id, draft('A reply'));
    setResolved(ydoc, id, true, 'ed');
    expect(contentHash(toModel(ydoc, templates).model)).toBe(before);
  });

  it('a comment never makes an approval stale', () => {
    const ydoc = matrixDoc();
    const hash = contentHash(toModel(ydoc, templates).model);
    const standing = new Map(template.signoffs.map((o) => [o.role, { decision: 'approved' as const, contentHash: hash }]));
    expect(stillRequired(template, standing, hash)).toEqual([]);
    addThread(ydoc, { section: template.sections[0].id }, draft('Please look again'));
    expect(stillRequired(template, standing, contentHash(toModel(ydoc, templates).model))).toEqual([]);
  });

  it('a document with comments mirrors to the same Markdown as without', () => {
    const ydoc = matrixDoc();
    const before = toMarkdown(toModel(ydoc, templates).model, template);
    const id = addThread(ydoc, { section: template.sections[0].id }, draft('Sensitive: do not print'));
    addReply(ydoc, id, draft('Agreed'));
    const after = toMarkdown(toModel(ydoc, templates).model, template);
    expect(after).toBe(before);
    expect(after).not.toContain('Sensitive');
  });
});
