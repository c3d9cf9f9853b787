/**
 * The normal form of rich text (shared/model/normalize.ts): one shape for
 * the same words, so hashing, Markdown and validation see equal content as
 * equal.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { normalizeInlines, normalizeRichText, text } from '../../../shared/model/normalize.js';
import type { Inline, Mark, RichBlock } from '../../../shared/model/types.js';

describe('normalizeInlines', () => {
  test('a leading run of white space only is dropped and the run after it is trimmed too', () => {
    expect(normalizeInlines([text(' ', 'strong'), text(' Kalo market')])).toEqual([text('Kalo market')]);
  });

  test('a trailing run of white space only is dropped and the run before it is trimmed too', () => {
    expect(normalizeInlines([text('Kalo market\t'), text('\u00A0', 'em')])).toEqual([text('Kalo market')]);
  });

  test('trimming stops at a cross-link', () => {
    const link: Inline = { t: 'link', docId: 'tm-1', blockId: 'T-1' };
    expect(normalizeInlines([text(' ', 'em'), link, text(' ', 'code')])).toEqual([link]);
  });
});

// White space of several kinds, Markdown-special characters and words, in runs with any marks.
const piece = fc.constantFrom(' ', '\t', '\u00A0', '\u2003', '\uFEFF', 'Kalo', 'x', '*', '_', '`', '[[', '·');
const run: fc.Arbitrary<Inline> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(fc.array(piece, { maxLength: 4 }), fc.subarray(['strong', 'em', 'code'] as Mark[])).map(([p, marks]): Inline => (marks.length ? text(p.join(''), ...marks) : text(p.join('')))) },
  { weight: 1, arbitrary: fc.constant<Inline>({ t: 'link', docId: 'tm-1', blockId: 'T-1' }) },
);
const richText: fc.Arbitrary<RichBlock[]> = fc.array(
  fc.oneof(
    fc.array(run, { maxLength: 5 }).map((content): RichBlock => ({ t: 'p', content })),
    fc.array(fc.array(run, { maxLength: 4 }), { maxLength: 3 }).map((items): RichBlock => ({ t: 'ul', items })),
  ),
  { maxLength: 4 },
);

test('normalising rich text twice gives what normalising it once gave', () => {
  fc.assert(
    fc.property(richText, (blocks) => {
      const once = normalizeRichText(blocks);
      expect(normalizeRichText(once)).toEqual(once);
    }),
    { numRuns: 300 },
  );
});
