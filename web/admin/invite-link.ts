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

/** The invite link of `name`, with its copy button; focus goes to the field so it can be copied at once. */
export function inviteBox(doc: Document, name: string, invite: Invite, timeZone: string): HTMLElement {
  const field = h(doc, 'input', { attrs: { id: 'poc-admin-invite-url', type: 'text', readonly: true, spellcheck: 'false' } });
  field.value = invite.url;
  const said = h(doc, 'p', { class: 'poc-admin-copied', attrs: { role: 'status' } });
  const copy = button(doc, 'Copy link', () => {
    field.select();
    const nav = doc.defaultView?.navigator;
    const wrote = nav?.clipboard ? nav.clipboard.writeText(invite.url) : Promise.reject(new Error('no clipboard'));
    wrote.then(
      () => (said.textContent = 'Copied. Paste it into an e-mail or a message to them.'),
      () => (said.textContent = 'The link is selected: copy it with Ctrl+C (⌘C on a Mac).'),
    );
  });
  const box = h(
    doc,
    'section',
    { class: 'poc-admin-invite', attrs: { 'aria-labelledby': 'poc-admin-invite-h' } },
    h(doc, 'h2', { text: `Invite link for ${name}`, attrs: { id: 'poc-admin-invite-h' } }),
    h(doc, 'p', {
      text: `Send this link to ${name}. It works once, for 7 days (until ${formatMoment(invite.expiresAt, { timeZone })}), and signs them in to the web workspace. It is shown only now: copy it before you leave this page. A new link makes this one stop working.`,
    }),
    h(doc, 'div', { class: 'poc-admin-row' }, h(doc, 'label', { text: 'Invite link', attrs: { for: field.id, class: 'poc-admin-visually-hidden' } }), field, copy),
    said,
  );
  return box;
}
