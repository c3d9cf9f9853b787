/**
 * The language menu of the sign-in page and of "Your devices": English or
 * Français, each written in its own language (a person looks for the name
 * of their own language). Choosing one keeps it in this browser and reloads
 * the page, so every word, date and number is drawn again in it.
 */
import { h } from '../../editor/dom.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locale.js';
import { common } from '../../shared/i18n/messages/common.js';
import { saveLanguage } from '../interface-language.js';

const t = uiWords(common);

/** The menu (a labelled select); `id` must be unique on the page. */
export function languageMenu(doc: Document, id = 'poc-language'): HTMLElement {
  const select = h(
    doc,
    'select',
    { class: 'poc-web-language-select', attrs: { id } },
    ...LOCALES.map((l) => h(doc, 'option', { text: LOCALE_NAMES[l], attrs: { value: l, lang: l } })),
  );
  select.value = interfaceLocale();
  select.addEventListener('change', () => {
    const win = doc.defaultView!;
    const chosen = select.value;
    if (!isLocale(chosen) || chosen === interfaceLocale()) return;
    saveLanguage(win, chosen);
    win.location.reload();
  });
  return h(doc, 'div', { class: 'poc-web-language' }, h(doc, 'label', { text: t('language.choose'), attrs: { for: id } }), select);
}
