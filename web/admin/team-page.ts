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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';

const t = uiWords(webAdminPeople);
const ta = uiWords(webAdmin);

/** The page of one team. */
export function teamPage(teamId: string): Page {
  return (root, ctx) => {
    const framed = adminFrame(root, ctx, '/admin/teams', teamId);
    if (isRefused(framed)) return framed.refused;
    const f = framed;
    Promise.all([f.people.teams(), officeRoles()]).then(
      ([teams, roles]) => {
        if (f.gone()) return;
        const team = teams.find((x) => x.id === teamId);
        if (!team) {
          f.body.append(h(f.doc, 'p', { text: t('team.missing', { id: teamId }) }, h(f.doc, 'a', { text: t('team.every'), attrs: { href: '/admin/teams' } })));
          return;
        }
        draw(f, team, roles, ctx.navigate);
      },
      (err: unknown) => f.failed(t('team.loadFailed', { id: teamId }), err),
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
  const name = textField(doc, 'poc-admin-team-name', t('name'), { value: team.name });
  const claim = textField(doc, 'poc-admin-team-claim', t('teams.group'), { value: team.claimValue ?? '', hint: t('team.groupHint') });
  const offices = officesEditor(doc, roles, 'poc-admin-team-office', team.offices);
  const summary = errorSummary(doc);
  const save = button(doc, t('team.save'), undefined, { cls: 'mod-cta', submit: true });
  const form = h(doc, 'form', { class: 'poc-admin-form', attrs: { novalidate: true } }, summary.element, name.element, claim.element, offices.element, save);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([name]);
    const n = name.control.value.trim();
    if (summary.show(n ? [] : [{ field: name, message: t('teams.needName') }])) return;
    void busy(save, async () => {
      try {
        changed(await people.updateTeam(team.id, { name: n, offices: offices.value(), claimValue: claim.control.value.trim() || null }));
        offices.set(team.offices);
        f.done(t('team.saved', { name: team.name }));
      } catch (err) {
        f.failed(t('team.saveFailed'), err);
      }
    });
  });

  // ---------------------------------------------------------------- members
  const members = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const memberAct = (b: HTMLButtonElement, failure: string, work: () => Promise<Team>, said: string) =>
    busy(b, async () => {
      try {
        changed(await work());
        f.done(said);
        (members.querySelector('button') ?? picker.field.control).focus();
      } catch (err) {
        f.failed(failure, err);
      }
    });
  function drawMembers(): void {
    if (!team.members.length) return members.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: t('team.empty') }));
    members.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('team.membersSection') }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...[t('team.member'), t('team.role'), t('team.addedBy'), t('team.actions')].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...team.members.map((m) => {
            const manage: HTMLButtonElement = button(
              doc,
              m.manager ? t('team.stopManaging') : t('team.makeManager'),
              () =>
                void memberAct(manage, t('team.managerFailed'), () => people.setTeamMember(team.id, m.username, { manager: !m.manager }), m.manager ? t('team.noLongerManages', { name: m.name }) : t('team.nowManages', { name: m.name })),
              { label: m.manager ? t('team.stopManagingLabel', { name: m.name }) : t('team.makeManagerLabel', { name: m.name }) },
            );
            const remove: HTMLButtonElement = button(
              doc,
              ta('form.remove'),
              () => void memberAct(remove, t('team.removeFailed', { name: m.name }), () => people.removeTeamMember(team.id, m.username), t('team.removed', { name: m.name })),
              { label: t('team.removeLabel', { name: m.name }) },
            );
            return h(
              doc,
              'tr',
              { attrs: { 'data-member': m.username } },
              h(doc, 'th', { attrs: { scope: 'row', 'data-label': t('team.member') } }, h(doc, 'a', { text: m.name, attrs: { href: personPath(m.username) } }), ` (${m.username})`),
              h(doc, 'td', { text: m.manager ? t('team.isManager') : t('team.isMember'), attrs: { 'data-label': t('team.role') } }),
              h(doc, 'td', { text: m.source === 'sso' ? t('team.bySso') : t('team.byPerson'), attrs: { 'data-label': t('team.addedBy') } }),
              h(doc, 'td', { attrs: { 'data-label': t('team.actions') } }, h(doc, 'div', { class: 'poc-admin-row' }, manage, remove)),
            );
          }),
        ),
      ),
    );
  }
  const picker = personPicker(doc, people, 'poc-admin-member', t('team.addMember'));
  const addSummary = errorSummary(doc, t('team.cannotAdd'));
  const add = button(doc, t('team.addToTeam'), undefined, { submit: true });
  const addForm = h(doc, 'form', { class: 'poc-admin-form poc-admin-inline', attrs: { novalidate: true } }, addSummary.element, h(doc, 'div', { class: 'poc-admin-row' }, picker.field.element, add));
  addForm.addEventListener('submit', (e) => {
    e.preventDefault();
    addSummary.clear([picker.field]);
    void busy(add, async () => {
      const typed = picker.field.control.value.trim();
      try {
        const username = await picker.chosen();
        if (!username) {
          addSummary.show([{ field: picker.field, message: typed ? ta('picker.notFound', { typed }) : t('team.needPerson') }]);
          return;
        }
        changed(await people.setTeamMember(team.id, username, {}));
        picker.reset();
        f.done(t('team.added', { name: team.members.find((m) => m.username === username)?.name ?? username }));
        picker.field.control.focus();
      } catch (err) {
        f.failed(t('team.addFailed', { name: typed }), err);
      }
    });
  });
  drawMembers();

  // ---------------------------------------------------------------- grants, delete
  const grants = team.grants.length
    ? h(doc, 'ul', {}, ...team.grants.map((g) => h(doc, 'li', {}, h(doc, 'a', { text: g.docId, attrs: { href: `/admin/documents#${encodeURIComponent(g.docId)}` } }), ` — ${levelWord(g.access)}`)))
    : h(doc, 'p', { class: 'poc-admin-muted', text: t('team.noDocuments') });
  const del: HTMLButtonElement = button(doc, t('team.delete'), () => void remove(), { cls: 'mod-warning' });
  const remove = async () => {
    const ok = await confirmDialog(doc, {
      title: t('team.deleteTitle', { name: team.name }),
      text: [t('team.deleteText1'), t('team.deleteText2')],
      confirm: t('team.deleteConfirm', { name: team.name }),
    });
    if (!ok) return;
    await busy(del, async () => {
      try {
        await people.deleteTeam(team.id);
        navigate('/admin/teams');
      } catch (err) {
        f.failed(t('team.deleteFailed'), err);
      }
    });
  };

  f.body.append(
    h(doc, 'p', {}, h(doc, 'a', { text: t('team.back'), attrs: { href: '/admin/teams' } })),
    section(doc, 'poc-admin-team-h', t('team.nameSection'), form),
    section(doc, 'poc-admin-members-h', t('team.membersSection'), members, addForm),
    section(doc, 'poc-admin-grants-h', t('team.documentsSection'), grants),
    section(doc, 'poc-admin-delete-h', t('team.deleteSection'), del),
  );
  f.retitle(team.name);
}
