import { describe, expect, it } from 'vitest';
import { acceptedLanguages, chooseLocale, intlLocale, supportedLocale } from '../../../shared/i18n/locale.js';
import { formatDay, formatMoment } from '../../../shared/time/format.js';

describe('choosing the language', () => {
  it('recognises a language in BCP 47, POSIX and bare forms', () => {
    expect(supportedLocale('fr-CD')).toBe('fr');
    expect(supportedLocale('fr_FR.UTF-8')).toBe('fr');
    expect(supportedLocale('FR')).toBe('fr');
    expect(supportedLocale('en_GB@euro')).toBe('en');
    expect(supportedLocale('C')).toBeUndefined();
    expect(supportedLocale('de-DE')).toBeUndefined();
    expect(supportedLocale('')).toBeUndefined();
  });

  it('orders an Accept-Language header by quality, then by position', () => {
    expect(acceptedLanguages('de;q=0.5, fr-CD, en;q=0.8, *;q=0.1, xx;q=0')).toEqual(['fr-CD', 'en', 'de']);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it('takes the first supported preference, and English when none is', () => {
    expect(chooseLocale(undefined, ['de-DE', 'fr-CA'], 'en')).toBe('fr');
    expect(chooseLocale('en', ['fr'])).toBe('en');
    expect(chooseLocale(null, [], 'POSIX')).toBe('en');
  });

  it('writes English dates day first, as UN documents do, and French dates as French does', () => {
    const d = new Date(Date.UTC(2026, 11, 2));
    const f = (l: 'en' | 'fr', o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(intlLocale(l), { timeZone: 'UTC', ...o }).format(d);
    expect(f('en', { day: 'numeric', month: 'short', year: 'numeric' })).toBe('2 Dec 2026');
    expect(f('fr', { day: 'numeric', month: 'short', year: 'numeric' })).toBe('2 déc. 2026');
    expect(f('fr', { dateStyle: 'short' })).toBe('02/12/2026');
  });

  it('writes the first of a month "1er" in French, as French does, and leaves every other day and English alone', () => {
    expect(formatDay('2026-12-01', intlLocale('fr'))).toBe('1er déc. 2026');
    expect(formatDay('2026-12-11', intlLocale('fr'))).toBe('11 déc. 2026');
    expect(formatDay('2026-12-01', intlLocale('en'))).toBe('1 Dec 2026');
    expect(formatMoment('2026-12-01T14:05:00Z', { locale: intlLocale('fr'), timeZone: 'UTC' })).toBe('1er déc. 2026, 14:05 UTC');
  });
});
