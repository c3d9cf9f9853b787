/**
 * `/admin`: everyone who may use the server, searchable (username, name,
 * e-mail, offices, teams), with their offices in words, their teams, whether
 * they administer or are disabled, and when they were last seen; and "Add a
 * person", which answers the new person's single-use invite link, shown once.
 */
import { h } from '../../editor/dom.js';
import type { AdminUser } from '../../shared/api/people.js';
import { formatMoment } from '../../editor/words.js';
import { missionZone } from '../../shared/time/mission-day.js';
import type { Page } from '../app/page-context.js';
import { adminFrame, isRefused } from './admin-frame.js';
import { busy, button, checkField, errorSummary, type Field, textField } from './admin-form.js';
import { holdingWords, relativeWords } from './admin-words.js';
import { inviteBox } from './invite-link.js';
import { officesEditor } from './offices-editor.js';
import { labeller, officeRoles } from './office-roles.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';

const t = uiWords(webAdminPeople);
const ta = uiWords(webAdmin);

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** A person's address in the administration. */
export const personPath = (username: string) => `/admin/people/${encodeURIComponent(username)}`;

/** The people page. */
export const peoplePage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin', ta('section.people'));
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  const zone = missionZone(ctx.me.timeZone);
  let users: AdminUser[] = [];
  let label = (r: string) => r;

  const search = h(doc, 'input', { attrs: { id: 'poc-admin-search', type: 'search', autocomplete: 'off', placeholder: t('people.searchPlaceholder') } });
  const count = h(doc, 'p', { class: 'poc-admin-muted', attrs: { 'aria-live': 'polite' } });
  const table = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const addButton = button(doc, t('people.add'), () => openAdd(), { cls: 'mod-cta' });
  const addArea = h(doc, 'div', { class: 'poc-admin-add-area' });

  body.append(
    h(doc, 'div', { class: 'poc-admin-toolbar' }, h(doc, 'div', { class: 'poc-admin-field poc-admin-grow' }, h(doc, 'label', { text: t('people.search'), attrs: { for: search.id } }), search), addButton),
    addArea,
    count,
    table,
  );
  search.addEventListener('input', () => draw());

  const haystack = (u: AdminUser) =>
    [u.username, u.name, u.email ?? '', ...u.offices.map((o) => holdingWords(o, label)), ...u.teams.map((team) => team.name)].join('\n').toLowerCase();

  function officesCell(u: AdminUser): Node {
    const own = u.offices.map((o) => holdingWords(o, label));
    const viaTeams = u.teamOffices.map((o) => t('people.through', { holding: holdingWords(o.holding, label), team: u.teams.find((m) => m.team === o.team)?.name ?? o.team }));
    const all = [...own, ...viaTeams];
    return all.length ? h(doc, 'ul', { class: 'poc-admin-plain' }, ...all.map((w) => h(doc, 'li', { text: w }))) : doc.createTextNode(t('none'));
  }

  function row(u: AdminUser, now: Date): HTMLElement {
    const cell = (name: string, ...content: Array<Node | string>) => h(doc, 'td', { attrs: { 'data-label': name } }, ...content);
    const state = [u.admin ? t('people.admin') : '', u.disabledAt ? t('people.disabled') : '', u.invitePending ? t('people.invited') : ''].filter(Boolean).join(', ') || t('people.active');
    return h(
      doc,
      'tr',
      { class: u.disabledAt ? 'is-disabled' : '', attrs: { 'data-user': u.username } },
      h(doc, 'th', { attrs: { scope: 'row', 'data-label': t('people.username') } }, h(doc, 'a', { text: u.username, attrs: { href: personPath(u.username) } })),
      cell(t('name'), u.name),
      cell(t('people.email'), u.email ?? '—'),
      cell(t('people.offices'), officesCell(u)),
      cell(t('people.teams'), u.teams.length ? u.teams.map((m) => (m.manager ? t('manager', { name: m.name }) : m.name)).join(', ') : t('none')),
      cell(t('people.state'), state),
      cell(t('people.lastSeen'), u.lastSeenAt ? h(doc, 'span', { text: relativeWords(u.lastSeenAt, now), title: formatMoment(u.lastSeenAt, { timeZone: zone }) }) : t('never')),
    );
  }

  function draw(): void {
    const q = search.value.trim().toLowerCase();
    const shown = q ? users.filter((u) => haystack(u).includes(q)) : users;
    count.textContent = shown.length === users.length ? t('people.count', { count: users.length }) : t('people.showing', { shown: shown.length, count: users.length });
    if (!shown.length) {
      table.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: users.length ? t('people.noMatch') : t('people.empty') }));
      return;
    }
    const now = new Date();
    table.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('people.caption') }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...[t('people.username'), t('name'), t('people.email'), t('people.offices'), t('people.teams'), t('people.state'), t('people.lastSeen')].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
        h(doc, 'tbody', {}, ...shown.map((u) => row(u, now))),
      ),
    );
  }

  async function load(): Promise<void> {
    const [list, roles] = await Promise.all([people.users(), officeRoles()]);
    if (f.gone()) return;
    users = list;
    label = labeller(roles);
    draw();
  }

  async function openAdd(): Promise<void> {
    const roles = await officeRoles();
    if (f.gone()) return;
    addButton.hidden = true;
    const username = textField(doc, 'poc-admin-new-username', t('people.username'), { hint: t('people.usernameHint'), required: true });
    const name = textField(doc, 'poc-admin-new-name', t('name'), { required: true, autocomplete: 'off' });
    const email = textField(doc, 'poc-admin-new-email', t('people.emailOptional'), { type: 'email', hint: t('people.emailHint') });
    const offices = officesEditor(doc, roles, 'poc-admin-new-office', []);
    const canCreate = checkField(doc, 'poc-admin-new-create', t('mayCreate'));
    const summary = errorSummary(doc);
    const submit = button(doc, t('people.submit'), undefined, { cls: 'mod-cta', submit: true });
    const close = () => {
      addArea.replaceChildren();
      addButton.hidden = false;
      addButton.focus();
    };
    const form = h(
      doc,
      'form',
      { class: 'poc-admin-form', attrs: { 'aria-labelledby': 'poc-admin-add-h', novalidate: true } },
      h(doc, 'h2', { text: t('people.add'), attrs: { id: 'poc-admin-add-h' } }),
      h(doc, 'p', { class: 'poc-admin-muted', text: t('people.startsWith') }),
      summary.element,
      username.element,
      name.element,
      email.element,
      offices.element,
      canCreate.element,
      h(doc, 'div', { class: 'poc-admin-row' }, submit, button(doc, ta('form.cancel'), close)),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const fields: Array<Field<HTMLElement>> = [username, name, email];
      summary.clear(fields);
      const u = username.control.value.trim();
      const n = name.control.value.trim();
      const m = email.control.value.trim();
      const problems = [
        ...(!USERNAME.test(u) ? [{ field: username, message: u ? t('people.badUsername', { username: u }) : t('people.needUsername') }] : []),
        ...(!n ? [{ field: name, message: t('needName') }] : []),
        ...(m && !/^[^@\s]+@[^@\s]+$/.test(m) ? [{ field: email, message: t('badEmail', { email: m }) }] : []),
      ];
      if (summary.show(problems)) return;
      void busy(submit, async () => {
        try {
          const added = await people.addUser({ username: u, name: n, ...(m ? { email: m } : {}), offices: offices.value(), canCreate: canCreate.control.checked });
          if (f.gone()) return;
          users = [...users.filter((x) => x.username !== u), added.user].sort((a, b) => a.username.localeCompare(b.username));
          draw();
          const box = inviteBox(doc, added.user.name, added.invite, zone);
          addArea.replaceChildren(box, button(doc, t('done'), close));
          f.done(t('people.added', { name: added.user.name }));
          box.querySelector('input')?.focus();
        } catch (err) {
          f.failed(t('people.addFailed', { username: u }), err);
        }
      });
    });
    addArea.replaceChildren(form);
    username.control.focus();
  }

  load().catch((err: unknown) => f.failed(t('people.loadFailed'), err));
  return { destroy: () => f.destroy() };
};
