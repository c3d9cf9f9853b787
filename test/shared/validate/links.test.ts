// Cross-links: same-document links against the document's own blocks, other documents through the resolver, link-field targets.
import { describe, expect, test } from 'vitest';
import type { ResolvedBlock } from '../../../shared/validate/index.js';
import { link, links, p } from '../../support/build-model.js';
import { check, filled, problems, withCode } from './helpers.js';

const brief = () => filled('operations-brief');

describe('links inside the document', () => {
  test('a link in text to a block of this document that exists is fine', () => {
    const b = brief();
    expect(withCode(check(b.text('II.a', 'See ', b.link('OPT-1')).build()), 'link-unresolved')).toEqual([]);
  });

  test('a link in text to a block this document does not have is an error at the section', () => {
    const b = brief();
    const d = withCode(check(b.text('II.a', 'See ', b.link('OPT-9')).build()), 'link-unresolved');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: 'II.a' } })]);
    expect(d[0].message).toMatch(/OPT-9/);
  });

  test('a link in a bullet list is checked too', () => {
    const b = brief();
    const d = check(b.section('II.a', { t: 'ul', items: [[b.link('OPT-9')]] }).build());
    expect(withCode(d, 'link-unresolved')).toHaveLength(1);
  });

  test('a link in a rich-text field is an error at that block and field', () => {
    const b = brief();
    const d = check(b.setFields('OPT-1', { outline: [p('As in ', b.link('TGT-7'))] }).build());
    expect(withCode(d, 'link-unresolved').map((x) => x.location)).toEqual([{ section: 'II.b', block: 'OPT-1', field: 'outline' }]);
  });

  test('a link field pointing at a block of a type it does not accept is an error', () => {
    const b = brief();
    const d = withCode(check(b.setFields('REC-1', { option: links(b.link('TGT-1')) }).build()), 'link-target-type');
    expect(d.map((x) => x.location)).toEqual([{ section: 'II.c', block: 'REC-1', field: 'option' }]);
    expect(d[0].message).toMatch(/must point to an option, but TGT-1 is a target/);
  });

  test('a link field without targets accepts any block', () => {
    const b = brief();
    // Rich-text fields take links to anything.
    expect(withCode(check(b.setFields('OPT-1', { outline: [p(b.link('TGT-1'))] }).build()), 'link-target-type')).toEqual([]);
  });
});

describe('links to other documents', () => {
  const foreign = () => filled('threat-matrix').text('1', 'See ', link('strategy-1', 'OBJ-2'));

  test('without a resolver, links to other documents are not checked', () => {
    expect(problems(check(foreign().build()))).toEqual([]);
  });

  test('a link the resolver cannot find is an error naming the document', () => {
    const d = withCode(check(foreign().build(), { resolve: (doc) => (doc === 'strategy-1' ? undefined : { type: 'objective' }) }), 'link-unresolved');
    expect(d).toEqual([expect.objectContaining({ severity: 'error', location: { section: '1' } })]);
    expect(d[0].message).toMatch(/OBJ-2 of document "strategy-1"/);
  });

  test('links into a document that could not be read are one "could not be read" error for the whole document, not one per link', () => {
    const model = foreign().text('1', 'Also ', link('strategy-1', 'OBJ-3'), ' and ', link('strategy-1', 'OBJ-4')).build();
    const d = check(model, { resolve: () => undefined, unreadable: (doc) => (doc === 'strategy-1' ? 'Strategy.md' : undefined) });
    expect(withCode(d, 'link-unresolved').filter((x) => x.message.includes('strategy-1'))).toEqual([]);
    const unread = withCode(d, 'link-target-unreadable');
    expect(unread).toEqual([expect.objectContaining({ severity: 'error', location: {} })]);
    expect(unread[0].message).toMatch(/The \d+ links of this document to "strategy-1" cannot be checked: that document \(Strategy\.md\) could not be read/);
  });

  test('a link the resolver finds is fine', () => {
    const resolve = (): ResolvedBlock => ({ type: 'objective', docType: 'strategy' });
    expect(withCode(check(foreign().build(), { resolve }), 'link-unresolved')).toEqual([]);
  });

  test('the resolver is asked with the document and block ids of the link', () => {
    const asked: string[] = [];
    check(foreign().build(), { resolve: (d, b) => (asked.push(`${d}#${b}`), { type: 'objective' }) });
    expect(asked).toContain('strategy-1#OBJ-2');
  });

  // These resolvers answer every link with one type, so the threat's other link field (its perpetrator's analysis) is cleared.
  test('a link field accepts a block of another document whose type and document type match a target', () => {
    const b = filled('threat-matrix').setFields('T-1', { links: links(link('ap-1', 'A-3')), perpetratorProfile: undefined });
    const d = check(b.build(), { resolve: () => ({ type: 'action', docType: 'action-plan' }) });
    expect(withCode(d, 'link-target-type')).toEqual([]);
  });

  test('a link field refuses a block of another document whose type no target names', () => {
    const b = filled('threat-matrix').setFields('T-1', { links: links(link('brief-1', 'OPT-1')), perpetratorProfile: undefined });
    const d = check(b.build(), { resolve: () => ({ type: 'option', docType: 'operations-brief' }) });
    expect(withCode(d, 'link-target-type').map((x) => x.location)).toEqual([{ section: '2', block: 'T-1', field: 'links' }]);
  });

  test('a link field refuses a block of the right type in the wrong kind of document, when the resolver says which', () => {
    // "strategy/objective" is accepted; an "objective" block of an action plan is not.
    const b = filled('threat-matrix').setFields('T-1', { links: links(link('ap-1', 'OBJ-1')), perpetratorProfile: undefined });
    const d = check(b.build(), { resolve: () => ({ type: 'objective', docType: 'action-plan' }) });
    expect(withCode(d, 'link-target-type')).toHaveLength(1);
  });
});

describe('document-level links', () => {
  const strategy = () => filled('strategy').field('actionPlan', 'ap-2026');

  test('without a document resolver, a linked document is not checked', () => {
    expect(withCode(check(strategy().build()), 'link-unresolved')).toEqual([]);
  });

  test('a linked document that does not exist is an error on the field', () => {
    const d = check(strategy().build(), { resolveDocument: (id) => (id === 'ap-2026' ? undefined : { type: 'threat-matrix' }) });
    expect(withCode(d, 'link-unresolved').map((x) => x.location)).toEqual([{ field: 'actionPlan' }]);
  });

  test('a linked document of the wrong type is an error on the field', () => {
    const d = check(strategy().build(), { resolveDocument: (id) => ({ type: id === 'ap-2026' ? 'threat-matrix' : id.replace(/-demo$/, '') }) });
    expect(withCode(d, 'link-target-type').map((x) => x.location)).toEqual([{ field: 'actionPlan' }]);
  });

  test('a linked document of the right type is fine', () => {
    const d = check(strategy().build(), { resolveDocument: (id) => ({ type: id === 'ap-2026' ? 'action-plan' : id.replace(/-demo$/, '') }) });
    expect(problems(d)).toEqual([]);
  });

  test('a document-level link to one block ("doc#block") is resolved as a block link', () => {
    const d = check(strategy().field('actionPlan', 'ap-2026#A-1').build(), { resolve: () => undefined });
    expect(withCode(d, 'link-unresolved').map((x) => x.location)).toEqual([{ field: 'actionPlan' }]);
  });
});
