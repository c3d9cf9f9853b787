/**
 * `/admin/teams/<id>`: one team — its name, the offices its members hold
 * through it and the single sign-on group that fills it; its members (add
 * by name with completion, make or unmake a manager, remove: their live
 * connections lose what the team gave them within seconds); the documents
 * it has access to; and deleting it.
 */
import { h } from '../../editor/dom.js';
import type { Team } from '../../shared/api/people.js';
import type { Page } from '../app/page-context.js';
import { type AdminFrame, adminFrame, isRefused } from './admin-frame.js';
import { busy, button, errorSummary, textField } from './admin-form.js';
import { levelWord } from './admin-words.js';
import { confirmDialog } from './confirm-dialog.js';
import { officesEditor } from './offices-editor.js';
import { type OfficeRole, officeRoles } from './office-roles.js';
import { personPath } from './people-page.js';
import { personPicker } from './person-picker.js';

/** The page of one team. */
export function teamPage(teamId: string): Page {
  return (root, ctx) => {
    const framed = adminFrame(root, ctx, '/admin/teams', teamId);
    if (isRefused(framed)) return framed.refused;
    const f = framed;
    Promise.all([f.people.teams(), officeRoles()]).then(
      ([teams, roles]) => {
        if (f.gone()) return;
        const team = teams.find((t) => t.id === teamId);
        if (!team) {
          f.body.append(h(f.doc, 'p', { text: `There is no team "${teamId}". ` }, h(f.doc, 'a', { text: 'See every team', attrs: { href: '/admin/teams' } })));
          return;
        }
        draw(f, team, roles, ctx.navigate);
      },
      (err: unknown) => f.failed(`Loading the team ${teamId}`, err),
    );
    return { destroy: () => f.destroy() };
  };
}

/** A section with its heading. */
const section = (doc: Document, id: string, title: string, ...content: Array<Node | null>) =>
  h(doc, 'section', { class: 'poc-admin-section', attrs: { 'aria-labelledby': id } }, h(doc, 'h2', { text: title, attrs: { id } }), ...content);

function draw(f: AdminFrame, initial: Team, roles: OfficeRole[], navigate: (path: string) => void): void {
  const { doc, people } = f;
  let team = initial;
  const changed = (next: Team) => {
    team = next;
    f.retitle(team.name);
    drawMembers();
  };

  // ---------------------------------------------------------------- name, offices, claim
  const name = textField(doc, 'poc-admin-team-name', 'Name', { value: team.name });
  const claim = textField(doc, 'poc-admin-team-claim', 'Single sign-on group', { value: team.claimValue ?? '', hint: 'People whose identity provider names this group join the team when they sign in. Leave empty for none.' });
  const offices = officesEditor(doc, roles, 'poc-admin-team-office', team.offices);
  const summary = errorSummary(doc);
  const save = button(doc, 'Save the team', undefined, { cls: 'mod-cta', submit: true });
  const form = h(doc, 'form', { class: 'poc-admin-form', attrs: { novalidate: true } }, summary.element, name.element, claim.element, offices.element, save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([name]);
    const n = name.control.value.trim();
    if (summary.show(n ? [] : [{ field: name, message: 'Write the team’s name, e.g. Sector North POC working group.' }])) return;
    void busy(save, async () => {
      try {
        changed(await people.updateTeam(team.id, { name: n, offices: offices.value(), claimValue: claim.control.value.trim() || null }));
        offices.set(team.offices);
        f.done(`The team ${team.name} was saved; its members hold its offices from now on.`);
      } catch (err) {
        f.failed('Saving the team', err);
      }
    });
  });

  // ---------------------------------------------------------------- members
  const members = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const memberAct = (b: HTMLButtonElement, what: string, work: () => Promise<Team>, said: string) =>
    busy(b, async () => {
      try {
        changed(await work());
        f.done(said);
        (members.querySelector('button') ?? picker.field.control).focus();
      } catch (err) {
        f.failed(what, err);
      }
    });
  function drawMembers(): void {
    if (!team.members.length) return members.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: 'Nobody is in this team yet.' }));
    members.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: 'Members' }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['Member', 'Role', 'Added by', 'Actions'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...team.members.map((m) => {
            const manage: HTMLButtonElement = button(
              doc,
              m.manager ? 'Stop managing' : 'Make manager',
              () => void memberAct(manage, 'Changing the manager', () => people.setTeamMember(team.id, m.username, { manager: !m.manager }), m.manager ? `${m.name} no longer manages the team.` : `${m.name} now manages the team.`),
              { label: m.manager ? `Stop managing: ${m.name}` : `Make manager: ${m.name}` },
            );
            const remove: HTMLButtonElement = button(
              doc,
              'Remove',
              () => void memberAct(remove, `Removing ${m.name}`, () => people.removeTeamMember(team.id, m.username), `${m.name} was removed from the team; what it gave them stops within seconds.`),
              { label: `Remove ${m.name} from the team` },
            );
            return h(
              doc,
              'tr',
              { attrs: { 'data-member': m.username } },
              h(doc, 'th', { attrs: { scope: 'row', 'data-label': 'Member' } }, h(doc, 'a', { text: m.name, attrs: { href: personPath(m.username) } }), ` (${m.username})`),
              h(doc, 'td', { text: m.manager ? 'Manager' : 'Member', attrs: { 'data-label': 'Role' } }),
              h(doc, 'td', { text: m.source === 'sso' ? 'Single sign-on group' : 'A person', attrs: { 'data-label': 'Added by' } }),
              h(doc, 'td', { attrs: { 'data-label': 'Actions' } }, h(doc, 'div', { class: 'poc-admin-row' }, manage, remove)),
            );
          }),
        ),
      ),
    );
  }
  const picker = personPicker(doc, people, 'poc-admin-member', 'Add a member');
  const addSummary = errorSummary(doc, 'This person cannot be added yet');
  const add = button(doc, 'Add to the team', undefined, { submit: true });
  const addForm = h(doc, 'form', { class: 'poc-admin-form poc-admin-inline', attrs: { novalidate: true } }, addSummary.element, h(doc, 'div', { class: 'poc-admin-row' }, picker.field.element, add));
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    addSummary.clear([picker.field]);
    void busy(add, async () => {
      const typed = picker.field.control.value.trim();
      try {
        const username = await picker.chosen();
        if (!username) {
          addSummary.show([{ field: picker.field, message: typed ? `Nobody called "${typed}" was found: type part of their name and choose from the list.` : 'Type the name or username of the person to add.' }]);
          return;
        }
        changed(await people.setTeamMember(team.id, username, {}));
        picker.reset();
        f.done(`${team.members.find((m) => m.username === username)?.name ?? username} was added to the team.`);
        picker.field.control.focus();
      } catch (err) {
        f.failed(`Adding ${typed}`, err);
      }
    });
  });
  drawMembers();

  // ---------------------------------------------------------------- grants, delete
  const grants = team.grants.length
    ? h(doc, 'ul', {}, ...team.grants.map((g) => h(doc, 'li', {}, h(doc, 'a', { text: g.docId, attrs: { href: `/admin/documents#${encodeURIComponent(g.docId)}` } }), ` — ${levelWord(g.access)}`)))
    : h(doc, 'p', { class: 'poc-admin-muted', text: 'No document is shared with this team. Owners share documents with it from a document’s Share dialog.' });
  const del: HTMLButtonElement = button(doc, 'Delete the team', () => void remove(), { cls: 'mod-warning' });
  const remove = async () => {
    const ok = await confirmDialog(doc, {
      title: `Delete ${team.name}?`,
      text: ['Its members lose at once the access and offices it gave them; their own grants stay.', 'Documents and sign-offs are kept.'],
      confirm: `Delete ${team.name}`,
    });
    if (!ok) return;
    await busy(del, async () => {
      try {
        await people.deleteTeam(team.id);
        navigate('/admin/teams');
      } catch (err) {
        f.failed('Deleting the team', err);
      }
    });
  };

  f.body.append(
    h(doc, 'p', {}, h(doc, 'a', { text: '← Every team', attrs: { href: '/admin/teams' } })),
    section(doc, 'poc-admin-team-h', 'Name, offices and group', form),
    section(doc, 'poc-admin-members-h', 'Members', members, addForm),
    section(doc, 'poc-admin-grants-h', 'Documents', grants),
    section(doc, 'poc-admin-delete-h', 'Delete', del),
  );
  f.retitle(team.name);
}
