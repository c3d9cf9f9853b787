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
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';

const t = uiWords(webAdminPeople);
const ta = uiWords(webAdmin);

/** A team's address in the administration. */
export const teamPath = (id: string) => `/admin/teams/${encodeURIComponent(id)}`;

/** The teams page. */
export const teamsPage: Page = (root, ctx) => {
  const framed = adminFrame(root, ctx, '/admin/teams', ta('section.teams'));
  if (isRefused(framed)) return framed.refused;
  const f = framed;
  const { doc, people, body } = f;
  let teams: Team[] = [];
  let label = (r: string) => r;
  const list = h(doc, 'div', { class: 'poc-admin-table-wrap' });
  const addButton = button(doc, t('teams.create'), () => void openAdd(), { cls: 'mod-cta' });
  const addArea = h(doc, 'div', { class: 'poc-admin-add-area' });
  body.append(h(doc, 'div', { class: 'poc-admin-toolbar' }, h(doc, 'p', { class: 'poc-admin-muted poc-admin-grow', text: t('teams.intro') }), addButton), addArea, list);

  function draw(): void {
    if (!teams.length) return list.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: t('teams.none') }));
    list.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('teams.caption') }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...(['team', 'id', 'members', 'offices', 'group', 'documents'] as const).map((c) => h(doc, 'th', { text: t(`teams.${c}`), attrs: { scope: 'col' } })))),
        h(
          doc,
          'tbody',
          {},
          ...teams.map((team) =>
            h(
              doc,
              'tr',
              { attrs: { 'data-team': team.id } },
              h(doc, 'th', { attrs: { scope: 'row', 'data-label': t('teams.team') } }, h(doc, 'a', { text: team.name, attrs: { href: teamPath(team.id) } })),
              h(doc, 'td', { text: team.id, attrs: { 'data-label': t('teams.id') } }),
              h(doc, 'td', { text: team.members.length ? team.members.map((m) => (m.manager ? t('manager', { name: m.name }) : m.name)).join(', ') : t('nobody'), attrs: { 'data-label': t('teams.members') } }),
              h(doc, 'td', { text: team.offices.map((o) => holdingWords(o, label)).join('; ') || t('none'), attrs: { 'data-label': t('teams.offices') } }),
              h(doc, 'td', { text: team.claimValue ?? t('none'), attrs: { 'data-label': t('teams.group') } }),
              h(doc, 'td', { text: String(team.grants.length), attrs: { 'data-label': t('teams.documents') } }),
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
    const id = textField(doc, 'poc-admin-team-id', t('teams.id'), { hint: t('teams.idHint') });
    const name = textField(doc, 'poc-admin-team-name', t('name'), { hint: t('teams.nameHint') });
    const claim = textField(doc, 'poc-admin-team-claim', t('teams.groupOptional'), { hint: t('teams.groupHint') });
    const offices = officesEditor(doc, roles, 'poc-admin-team-office', []);
    const summary = errorSummary(doc);
    const submit = button(doc, t('teams.submit'), undefined, { cls: 'mod-cta', submit: true });
    const close = () => {
      addArea.replaceChildren();
      addButton.hidden = false;
      addButton.focus();
    };
    const form = h(
      doc,
      'form',
      { class: 'poc-admin-form', attrs: { 'aria-labelledby': 'poc-admin-team-add-h', novalidate: true } },
      h(doc, 'h2', { text: t('teams.create'), attrs: { id: 'poc-admin-team-add-h' } }),
      summary.element,
      id.element,
      name.element,
      claim.element,
      offices.element,
      h(doc, 'div', { class: 'poc-admin-row' }, submit, button(doc, ta('form.cancel'), close)),
    );
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      summary.clear([id, name]);
      const i = id.control.value.trim();
      const n = name.control.value.trim();
      const c = claim.control.value.trim();
      const problems = [
        ...(!TEAM_ID_PATTERN.test(i) ? [{ field: id, message: i ? t('teams.badId', { id: i }) : t('teams.needId') }] : []),
        ...(!n ? [{ field: name, message: t('teams.needName') }] : []),
      ];
      if (summary.show(problems)) return;
      void busy(submit, async () => {
        try {
          const team = await people.addTeam({ id: i, name: n, offices: offices.value(), claimValue: c || null });
          if (f.gone()) return;
          teams = [...teams, team].sort((a, b) => a.name.localeCompare(b.name));
          close();
          draw();
          f.done(t('teams.created', { name: team.name }));
          list.querySelector<HTMLElement>(`tr[data-team="${CSS.escape(team.id)}"] a`)?.focus();
        } catch (err) {
          f.failed(t('teams.createFailed', { id: i }), err);
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
    (err: unknown) => f.failed(t('teams.loadFailed'), err),
  );
  return { destroy: () => f.destroy() };
};
