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

const USERNAME = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/** A person's address in the administration. */
export const personPath = (username: string) => `/admin/people/${encodeURIComponent(username)}`;

/** The people page. */
export const peoplePage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin', 'People');
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  const zone = missionZone(ctx.me.timeZone);
  let users: AdminUser[] = [];
  let label = (r: string) => r;

  const search = h(doc, 'input', { attrs: { id: 'poc-admin-search', type: 'search', autocomplete: 'off', placeholder: 'Username, name, e-mail, office or team' } });
  const count = h(doc, 'p', { class: 'poc-admin-muted', attrs: { 'aria-live': 'polite' } });
  const table = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const addButton = button(doc, 'Add a person', () => openAdd(), { cls: 'mod-cta' });
  const addArea = h(doc, 'div', { class: 'poc-admin-add-area' });

  body.append(
    h(doc, 'div', { class: 'poc-admin-toolbar' }, h(doc, 'div', { class: 'poc-admin-field poc-admin-grow' }, h(doc, 'label', { text: 'Search people', attrs: { for: search.id } }), search), addButton),
    addArea,
    count,
    table,
  );
  search.addEventListener('input', () => draw());

  const haystack = (u: AdminUser) =>
    [u.username, u.name, u.email ?? '', ...u.offices.map((o) => holdingWords(o, label)), ...u.teams.map((t) => t.name)].join('\n').toLowerCase();

  function officesCell(u: AdminUser): Node {
    const own = u.offices.map((o) => holdingWords(o, label));
    const viaTeams = u.teamOffices.map((t) => `${holdingWords(t.holding, label)} (through ${u.teams.find((m) => m.team === t.team)?.name ?? t.team})`);
    const all = [...own, ...viaTeams];
    return all.length ? h(doc, 'ul', { class: 'poc-admin-plain' }, ...all.map((w) => h(doc, 'li', { text: w }))) : doc.createTextNode('None');
  }

  function row(u: AdminUser, now: Date): HTMLElement {
    const cell = (name: string, ...content: Array<Node | string>) => h(doc, 'td', { attrs: { 'data-label': name } }, ...content);
    const state = [u.admin ? 'Administrator' : '', u.disabledAt ? 'Disabled' : '', u.invitePending ? 'Invited' : ''].filter(Boolean).join(', ') || 'Active';
    return h(
      doc,
      'tr',
      { class: u.disabledAt ? 'is-disabled' : '', attrs: { 'data-user': u.username } },
      h(doc, 'th', { attrs: { scope: 'row', 'data-label': 'Username' } }, h(doc, 'a', { text: u.username, attrs: { href: personPath(u.username) } })),
      cell('Name', u.name),
      cell('E-mail', u.email ?? '—'),
      cell('Offices', officesCell(u)),
      cell('Teams', u.teams.length ? u.teams.map((t) => `${t.name}${t.manager ? ' (manager)' : ''}`).join(', ') : 'None'),
      cell('State', state),
      cell('Last seen', u.lastSeenAt ? h(doc, 'span', { text: relativeWords(u.lastSeenAt, now), title: formatMoment(u.lastSeenAt, { timeZone: zone }) }) : 'Never'),
    );
  }

  function draw(): void {
    const q = search.value.trim().toLowerCase();
    const shown = q ? users.filter((u) => haystack(u).includes(q)) : users;
    count.textContent = shown.length === users.length ? `${users.length} ${users.length === 1 ? 'person' : 'people'}` : `Showing ${shown.length} of ${users.length} people`;
    if (!shown.length) {
      table.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: users.length ? 'Nobody matches this search.' : 'Nobody yet. Add a person to invite them.' }));
      return;
    }
    const now = new Date();
    table.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: 'People' }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['Username', 'Name', 'E-mail', 'Offices', 'Teams', 'State', 'Last seen'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
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
    const username = textField(doc, 'poc-admin-new-username', 'Username', { hint: 'Lower case letters, digits, ".", "_" or "-", e.g. amina.k', required: true });
    const name = textField(doc, 'poc-admin-new-name', 'Name', { required: true, autocomplete: 'off' });
    const email = textField(doc, 'poc-admin-new-email', 'E-mail (optional)', { type: 'email', hint: 'Single sign-on finds them by this address.' });
    const offices = officesEditor(doc, roles, 'poc-admin-new-office', []);
    const canCreate = checkField(doc, 'poc-admin-new-create', 'May create documents');
    const summary = errorSummary(doc);
    const submit = button(doc, 'Add and make an invite link', undefined, { cls: 'mod-cta', submit: true });
    const close = () => {
      addArea.replaceChildren();
      addButton.hidden = false;
      addButton.focus();
    };
    const form = h(
      doc,
      'form',
      { class: 'poc-admin-form', attrs: { 'aria-labelledby': 'poc-admin-add-h', novalidate: true } },
      h(doc, 'h2', { text: 'Add a person', attrs: { id: 'poc-admin-add-h' } }),
      h(doc, 'p', { class: 'poc-admin-muted', text: 'They start with no access to any document; share documents with them or add them to a team.' }),
      summary.element,
      username.element,
      name.element,
      email.element,
      offices.element,
      canCreate.element,
      h(doc, 'div', { class: 'poc-admin-row' }, submit, button(doc, 'Cancel', close)),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const fields: Array<Field<HTMLElement>> = [username, name, email];
      summary.clear(fields);
      const u = username.control.value.trim();
      const n = name.control.value.trim();
      const m = email.control.value.trim();
      const problems = [
        ...(!USERNAME.test(u) ? [{ field: username, message: u ? `"${u}" cannot be a username: use lower case letters, digits, ".", "_" or "-", starting with a letter or digit.` : 'Write a username, e.g. amina.k.' }] : []),
        ...(!n ? [{ field: name, message: 'Write the person’s name as others should see it.' }] : []),
        ...(m && !/^[^@\s]+@[^@\s]+$/.test(m) ? [{ field: email, message: `"${m}" is not an e-mail address: write it as name@example.org, or leave it empty.` }] : []),
      ];
      if (summary.show(problems)) return;
      void busy(submit, async () => {
        try {
          const added = await people.addUser({ username: u, name: n, ...(m ? { email: m } : {}), offices: offices.value(), canCreate: canCreate.control.checked });
          if (f.gone()) return;
          users = [...users.filter((x) => x.username !== u), added.user].sort((a, b) => a.username.localeCompare(b.username));
          draw();
          const box = inviteBox(doc, added.user.name, added.invite, zone);
          addArea.replaceChildren(box, button(doc, 'Done', close));
          f.done(`${added.user.name} was added, with no access yet. Their invite link is below.`);
          box.querySelector('input')?.focus();
        } catch (err) {
          f.failed(`Adding ${u}`, err);
        }
      });
    });
    addArea.replaceChildren(form);
    username.control.focus();
  }

  load().catch((err: unknown) => f.failed('Loading the people', err));
  return { destroy: () => f.destroy() };
};
