/**
 * The browser test's entry for the editor in French (bundled by
 * editor-french.test.ts as the IIFE global `PocEditor`, like web/main.ts):
 * the web page's `mount`, with Français chosen just before.
 */
import { LANGUAGE_KEY } from '../../../web/interface-language.js';
import { mount as mountInEnglish } from '../../../web/main.js';

export * from '../../../web/main.js';

/**
 * Mounts the editor page (web/main.ts) with its interface in French: as a person who chose Français, whose choice
 * mount reads first. The choice is forgotten once the page has applied it, so other pages of the same browser (the
 * test's English check) stay as their own entry says.
 */
export function mount(...args: Parameters<typeof mountInEnglish>): ReturnType<typeof mountInEnglish> {
  window.localStorage.setItem(LANGUAGE_KEY, 'fr');
  try {
    return mountInEnglish(...args);
  } finally {
    window.localStorage.removeItem(LANGUAGE_KEY);
  }
}
