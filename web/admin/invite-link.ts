/**
 * A single-use invite link, shown once: in a read-only field with a Copy
 * button, with the words that matter to whoever sends it — it works once,
 * for 7 days, and this page will not show it again (the server keeps only
 * its hash).
 */
import { h } from '../../editor/dom.js';
import type { Invite } from '../../shared/api/people.js';
import { formatMoment } from '../../editor/words.js';
import { button } from './admin-form.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** The invite link of `name`, with its copy button; focus goes to the field so it can be copied at once. */
export function inviteBox(doc: Document, name: string, invite: Invite, timeZone: string): HTMLElement {
  const field = h(doc, 'input', { attrs: { id: 'poc-admin-invite-url', type: 'text', readonly: true, spellcheck: 'false' } });
  field.value = invite.url;
  const said = h(doc, 'p', { class: 'poc-admin-copied', attrs: { role: 'status' } });
  const copy = button(doc, t('invite.copy'), () => {
    field.select();
    const nav = doc.defaultView?.navigator;
    const wrote = nav?.clipboard ? nav.clipboard.writeText(invite.url) : Promise.reject(new Error('no clipboard'));
    wrote.then(
      () => (said.textContent = t('invite.copied')),
      () => (said.textContent = t('invite.selected')),
    );
  });
  const box = h(
    doc,
    'section',
    { class: 'poc-admin-invite', attrs: { 'aria-labelledby': 'poc-admin-invite-h' } },
    h(doc, 'h2', { text: t('invite.heading', { name }), attrs: { id: 'poc-admin-invite-h' } }),
    h(doc, 'p', {
      text: t('invite.text', { name, until: formatMoment(invite.expiresAt, { timeZone }) }),
    }),
    h(doc, 'div', { class: 'poc-admin-row' }, h(doc, 'label', { text: t('invite.label'), attrs: { for: field.id, class: 'poc-admin-visually-hidden' } }), field, copy),
    said,
  );
  return box;
}
