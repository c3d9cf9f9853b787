/**
 * Asking before something that cannot be taken back or that stops people
 * working (disabling a person, deleting a team or a document): a modal
 * dialog that says what will happen, optionally asks to type a word (the
 * document's id) so a slip of the hand deletes nothing, and gives focus
 * back to where it was.
 */
import { h } from '../../editor/dom.js';
import { button } from './admin-form.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** What to ask. */
export interface Confirmation {
  title: string;
  /** What will happen, in sentences. */
  text: string[];
  /** The button's words, e.g. "Disable Ben". */
  confirm: string;
  /** When given, the button works only once this is typed exactly (e.g. a document's id). */
  typeToConfirm?: string;
}

/** Shows the question; resolves true when confirmed, false when cancelled or closed. */
export function confirmDialog(doc: Document, ask: Confirmation): Promise<boolean> {
  const back = doc.activeElement as HTMLElement | null;
  return new Promise((resolve) => {
    const typed = ask.typeToConfirm
      ? h(doc, 'input', { attrs: { id: 'poc-admin-confirm-typed', type: 'text', autocomplete: 'off', spellcheck: 'false' } })
      : null;
    const yes = button(doc, ask.confirm, () => finish(true), { cls: 'mod-warning' });
    const no = button(doc, t('form.cancel'), () => finish(false));
    if (typed) {
      yes.disabled = true;
      typed.addEventListener('input', () => (yes.disabled = typed.value.trim() !== ask.typeToConfirm));
    }
    const dialog = h(
      doc,
      'dialog',
      { class: 'poc-admin-dialog', attrs: { 'aria-labelledby': 'poc-admin-confirm-h' } },
      h(doc, 'h2', { text: ask.title, attrs: { id: 'poc-admin-confirm-h' } }),
      ...ask.text.map((sentence) => h(doc, 'p', { text: sentence })),
      typed ? h(doc, 'div', { class: 'poc-admin-field' }, h(doc, 'label', { text: t('form.typeToConfirm', { word: ask.typeToConfirm ?? '' }), attrs: { for: typed.id } }), typed) : null,
      h(doc, 'div', { class: 'poc-admin-row' }, yes, no),
    );
    let settled = false;
    function finish(ok: boolean): void {
      if (settled) return;
      settled = true;
      if (dialog.open) dialog.close();
      dialog.remove();
      back?.focus();
      resolve(ok);
    }
    dialog.addEventListener('close', () => finish(false));
    doc.body.append(dialog);
    dialog.showModal();
    (typed ?? no).focus();
  });
}
