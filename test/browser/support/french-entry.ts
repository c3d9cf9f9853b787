/**
 * The browser test's entry for the editor in French (bundled by
 * editor-french.test.ts as the IIFE global `PocEditor`, like web/main.ts):
 * the web page's `mount`, with the interface language set to French just
 * before, as a host does before it draws anything.
 */
import { setInterfaceLocale } from '../../../shared/i18n/interface-locale.js';
import { mount as mountInEnglish } from '../../../web/main.js';

export * from '../../../web/main.js';

/** Mounts the editor page (web/main.ts) with its interface in French. */
export function mount(...args: Parameters<typeof mountInEnglish>): ReturnType<typeof mountInEnglish> {
  setInterfaceLocale('fr');
  return mountInEnglish(...args);
}
