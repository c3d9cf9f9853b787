import { describe, expect, it } from 'vitest';
import { formatDay, formatDaysIn, formatMoment, plural, shorten } from '../../editor/words.js';
import { pluralOf } from '../../shared/words.js';

describe('counted nouns', () => {
  it('one of something is singular', () => {
    expect(plural(1, 'day')).toBe('1 day');
  });

  it('none and several of something are plural', () => {
    expect([plural(0, 'day'), plural(2, 'threat')]).toEqual(['0 days', '2 threats']);
  });

  it('an irregular plural is used when given', () => {
    expect(plural(3, 'person', 'people')).toBe('3 people');
  });

  it('a noun ending in a consonant and "y" takes "ies", and one ending in "s" stays', () => {
    expect([pluralOf('activity'), pluralOf('day'), pluralOf('Threats')]).toEqual(['activities', 'days', 'Threats']);
  });
});

describe('dates and times', () => {
  it('a calendar day is written in the given locale, the same day in every time zone', () => {
    expect(formatDay('2026-12-02', 'en-GB')).toBe('2 Dec 2026');
    expect(formatDay('2026-12-02', 'en-US')).toBe('Dec 2, 2026');
  });

  it('text that is not a calendar day comes back unchanged', () => {
    expect(formatDay('soon', 'en-GB')).toBe('soon');
  });

  it('a day that is not in the calendar stays as written', () => {
    expect(formatDay('2026-02-30', 'en-GB')).toBe('2026-02-30');
  });

  it('every calendar day in a sentence is written in words, and a timestamp is left alone', () => {
    expect(formatDaysIn('Last reviewed on 2026-11-20; due again by 2026-11-27 (signed 2026-11-20T10:00:00Z).', 'en-GB')).toBe(
      'Last reviewed on 20 Nov 2026; due again by 27 Nov 2026 (signed 2026-11-20T10:00:00Z).',
    );
  });

  it('a moment names its time zone', () => {
    expect(formatMoment('2026-12-02T14:05:00Z', { locale: 'en-GB', timeZone: 'UTC' })).toBe('2 Dec 2026, 14:05 UTC');
  });

  it('a moment is written in the time zone asked for', () => {
    expect(formatMoment('2026-12-02T14:05:00Z', { locale: 'en-GB', timeZone: 'Africa/Nairobi' })).toMatch(/17:05 EAT|17:05 GMT\+3/);
  });
});

describe('shortened titles', () => {
  it('a title that fits is kept whole', () => {
    expect(shorten('Raids on villages', 40)).toBe('Raids on villages');
  });

  it('a long title is cut at a word boundary with an ellipsis, never mid-word', () => {
    expect(shorten('Raids on villages along the northern road', 24)).toBe('Raids on villages along…');
  });
});
