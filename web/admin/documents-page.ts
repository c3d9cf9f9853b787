/**
 * `/admin/documents`: every document, live or archived, with its owners and
 * who has access through what ("Commenter — through Sector North POC
 * working group", "Owner — every document"); and what only an
 * administrator does to a document: give it to another owner, archive or
 * unarchive it, delete its content (its sign-offs and audit trail are kept).
 */
import { h } from '../../editor/dom.js';
import type { AdminDocumentsResponse } from '../../shared/api/people.js';
import type { Page } from '../app/page-context.js';
import { type AdminFrame, adminFrame, isRefused } from './admin-frame.js';
import { busy, button, errorSummary } from './admin-form.js';
import { levelWord, sourceWords } from './admin-words.js';
import { confirmDialog } from './confirm-dialog.js';
import { personPath } from './people-page.js';
import { personPicker } from './person-picker.js';

type AdminDocument = AdminDocumentsResponse['documents'][number];

/** The documents page. */
export const documentsPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/documents', 'Documents');
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, body } = f;
  const count = h(doc, 'p', { class: 'poc-admin-muted', attrs: { 'aria-live': 'polite' } });
  const list = h(doc, 'div', { class: 'poc-admin-docs' });
  body.append(count, list);

  const load = async (focusId?: string) => {
    const { documents } = await f.people.adminDocuments();
    if (f.gone()) return;
    count.textContent = `${documents.length} document${documents.length === 1 ? '' : 's'}`;
    list.replaceChildren(...documents.map((d) => card(f, d, load)));
    const wanted = focusId ?? decodeURIComponent(doc.location.hash.slice(1));
    if (wanted) list.querySelector<HTMLElement>(`[data-doc="${CSS.escape(wanted)}"] h2`)?.focus();
  };
  load().catch((err: unknown) => f.failed('Loading the documents', err));
  return { destroy: () => f.destroy() };
};

/** One document: its facts, who has access through what, and the administrator's actions. */
function card(f: AdminFrame, d: AdminDocument, reload: (focusId?: string) => Promise<void>): HTMLElement {
  const { doc, people } = f;
  const hid = `poc-admin-doc-${d.id}`;
  const rows = d.access.people.map((p) =>
    h(
      doc,
      'tr',
      { attrs: { 'data-user': p.username } },
      h(doc, 'th', { attrs: { scope: 'row', 'data-label': 'Person' } }, h(doc, 'a', { text: p.name, attrs: { href: personPath(p.username) } }), p.disabled ? ' (disabled)' : ''),
      h(doc, 'td', { text: levelWord(p.access), attrs: { 'data-label': 'Access' } }),
      h(doc, 'td', { attrs: { 'data-label': 'Through' } }, h(doc, 'ul', { class: 'poc-admin-plain' }, ...p.sources.map((s) => h(doc, 'li', { class: 'poc-admin-source', text: sourceWords(s) })))),
    ),
  );
  const access = rows.length
    ? h(
        doc,
        'div',
        { class: 'poc-admin-table-wrap' },
        h(
          doc,
          'table',
          { class: 'poc-admin-table' },
          h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: `Who has access to ${d.title}` }),
          h(doc, 'thead', {}, h(doc, 'tr', {}, ...['Person', 'Access', 'Through'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
          h(doc, 'tbody', {}, ...rows),
        ),
      )
    : h(doc, 'p', { class: 'poc-admin-muted', text: 'Nobody has access.' });

  // Transfer: a person picker and a button.
  const picker = personPicker(doc, people, `poc-admin-owner-${d.id}`, 'New owner');
  const summary = errorSummary(doc, 'The document cannot be given yet');
  const give = button(doc, 'Transfer ownership', undefined, { submit: true });
  const transfer = h(doc, 'form', { class: 'poc-admin-form poc-admin-inline', attrs: { novalidate: true } }, summary.element, h(doc, 'div', { class: 'poc-admin-row' }, picker.field.element, give));
  transfer.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([picker.field]);
    void busy(give, async () => {
      const typed = picker.field.control.value.trim();
      try {
        const username = await picker.chosen();
        if (!username) {
          summary.show([{ field: picker.field, message: typed ? `Nobody called "${typed}" was found: type part of their name and choose from the list.` : 'Type the name or username of the new owner.' }]);
          return;
        }
        await people.transferOwnership(d.id, username);
        await reload(d.id);
        f.done(`${d.title} now belongs to ${username}; its other owners became editors.`);
      } catch (err) {
        f.failed(`Giving ${d.id}`, err);
      }
    });
  });

  const archive: HTMLButtonElement = button(
    doc,
    d.archived ? 'Unarchive' : 'Archive',
    () =>
      void busy(archive, async () => {
        try {
          await people.setArchived(d.id, !d.archived);
          await reload(d.id);
          f.done(d.archived ? `${d.title} is live again: people can change it as their access allows.` : `${d.title} is archived: everyone can read it, nobody can change it.`);
        } catch (err) {
          f.failed(d.archived ? 'Unarchiving' : 'Archiving', err);
        }
      }),
    { label: `${d.archived ? 'Unarchive' : 'Archive'} ${d.title}` },
  );
  const del: HTMLButtonElement = button(
    doc,
    'Delete',
    () =>
      void (async () => {
        const ok = await confirmDialog(doc, {
          title: `Delete ${d.title}?`,
          text: [`Its content is deleted for good and nobody can open it again. Its sign-offs and the audit trail are kept, so what was approved, and by whom, can still be shown.`],
          confirm: 'Delete the document',
          typeToConfirm: d.id,
        });
        if (!ok) return;
        await busy(del, async () => {
          try {
            await people.deleteDocument(d.id);
            await reload();
            f.done(`${d.title} (${d.id}) was deleted; its sign-offs and audit trail are kept.`);
          } catch (err) {
            f.failed(`Deleting ${d.id}`, err);
          }
        });
      })(),
    { cls: 'mod-warning', label: `Delete ${d.title}` },
  );

  return h(
    doc,
    'section',
    { class: 'poc-admin-doc', attrs: { 'data-doc': d.id, 'aria-labelledby': hid } },
    h(doc, 'h2', { text: d.title, attrs: { id: hid, tabindex: '-1' } }),
    h(
      doc,
      'p',
      { class: 'poc-admin-muted' },
      h(doc, 'a', { text: d.id, attrs: { href: `/d/${encodeURIComponent(d.id)}` } }),
      ` · ${d.type || 'unknown type'} · ${d.archived ? 'Archived' : 'Live'} · Owners: ${d.owners.join(', ') || 'none'}`,
    ),
    h(doc, 'h3', { text: 'Who has access' }),
    access,
    h(doc, 'h3', { text: 'Ownership, archive, delete' }),
    transfer,
    h(doc, 'div', { class: 'poc-admin-row' }, archive, del),
  );
}
