// Noticing a missed update from the chain of sequence numbers each stored update carries (issue 17).
import { describe, expect, it } from 'vitest';
import { SeqGaps } from '../../../server/scale/seq-gaps.js';

describe('SeqGaps', () => {
  it('updates that follow one another leave no gap', () => {
    const gaps = new SeqGaps();
    expect(gaps.note('d', 5, 2)).toBe(false);
    expect(gaps.note('d', 9, 5)).toBe(false);
    expect(gaps.upTo('d')).toBe(9);
  });

  it('an update whose previous one was not seen opens a gap', () => {
    const gaps = new SeqGaps();
    gaps.note('d', 5, 2);
    expect(gaps.note('d', 12, 9)).toBe(true);
    expect(gaps.upTo('d')).toBe(5);
  });

  it('the missing update arriving late closes the gap and the chain runs on past it', () => {
    const gaps = new SeqGaps();
    gaps.note('d', 5, 2);
    gaps.note('d', 12, 9);
    expect(gaps.note('d', 9, 5)).toBe(false);
    expect(gaps.upTo('d')).toBe(12);
  });

  it('reading the store up to a sequence number closes the gaps before it', () => {
    const gaps = new SeqGaps();
    gaps.note('d', 5, 2);
    gaps.note('d', 12, 9);
    gaps.caughtUp('d', 9);
    expect(gaps.hasGap('d')).toBe(false);
    expect(gaps.upTo('d')).toBe(12);
  });

  it('an update seen again, or one already read from the store, changes nothing', () => {
    const gaps = new SeqGaps();
    gaps.note('d', 5, 2);
    gaps.caughtUp('d', 20);
    expect(gaps.note('d', 9, 5)).toBe(false);
    expect(gaps.upTo('d')).toBe(20);
  });

  it('an update the store did not place (seq 0) is not part of the chain', () => {
    const gaps = new SeqGaps();
    expect(gaps.note('d', 0, 0)).toBe(false);
    expect(gaps.upTo('d')).toBeUndefined();
  });

  it('each document has its own chain, and unloaded documents are forgotten', () => {
    const gaps = new SeqGaps();
    gaps.note('d', 5, 2);
    gaps.note('e', 12, 9);
    gaps.note('e', 30, 20);
    expect(gaps.hasGap('d')).toBe(false);
    expect(gaps.hasGap('e')).toBe(true);
    gaps.keepOnly(new Set(['d']));
    expect(gaps.upTo('e')).toBeUndefined();
    expect(gaps.upTo('d')).toBe(5);
  });
});
