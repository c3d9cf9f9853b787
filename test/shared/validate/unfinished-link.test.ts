// Unfinished links: a literal "[[" left in text by a link picker closed without a choice is a warning that says how to fix it.
import { describe, expect, test } from 'vitest';
import { p } from '../../support/build-model.js';
import { check, filled, withCode } from './helpers.js';

describe('text that still holds the start of a link', () => {
  test('a rich-text field holding "[[" is a warning at that block and field', () => {
    const d = withCode(check(filled('operations-brief').setFields('OPT-1', { outline: [p('Move north, see [[expl')] }).build()), 'link-unfinished');
    expect(d).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'II.b', block: 'OPT-1', field: 'outline' } })]);
  });

  test('the message quotes the leftover and says how to fix it', () => {
    const [d] = withCode(check(filled('operations-brief').setFields('OPT-1', { outline: [p('Move north, see [[expl')] }).build()), 'link-unfinished');
    expect(d.message).toContain('"[[expl"');
    expect(d.message).toMatch(/choose the block to link to, or delete the brackets\.$/);
  });

  test("a section's own text holding \"[[\" is a warning at the section", () => {
    const d = withCode(check(filled('operations-brief').text('II.a', 'Read [[T-').build()), 'link-unfinished');
    expect(d.map((x) => x.location)).toEqual([{ section: 'II.a' }]);
  });

  test('a real link next to the text is not a leftover', () => {
    const b = filled('operations-brief');
    expect(withCode(check(b.setFields('OPT-1', { outline: [p('As in ', b.link('OPT-2'), '.')] }).build()), 'link-unfinished')).toEqual([]);
  });

  test('a single bracket is not the start of a link', () => {
    expect(withCode(check(filled('operations-brief').setFields('OPT-1', { outline: [p('Phase [1] and [2]')] }).build()), 'link-unfinished')).toEqual([]);
  });

  test('a link to a note written out in full ("[[Some note]]") is not a leftover', () => {
    expect(withCode(check(filled('operations-brief').setFields('OPT-1', { outline: [p('As agreed in [[Meeting notes 12 May]].')] }).build()), 'link-unfinished')).toEqual([]);
  });

  test('a short text field holding "[[" is a warning too', () => {
    const d = withCode(check(filled('threat-matrix').setFields('T-1', { location: 'Kiri [[Mab' }).build()), 'link-unfinished');
    expect(d.map((x) => x.location)).toEqual([{ section: expect.any(String), block: 'T-1', field: 'location' }]);
  });

  test('a complete document has no unfinished link', () => {
    expect(withCode(check(filled('threat-matrix').build()), 'link-unfinished')).toEqual([]);
  });
});
