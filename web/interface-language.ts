/**
 * The web workspace's interface language: the person's choice (kept in this
 * browser's localStorage), else the languages their browser asks for
 * (navigator.languages, what it sends as Accept-Language), else English.
 * Both entries (the app, web/app/boot.ts, and the editor bundle, web/main.ts)
 * apply it before they draw anything, and `<html lang>` follows it, so a
 * screen reader reads French words with a French voice.
 */
import { setInterfaceLocale } from '../shared/i18n/interface-locale.js';
import { chooseLocale, isLocale, type Locale } from '../shared/i18n/locale.js';

/** The localStorage key the person's choice is kept under. */
export const LANGUAGE_KEY = 'poc-language';

/** The language a person reads: their saved choice, else the first of their browser's languages the product speaks, else English. */
export function webLocale(saved: string | null | undefined, browserLanguages: readonly string[] | undefined): Locale {
  return chooseLocale(saved, browserLanguages);
}

/** The choice saved in this browser, or null when none (or when storage is refused, as in a locked-down browser). */
export function savedLanguage(win: Window): Locale | null {
  try {
    const v = win.localStorage.getItem(LANGUAGE_KEY);
    return isLocale(v) ? v : null;
  } catch {
    return null;
  }
}

/** Keeps `locale` as this browser's choice; false when the browser refuses storage (the choice then lasts this page only). */
export function saveLanguage(win: Window, locale: Locale): boolean {
  try {
    win.localStorage.setItem(LANGUAGE_KEY, locale);
    return true;
  } catch {
    return false;
  }
}

/** Sets the interface language from the saved choice and the browser's languages, and `<html lang>` to it; answers it. */
export function applyWebLocale(win: Window): Locale {
  const nav = win.navigator;
  const locale = webLocale(savedLanguage(win), nav.languages?.length ? nav.languages : [nav.language]);
  setInterfaceLocale(locale);
  win.document.documentElement.lang = locale;
  return locale;
}
