/**
 * The "New document" dialog of the home page: a type and a title, sent with
 * `createDocument`; on success the page goes to the new document, on failure
 * the server's reason is shown in words and the dialog stays open with what
 * was typed. A native <dialog>: it traps focus, Escape closes it, and focus
 * returns to the button that opened it.
 */
import type { ApiClient } from '../../shared/api/client.js';
import { DOC_TYPES } from '../../shared/template/template-schema.js';
import { h } from '../../editor/dom.js';
import { shownError } from '../api-client.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';

const t = uiWords(webHome);

/** What the dialog needs: the client, the names of the types known so far, and where to go once created. */
export interface NewDocumentDeps {
  api: ApiClient;
  /** Type id → the template's name, as the listing told it; a type not listed yet is named from its id. */
  typeNames: ReadonlyMap<string, string>;
  /** Called with the new document's id. */
  created(id: string): void;
}

/** A type id as a name when the server has not told its template's name: "threat-matrix" → "Threat matrix". */
function fallbackName(type: string): string {
  const words = type.replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Builds the dialog (closed) in `doc`; `open()` shows it. */
export function newDocumentDialog(doc: Document, deps: NewDocumentDeps): { element: HTMLDialogElement; open(): void } {
  const error = h(doc, 'p', { class: 'poc-home-dialog-error', attrs: { id: 'poc-new-doc-error', role: 'alert' } });
  const type = h(doc, 'select', { attrs: { id: 'poc-new-doc-type', name: 'type' } });
  // Named when opened: by then the listing has told the names of the types it holds.
  const nameTypes = () => {
    const chosen = type.value;
    type.replaceChildren(...DOC_TYPES.map((id) => h(doc, 'option', { text: deps.typeNames.get(id) ?? fallbackName(id), attrs: { value: id } })));
    if (chosen) type.value = chosen;
  };
  const title = h(doc, 'input', { attrs: { id: 'poc-new-doc-title', name: 'title', type: 'text', autocomplete: 'off', 'aria-describedby': 'poc-new-doc-error' } });
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
    deps.api.createDocument({ type: type.value, title: name }).then(
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
      nameTypes();
      dialog.showModal();
      title.focus();
    },
  };
}
