/**
 * `/admin/teams`: every team (name, id, members, offices held through it,
 * the single sign-on group that fills it) and creating one. A team's own
 * page (team-page.ts) changes it.
 */
import { h } from '../../editor/dom.js';
import { TEAM_ID_PATTERN, type Team } from '../../shared/api/people.js';
import type { Page } from '../app/page-context.js';
import { adminFrame, isRefused } from './admin-frame.js';
import { busy, button, errorSummary, textField } from './admin-form.js';
import { holdingWords } from './admin-words.js';
import { officesEditor } from './offices-editor.js';
import { labeller, officeRoles } from './office-roles.js';

/** A team's address in the administration. */
export const teamPath = (id: string) => `/admin/teams/${encodeURIComponent(id)}`;

/** The teams page. */
export const teamsPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/teams', 'Teams');
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  let teams: Team[] = [];
  let label = (r: string) => r;
  const list = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const addButton = button(doc, 'Create a team', () => void openAdd(), { cls: 'mod-cta' });
  const addArea = h(doc, 'div', { class: 'poc-admin-add-area' });
  body.append(h(doc, 'div', { class: 'poc-admin-toolbar' }, h(doc, 'p', { class: 'poc-admin-muted poc-admin-grow', text: 'A team’s members share its access to documents and hold its offices.' }), addButton), addArea, list);

  function draw(): void {
    if (!teams.length) return list.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: 'No team yet.' }));
    list.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: 'Teams' }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['Team', 'Id', 'Members', 'Offices', 'Single sign-on group', 'Documents'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...teams.map((t) =>
            h(
              doc,
              'tr',
              { attrs: { 'data-team': t.id } },
              h(doc, 'th', { attrs: { scope: 'row', 'data-label': 'Team' } }, h(doc, 'a', { text: t.name, attrs: { href: teamPath(t.id) } })),
              h(doc, 'td', { text: t.id, attrs: { 'data-label': 'Id' } }),
              h(doc, 'td', { text: t.members.length ? t.members.map((m) => `${m.name}${m.manager ? ' (manager)' : ''}`).join(', ') : 'Nobody', attrs: { 'data-label': 'Members' } }),
              h(doc, 'td', { text: t.offices.map((o) => holdingWords(o, label)).join('; ') || 'None', attrs: { 'data-label': 'Offices' } }),
              h(doc, 'td', { text: t.claimValue ?? 'None', attrs: { 'data-label': 'Single sign-on group' } }),
              h(doc, 'td', { text: String(t.grants.length), attrs: { 'data-label': 'Documents' } }),
            ),
          ),
        ),
      ),
    );
  }

  async function openAdd(): Promise<void> {
    const roles = await officeRoles();
    if (f.gone()) return;
    addButton.hidden = true;
    const id = textField(doc, 'poc-admin-team-id', 'Id', { hint: 'Lower case letters, digits, ".", "_" or "-", e.g. sector-north-poc. It cannot be changed later.' });
    const name = textField(doc, 'poc-admin-team-name', 'Name', { hint: 'As people will see it, e.g. Sector North POC working group.' });
    const claim = textField(doc, 'poc-admin-team-claim', 'Single sign-on group (optional)', { hint: 'People whose identity provider names this group join the team when they sign in.' });
    const offices = officesEditor(doc, roles, 'poc-admin-team-office', []);
    const summary = errorSummary(doc);
    const submit = button(doc, 'Create the team', undefined, { cls: 'mod-cta', submit: true });
    const close = () => {
      addArea.replaceChildren();
      addButton.hidden = false;
      addButton.focus();
    };
    const form = h(
      doc,
      'form',
      { class: 'poc-admin-form', attrs: { 'aria-labelledby': 'poc-admin-team-add-h', novalidate: true } },
      h(doc, 'h2', { text: 'Create a team', attrs: { id: 'poc-admin-team-add-h' } }),
      summary.element,
      id.element,
      name.element,
      claim.element,
      offices.element,
      h(doc, 'div', { class: 'poc-admin-row' }, submit, button(doc, 'Cancel', close)),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      summary.clear([id, name]);
      const i = id.control.value.trim();
      const n = name.control.value.trim();
      const c = claim.control.value.trim();
      const problems = [
        ...(!TEAM_ID_PATTERN.test(i) ? [{ field: id, message: i ? `"${i}" cannot be a team id: use lower case letters, digits, ".", "_" or "-", starting with a letter or digit.` : 'Write the team’s id, e.g. sector-north-poc.' }] : []),
        ...(!n ? [{ field: name, message: 'Write the team’s name, e.g. Sector North POC working group.' }] : []),
      ];
      if (summary.show(problems)) return;
      void busy(submit, async () => {
        try {
          const team = await people.addTeam({ id: i, name: n, offices: offices.value(), claimValue: c || null });
          if (f.gone()) return;
          teams = [...teams, team].sort((a, b) => a.name.localeCompare(b.name));
          close();
          draw();
          f.done(`The team ${team.name} was created. Open it to add members.`);
          list.querySelector<HTMLElement>(`tr[data-team="${CSS.escape(team.id)}"] a`)?.focus();
        } catch (err) {
          f.failed(`Creating the team ${i}`, err);
        }
      });
    });
    addArea.replaceChildren(form);
    id.control.focus();
  }

  Promise.all([people.teams(), officeRoles()]).then(
    ([list, roles]) => {
      if (f.gone()) return;
      teams = list;
      label = labeller(roles);
      draw();
    },
    (err: unknown) => f.failed('Loading the teams', err),
  );
  return { destroy: () => f.destroy() };
};
