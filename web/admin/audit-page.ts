/**
 * `/admin/audit`: the audit trail, newest first, filtered by who, what
 * (the kind of act), document and dates, each entry's time in the
 * person's locale with the mission's zone named; and the same entries as
 * CSV through a plain link (the browser sends the session cookie with it).
 */
import { h } from '../../editor/dom.js';
import { AUDIT_KINDS } from '../../shared/api/audit-kinds.js';
import type { AuditEntryView, AuditQueryParams } from '../../shared/api/people.js';
import { formatMoment } from '../../editor/words.js';
import { missionZone } from '../../shared/time/mission-day.js';
import type { Page } from '../app/page-context.js';
import { adminFrame, isRefused } from './admin-frame.js';
import { busy, button, selectField, textField } from './admin-form.js';
import { detailWords, kindWords } from './admin-words.js';

/** The audit trail page. */
export const auditPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/audit', 'Audit trail');
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  const zone = missionZone(ctx.me.timeZone);

  const who = textField(doc, 'poc-admin-audit-who', 'Who', { hint: 'A username.' });
  const what = selectField(doc, 'poc-admin-audit-what', 'What', [['', 'Anything']]);
  const docId = textField(doc, 'poc-admin-audit-doc', 'Document', { hint: 'A document id.' });
  const from = textField(doc, 'poc-admin-audit-from', 'From', { type: 'date' });
  const to = textField(doc, 'poc-admin-audit-to', 'To', { type: 'date' });
  const apply = button(doc, 'Show', undefined, { cls: 'mod-cta', submit: true });
  const csv = h(doc, 'a', { class: 'poc-admin-csv', text: 'Export CSV', attrs: { href: people.auditCsvPath(), download: 'audit.csv' } });
  const form = h(
    doc,
    'form',
    { class: 'poc-admin-filters', attrs: { role: 'search', 'aria-label': 'Filter the audit trail', novalidate: true } },
    who.element,
    what.element,
    docId.element,
    from.element,
    to.element,
    h(doc, 'div', { class: 'poc-admin-row poc-admin-filter-actions' }, apply, csv),
  );
  const count = h(doc, 'p', { class: 'poc-admin-muted', attrs: { 'aria-live': 'polite' } });
  const table = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  body.append(form, count, table);

  const filters = (): AuditQueryParams => {
    const q: AuditQueryParams = {};
    const set = (k: keyof AuditQueryParams, v: string) => {
      if (v.trim()) q[k] = v.trim();
    };
    set('actor', who.control.value);
    set('kind', what.control.value);
    set('docId', docId.control.value);
    set('from', from.control.value);
    set('to', to.control.value);
    return q;
  };

  // Every kind the server writes, in words, so an administrator can look for one that has not happened yet.
  what.control.append(...[...AUDIT_KINDS].sort((a, b) => kindWords(a).localeCompare(kindWords(b))).map((k) => h(doc, 'option', { text: kindWords(k), attrs: { value: k } })));

  function draw(entries: AuditEntryView[], truncated: boolean): void {
    count.textContent = `${entries.length} entr${entries.length === 1 ? 'y' : 'ies'}${truncated ? ' (the newest only: narrow the filters or export CSV to see more)' : ''}`;
    if (!entries.length) return table.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: 'Nothing matches these filters.' }));
    table.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table poc-admin-audit' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: 'Audit entries, newest first' }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['When', 'Who', 'What', 'Document', 'Details'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...[...entries].reverse().map((e) =>
            h(
              doc,
              'tr',
              { attrs: { 'data-kind': e.kind } },
              h(doc, 'td', { text: formatMoment(e.at, { timeZone: zone }), attrs: { 'data-label': 'When' } }),
              h(doc, 'td', { text: e.actor ?? '—', attrs: { 'data-label': 'Who' } }),
              h(doc, 'td', { text: kindWords(e.kind), attrs: { 'data-label': 'What' } }),
              h(doc, 'td', { text: e.docId ?? '—', attrs: { 'data-label': 'Document' } }),
              h(doc, 'td', { class: 'poc-admin-detail', text: detailWords(e.detail), attrs: { 'data-label': 'Details' } }),
            ),
          ),
        ),
      ),
    );
  }

  const show = async () => {
    const q = filters();
    const { entries, truncated } = await people.audit(q);
    if (f.gone()) return;
    draw(entries, truncated);
    // Only now: the export is always of the rows on screen, never of filters still loading.
    csv.setAttribute('href', people.auditCsvPath(q));
    f.clear();
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void busy(apply, () => show().catch((err: unknown) => f.failed('Reading the audit trail', err)));
  });
  show().catch((err: unknown) => f.failed('Reading the audit trail', err));
  return { destroy: () => f.destroy() };
};
