/**
 * The "New document" dialog of the home page: a type, a title and the
 * document's language (English or Français; the interface's language until
 * the person chooses), sent with `createDocument`; on success the page goes
 * to the new document, on failure the server's reason is shown in words and
 * the dialog stays open with what was typed. A native <dialog>: it traps focus, Escape closes it, and focus
 * returns to the button that opened it.
 */
import type { ApiClient } from '../../shared/api/client.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { h } from '../../editor/dom.js';
import { shownError } from '../api-client.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { isLocale, LOCALE_NAMES, LOCALES } from '../../shared/i18n/locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';

const t = uiWords(webHome);

/** What the dialog needs: the client, and where to go once created. */
export interface NewDocumentDeps {
  api: ApiClient;
  /** Called with the new document's id. */
  created(id: string): void;
}

/** Builds the dialog (closed) in `doc`; `open()` shows it. */
export function newDocumentDialog(doc: Document, deps: NewDocumentDeps): { element: HTMLDialogElement; open(): void } {
  const error = h(doc, 'p', { class: 'poc-home-dialog-error', attrs: { id: 'poc-new-doc-error', role: 'alert' } });
  // Every type, named in the interface's language (the listing names only the types it holds, in the server's words).
  const type = h(
    doc,
    'select',
    { attrs: { id: 'poc-new-doc-type', name: 'type' } },
    ...DOC_TYPES.map((id) => h(doc, 'option', { text: t('new.typeName', { type: id }), attrs: { value: id } })),
  );
  const title = h(doc, 'input', { attrs: { id: 'poc-new-doc-title', name: 'title', type: 'text', autocomplete: 'off', 'aria-describedby': 'poc-new-doc-error' } });
  // Each language in its own name (a person looks for the name of their own language), as the language menu does.
  const language = h(
    doc,
    'select',
    { attrs: { id: 'poc-new-doc-lang', name: 'lang', 'aria-describedby': 'poc-new-doc-lang-hint' } },
    ...LOCALES.map((l) => h(doc, 'option', { text: LOCALE_NAMES[l], attrs: { value: l, lang: l } })),
  );
  const create = h(doc, 'button', { class: 'mod-cta', text: t('new.create'), attrs: { type: 'submit' } });
  const cancel = h(doc, 'button', { text: t('new.cancel'), attrs: { type: 'button' } });
  const form = h(
    doc,
    'form',
    { class: 'poc-home-dialog-form', attrs: { method: 'dialog', novalidate: true } },
    h(doc, 'h2', { text: t('new.heading'), attrs: { id: 'poc-new-doc-heading' } }),
    h(doc, 'label', { text: t('new.type'), attrs: { for: 'poc-new-doc-type' } }),
    type,
    h(doc, 'label', { text: t('new.title'), attrs: { for: 'poc-new-doc-title' } }),
    title,
    h(doc, 'label', { text: t('new.language'), attrs: { for: 'poc-new-doc-lang' } }),
    language,
    h(doc, 'p', { class: 'poc-home-dialog-hint', text: t('new.languageHint'), attrs: { id: 'poc-new-doc-lang-hint' } }),
    error,
    h(doc, 'div', { class: 'poc-home-dialog-buttons' }, create, cancel),
  );
  const dialog = h(doc, 'dialog', { class: 'poc-home-dialog', attrs: { 'aria-labelledby': 'poc-new-doc-heading' } }, form);
  const say = (text: string) => {
    error.textContent = text;
    title.toggleAttribute('aria-invalid', text !== '');
  };
  cancel.addEventListener('click', () => dialog.close());
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const name = title.value.trim();
    if (!name) {
      say(t('new.needTitle'));
      title.focus();
      return;
    }
    say('');
    create.disabled = true;
    create.textContent = t('new.creating');
    const lang = isLocale(language.value) ? language.value : interfaceLocale();
    deps.api.createDocument({ type: type.value, title: name, lang }).then(
      (made) => {
        dialog.close();
        deps.created(made.id);
      },
      (err: unknown) => {
        say(t('new.failed', { reason: shownError(err).message }));
        create.disabled = false;
        create.textContent = t('new.create');
      },
    );
  });
  return {
    element: dialog,
    open() {
      say('');
      title.value = '';
      // A person writes in the language they read the workspace in, unless they choose otherwise.
      language.value = interfaceLocale();
      dialog.showModal();
      title.focus();
    },
  };
}
