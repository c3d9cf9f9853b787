/**
 * The documents home page (`/`, issue 13): what waits for this person's
 * approval at the top, then every document they can read, grouped by type
 * and area, each with its status, checks, completion, sign-offs, last
 * change and next review in words; filters and a search applied as one
 * types; a "New document" button for those who may create. Rows are cards
 * that line up as a table on wide screens and stack on a phone (CSS in
 * styles/web-home.css). What is shown is decided in home-list.ts; this
 * module only draws it. It imports nothing of the editor proper (no
 * ProseMirror, no Yjs), so the page stays small over a poor connection.
 */
import type { DocListEntry, RoleState } from '../../shared/api/documents.js';
import { missionToday, missionZone } from '../../shared/time/mission-day.js';
import { h } from '../../editor/dom.js';
import { formatMoment } from '../../editor/words.js';
import { shownError } from '../api-client.js';
import type { Page } from '../app/page-context.js';
import {
  applyFilter,
  checksText,
  completionText,
  groupDocuments,
  type HomeFilter,
  isOverdue,
  lastChangeText,
  NO_FILTER,
  reviewText,
  signoffText,
  signoffWord,
  type SignoffWord,
  statusText,
  typeLabel,
  waitingText,
  waitsForMe,
} from './home-list.js';
import { newDocumentDialog } from './new-document-dialog.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { statusWord } from '../../editor/panels/signoff-readiness.js';

const t = uiWords(webHome);

/** The symbol beside each sign-off state (the words carry the meaning; the symbol helps the eye). */
const SIGNOFF_SYMBOL: Record<SignoffWord, string> = { missing: '○', valid: '✓', stale: '↻', rejected: '✗', 'not verified': '?' };

/** The statuses a document may be filtered by, in the order of its life. */
const STATUSES = ['draft', 'in-review', 'approved', 'archived'] as const;

/** The documents home page. */
export const homePage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = t('home.title');
  let docs: DocListEntry[] = [];
  let filter: HomeFilter = { ...NO_FILTER };
  let gone = false;
  const zone = missionZone(ctx.me.timeZone);
  const today = () => missionToday(zone, new Date());

  const go = (id: string) => `/d/${encodeURIComponent(id)}`;
  /** A link to a document: a real href (opens in a new tab with the usual keys), the app's navigation on a plain click. */
  const docLink = (d: DocListEntry, cls: string, text: string) =>
    h(doc, 'a', {
      class: cls,
      text,
      attrs: { href: go(d.id) },
      on: {
        click: (e) => {
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          ctx.navigate(go(d.id));
        },
      },
    });

  // ------------------------------------------------------------------ frame
  const status = h(doc, 'p', { class: 'poc-home-status', attrs: { role: 'status' }, text: t('home.loading') });
  const waiting = h(doc, 'section', { class: 'poc-home-waiting', attrs: { 'aria-labelledby': 'poc-home-waiting-h' } });
  const list = h(doc, 'section', { class: 'poc-home-list', attrs: { 'aria-labelledby': 'poc-home-all-h' } });
  const count = h(doc, 'p', { class: 'poc-home-count', attrs: { 'aria-live': 'polite' } });
  const groups = h(doc, 'div', { class: 'poc-home-groups' });

  const search = h(doc, 'input', { attrs: { id: 'poc-home-search', type: 'search', autocomplete: 'off', placeholder: t('home.searchPlaceholder') } });
  const typeSelect = h(doc, 'select', { attrs: { id: 'poc-home-type' } });
  const statusSelect = h(
    doc,
    'select',
    { attrs: { id: 'poc-home-state' } },
    h(doc, 'option', { text: t('home.anyStatus'), attrs: { value: '' } }),
    ...STATUSES.map((value) => h(doc, 'option', { text: statusWord(value), attrs: { value } })),
  );
  const mine = h(doc, 'input', { attrs: { id: 'poc-home-mine', type: 'checkbox' } });
  const overdue = h(doc, 'input', { attrs: { id: 'poc-home-overdue', type: 'checkbox' } });
  const field = (label: string, control: HTMLElement, cls = 'poc-home-field') =>
    h(doc, 'div', { class: cls }, h(doc, 'label', { text: label, attrs: { for: control.id } }), control);
  const check = (label: string, control: HTMLElement) =>
    h(doc, 'div', { class: 'poc-home-check' }, control, h(doc, 'label', { text: label, attrs: { for: control.id } }));
  const filters = h(
    doc,
    'form',
    { class: 'poc-home-filters', attrs: { role: 'search', 'aria-label': t('home.find') }, on: { submit: (e) => e.preventDefault() } },
    field(t('home.search'), search, 'poc-home-field poc-home-search'),
    field(t('home.type'), typeSelect),
    field(t('home.status'), statusSelect),
    check(t('home.mine'), mine),
    check(t('home.overdue'), overdue),
  );
  const onFilter = () => {
    filter = { type: typeSelect.value, status: statusSelect.value, waitingForMe: mine.checked, overdue: overdue.checked, search: search.value };
    drawList();
  };
  search.addEventListener('input', onFilter);
  for (const c of [typeSelect, statusSelect, mine, overdue]) c.addEventListener('change', onFilter);

  const dialog = newDocumentDialog(doc, { api: ctx.api, created: (id) => ctx.navigate(go(id)) });
  const newButton = ctx.me.canCreate
    ? h(doc, 'button', { class: 'mod-cta poc-home-new', text: t('home.new'), attrs: { type: 'button' }, on: { click: () => dialog.open() } })
    : null;

  const page = h(
    doc,
    'div',
    { class: 'poc-home' },
    h(
      doc,
      'header',
      { class: 'poc-home-header' },
      h(doc, 'h1', { text: t('home.heading') }),
      newButton,
    ),
    status,
    waiting,
    list,
    dialog.element,
  );
  list.append(h(doc, 'h2', { text: t('home.all'), attrs: { id: 'poc-home-all-h' } }), filters, count, groups);
  root.replaceChildren(page);

  // ------------------------------------------------------------------ drawing
  function drawWaiting(): void {
    const mineNow = docs.filter(waitsForMe);
    waiting.replaceChildren(
      h(doc, 'h2', { text: t('home.waitingHeading'), attrs: { id: 'poc-home-waiting-h' } }),
      mineNow.length
        ? h(
            doc,
            'ul',
            { class: 'poc-home-waiting-list' },
            ...mineNow.map((d) =>
              h(doc, 'li', {}, docLink(d, 'poc-home-title', d.title ?? d.id), h(doc, 'span', { class: 'poc-home-ask', text: waitingText(d) })),
            ),
          )
        : h(doc, 'p', { class: 'poc-home-empty', text: t('home.nothingWaiting') }),
    );
  }

  function drawTypeOptions(): void {
    const types = new Map<string, string>();
    for (const d of docs) if (d.type) types.set(d.type, typeLabel(d));
    typeSelect.replaceChildren(
      h(doc, 'option', { text: t('home.anyType'), attrs: { value: '' } }),
      ...[...types].sort(([, a], [, b]) => a.localeCompare(b)).map(([value, text]) => h(doc, 'option', { text, attrs: { value } })),
    );
    typeSelect.value = filter.type;
  }

  function signoffItem(s: RoleState): HTMLElement {
    const word = signoffWord(s);
    return h(
      doc,
      'li',
      { class: `poc-home-signoff is-${word.replace(' ', '-')}` },
      h(doc, 'span', { class: 'poc-home-symbol', text: SIGNOFF_SYMBOL[word], attrs: { 'aria-hidden': 'true' } }),
      signoffText(s),
    );
  }

  /** One fact of a row: its label (shown on a phone, read by screen readers everywhere) and its value. */
  const fact = (cls: string, label: string, ...value: Array<Node | string>) =>
    h(doc, 'div', { class: `poc-home-fact ${cls}` }, h(doc, 'span', { class: 'poc-home-label', text: t('home.factLabel', { label }) }), ...value);

  function row(d: DocListEntry, now: Date, day: string): HTMLElement {
    const late = isOverdue(d, day);
    const checks = d.validation;
    return h(
      doc,
      'li',
      { class: 'poc-home-doc', attrs: { 'data-doc': d.id } },
      h(doc, 'div', { class: 'poc-home-fact poc-home-name' }, docLink(d, 'poc-home-title', d.title ?? d.id), h(doc, 'span', { class: 'poc-home-id', text: d.id })),
      fact('poc-home-state', t('home.col.status'), h(doc, 'span', { class: `poc-home-chip is-${d.archived ? 'archived' : (d.status ?? 'unreadable')}`, text: statusText(d) })),
      fact('poc-home-checks' + (checks?.errors ? ' has-errors' : checks?.warnings ? ' has-warnings' : ''), t('home.col.checks'), checksText(d)),
      fact('poc-home-completion', t('home.col.completion'), completionText(d)),
      fact(
        'poc-home-signoffs',
        t('home.col.signoff'),
        d.signoffs.length ? h(doc, 'ul', { class: 'poc-home-signoff-list' }, ...d.signoffs.map(signoffItem)) : t('home.noSignoff'),
      ),
      fact(
        'poc-home-changed',
        t('home.col.changed'),
        d.lastChange ? h(doc, 'span', { text: lastChangeText(d, now), title: formatMoment(d.lastChange.at, { timeZone: zone }) }) : lastChangeText(d, now),
      ),
      fact('poc-home-review' + (late ? ' is-overdue' : ''), t('home.col.review'), reviewText(d, day)),
    );
  }

  function drawList(): void {
    const day = today();
    const now = new Date();
    const shown = applyFilter(docs, filter, day);
    count.textContent = shown.length === docs.length ? t('home.count', { count: docs.length }) : t('home.showing', { shown: shown.length, count: docs.length });
    if (!shown.length) {
      groups.replaceChildren(
        h(doc, 'p', { class: 'poc-home-empty', text: docs.length ? t('home.noMatch') : t('home.noDocuments') }),
      );
      return;
    }
    const head = h(
      doc,
      'div',
      { class: 'poc-home-columns', attrs: { 'aria-hidden': 'true' } },
      ...(['document', 'status', 'checks', 'completion', 'signoff', 'changed', 'review'] as const).map((c) => h(doc, 'span', { text: t(`home.col.${c}`) })),
    );
    groups.replaceChildren(
      head,
      ...groupDocuments(shown).map((g) =>
        h(
          doc,
          'section',
          { class: 'poc-home-group' },
          h(doc, 'h3', { text: g.label }),
          ...g.areas.map((a) =>
            h(doc, 'div', { class: 'poc-home-area' }, h(doc, 'h4', { text: a.label }), h(doc, 'ul', { class: 'poc-home-docs' }, ...a.docs.map((d) => row(d, now, day)))),
          ),
        ),
      ),
    );
  }

  // ------------------------------------------------------------------ loading
  ctx.api.listDocuments().then(
    (listed) => {
      if (gone) return;
      docs = listed;
      status.textContent = '';
      status.hidden = true;
      drawWaiting();
      drawTypeOptions();
      drawList();
    },
    (err: unknown) => {
      if (gone) return;
      status.textContent = t('home.loadFailed', { reason: shownError(err).message });
      status.classList.add('is-error');
    },
  );

  return {
    destroy() {
      gone = true;
      if (dialog.element.open) dialog.element.close();
      page.remove();
    },
  };
};
