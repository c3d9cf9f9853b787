/** The web workspace's interface language (web/interface-language.ts): the person's choice, then the browser's languages, then English. */
import { afterEach, describe, expect, it } from 'vitest';
import { interfaceLocale, setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { applyWebLocale, LANGUAGE_KEY, saveLanguage, savedLanguage, webLocale } from '../../web/interface-language.js';

/** A window with a storage (or one that refuses, as a locked-down browser does), the browser's languages and a document. */
function fakeWindow(languages: string[], stored: Record<string, string> = {}, refuses = false): Window {
  const storage = {
    getItem: (k: string) => {
      if (refuses) throw new Error('SecurityError');
      return stored[k] ?? null;
    },
    setItem: (k: string, v: string) => {
      if (refuses) throw new Error('QuotaExceededError');
      stored[k] = v;
    },
  };
  return { localStorage: storage, navigator: { languages, language: languages[0] ?? '' }, document: { documentElement: { lang: '' } } } as unknown as Window;
}

afterEach(() => setInterfaceLocale('en'));

describe('the language of the web workspace', () => {
  it('is the person’s saved choice, whatever the browser asks for', () => {
    expect(webLocale('en', ['fr-FR', 'fr'])).toBe('en');
    expect(webLocale('fr', ['en-US'])).toBe('fr');
  });

  it('is the first of the browser’s languages the product speaks when nothing is saved', () => {
    expect(webLocale(null, ['de-DE', 'fr-CD', 'en'])).toBe('fr');
  });

  it('is English when neither the choice nor the browser names a language the product speaks', () => {
    expect(webLocale(null, ['de-DE', 'pt-BR'])).toBe('en');
    expect(webLocale('klingon', undefined)).toBe('en');
  });

  it('is set for the interface and on <html lang> at start-up', () => {
    const win = fakeWindow(['fr-FR', 'en']);
    expect(applyWebLocale(win)).toBe('fr');
    expect(interfaceLocale()).toBe('fr');
    expect(win.document.documentElement.lang).toBe('fr');
  });

  it('a saved choice survives to the next start-up, and wins over the browser', () => {
    const stored: Record<string, string> = {};
    const win = fakeWindow(['fr-FR'], stored);
    expect(saveLanguage(win, 'en')).toBe(true);
    expect(stored[LANGUAGE_KEY]).toBe('en');
    expect(applyWebLocale(win)).toBe('en');
  });

  it('a browser that refuses storage still gets its own languages, and saving says it did not keep the choice', () => {
    const win = fakeWindow(['fr'], {}, true);
    expect(savedLanguage(win)).toBeNull();
    expect(saveLanguage(win, 'en')).toBe(false);
    expect(applyWebLocale(win)).toBe('fr');
  });

  it('a saved value that is not a language the product speaks is passed over', () => {
    expect(savedLanguage(fakeWindow([], { [LANGUAGE_KEY]: 'de' }))).toBeNull();
  });
});
