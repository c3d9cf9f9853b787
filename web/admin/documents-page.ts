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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

type AdminDocument = AdminDocumentsResponse['documents'][number];

/** The documents page. */
export const documentsPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/documents', t('section.documents'));
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, body } = f;
  const count = h(doc, 'p', { class: 'poc-admin-muted', attrs: { 'aria-live': 'polite' } });
  const list = h(doc, 'div', { class: 'poc-admin-docs' });
  body.append(count, list);

  const load = async (focusId?: string) => {
    const { documents } = await f.people.adminDocuments();
    if (f.gone()) return;
    count.textContent = t('docs.count', { count: documents.length });
    list.replaceChildren(...documents.map((d) => card(f, d, load)));
    const wanted = focusId ?? decodeURIComponent(doc.location.hash.slice(1));
    if (wanted) list.querySelector<HTMLElement>(`[data-doc="${CSS.escape(wanted)}"] h2`)?.focus();
  };
  load().catch((err: unknown) => f.failed(t('docs.loadFailed'), err));
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
      h(doc, 'th', { attrs: { scope: 'row', 'data-label': t('docs.person') } }, h(doc, 'a', { text: p.name, attrs: { href: personPath(p.username) } }), p.disabled ? t('docs.disabled') : ''),
      h(doc, 'td', { text: levelWord(p.access), attrs: { 'data-label': t('docs.access') } }),
      h(doc, 'td', { attrs: { 'data-label': t('docs.through') } }, h(doc, 'ul', { class: 'poc-admin-plain' }, ...p.sources.map((s) => h(doc, 'li', { class: 'poc-admin-source', text: sourceWords(s) })))),
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
          h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('docs.whoCaption', { title: d.title }) }),
          h(doc, 'thead', {}, h(doc, 'tr', {}, ...[t('docs.person'), t('docs.access'), t('docs.through')].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
          h(doc, 'tbody', {}, ...rows),
        ),
      )
    : h(doc, 'p', { class: 'poc-admin-muted', text: t('docs.nobody') });

  // Transfer: a person picker and a button.
  const picker = personPicker(doc, people, `poc-admin-owner-${d.id}`, t('docs.newOwner'));
  const summary = errorSummary(doc, t('docs.cannotGive'));
  const give = button(doc, t('docs.transfer'), undefined, { submit: true });
  const transfer = h(doc, 'form', { class: 'poc-admin-form poc-admin-inline', attrs: { novalidate: true } }, summary.element, h(doc, 'div', { class: 'poc-admin-row' }, picker.field.element, give));
  transfer.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([picker.field]);
    void busy(give, async () => {
      const typed = picker.field.control.value.trim();
      try {
        const username = await picker.chosen();
        if (!username) {
          summary.show([{ field: picker.field, message: typed ? t('picker.notFound', { typed }) : t('docs.needOwner') }]);
          return;
        }
        await people.transferOwnership(d.id, username);
        await reload(d.id);
        f.done(t('docs.transferred', { title: d.title, username }));
      } catch (err) {
        f.failed(t('docs.giveFailed', { docId: d.id }), err);
      }
    });
  });

  const archive: HTMLButtonElement = button(
    doc,
    d.archived ? t('docs.unarchive') : t('docs.archive'),
    () =>
      void busy(archive, async () => {
        try {
          await people.setArchived(d.id, !d.archived);
          await reload(d.id);
          f.done(d.archived ? t('docs.live', { title: d.title }) : t('docs.archived', { title: d.title }));
        } catch (err) {
          f.failed(d.archived ? t('docs.unarchiveFailed') : t('docs.archiveFailed'), err);
        }
      }),
    { label: d.archived ? t('docs.unarchiveLabel', { title: d.title }) : t('docs.archiveLabel', { title: d.title }) },
  );
  const del: HTMLButtonElement = button(
    doc,
    t('docs.delete'),
    () =>
      void (async () => {
        const ok = await confirmDialog(doc, {
          title: t('docs.deleteTitle', { title: d.title }),
          text: [t('docs.deleteText')],
          confirm: t('docs.deleteConfirm'),
          typeToConfirm: d.id,
        });
        if (!ok) return;
        await busy(del, async () => {
          try {
            await people.deleteDocument(d.id);
            await reload();
            f.done(t('docs.deleted', { title: d.title, docId: d.id }));
          } catch (err) {
            f.failed(t('docs.deleteFailed', { docId: d.id }), err);
          }
        });
      })(),
    { cls: 'mod-warning', label: t('docs.deleteLabel', { title: d.title }) },
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
      t('docs.facts', { type: d.type || t('docs.unknownType'), state: d.archived ? t('docs.stateArchived') : t('docs.stateLive'), owners: d.owners.join(', ') || t('docs.noOwners') }),
    ),
    h(doc, 'h3', { text: t('docs.whoHeading') }),
    access,
    h(doc, 'h3', { text: t('docs.actionsHeading') }),
    transfer,
    h(doc, 'div', { class: 'poc-admin-row' }, archive, del),
  );
}
