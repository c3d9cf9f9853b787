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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** The audit trail page. */
export const auditPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/audit', t('section.audit'));
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  const zone = missionZone(ctx.me.timeZone);

  const who = textField(doc, 'poc-admin-audit-who', t('audit.who'), { hint: t('audit.whoHint') });
  const what = selectField(doc, 'poc-admin-audit-what', t('audit.what'), [['', t('audit.anything')]]);
  const docId = textField(doc, 'poc-admin-audit-doc', t('audit.document'), { hint: t('audit.documentHint') });
  const from = textField(doc, 'poc-admin-audit-from', t('audit.from'), { type: 'date' });
  const to = textField(doc, 'poc-admin-audit-to', t('audit.to'), { type: 'date' });
  const apply = button(doc, t('audit.show'), undefined, { cls: 'mod-cta', submit: true });
  const csv = h(doc, 'a', { class: 'poc-admin-csv', text: t('audit.csv'), attrs: { href: people.auditCsvPath(), download: 'audit.csv' } });
  const form = h(
    doc,
    'form',
    { class: 'poc-admin-filters', attrs: { role: 'search', 'aria-label': t('audit.filter'), novalidate: true } },
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
    count.textContent = truncated ? t('audit.countTruncated', { count: entries.length }) : t('audit.count', { count: entries.length });
    if (!entries.length) return table.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: t('audit.none') }));
    table.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table poc-admin-audit' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('audit.caption') }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...[t('audit.when'), t('audit.who'), t('audit.what'), t('audit.document'), t('audit.details')].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...[...entries].reverse().map((e) =>
            h(
              doc,
              'tr',
              { attrs: { 'data-kind': e.kind } },
              h(doc, 'td', { text: formatMoment(e.at, { timeZone: zone }), attrs: { 'data-label': t('audit.when') } }),
              h(doc, 'td', { text: e.actor ?? '—', attrs: { 'data-label': t('audit.who') } }),
              h(doc, 'td', { text: kindWords(e.kind), attrs: { 'data-label': t('audit.what') } }),
              h(doc, 'td', { text: e.docId ?? '—', attrs: { 'data-label': t('audit.document') } }),
              h(doc, 'td', { class: 'poc-admin-detail', text: detailWords(e.detail), attrs: { 'data-label': t('audit.details') } }),
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
    void busy(apply, () => show().catch((err: unknown) => f.failed(t('audit.failed'), err)));
  });
  show().catch((err: unknown) => f.failed(t('audit.failed'), err));
  return { destroy: () => f.destroy() };
};
