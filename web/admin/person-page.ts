/**
 * `/admin/people/<username>`: one person — their name, e-mail and create
 * right; the offices they hold and where; disabling them (every token,
 * session and live connection stops at once) or enabling them again; a new
 * invite link; their devices and tokens, each revocable; and the teams
 * they belong to. Each part saves on its own, so a change is one audited act.
 */
import { h } from '../../editor/dom.js';
import type { AdminUser } from '../../shared/api/people.js';
import { formatMoment } from '../../editor/words.js';
import { missionZone } from '../../shared/time/mission-day.js';
import type { Page } from '../app/page-context.js';
import { type AdminFrame, adminFrame, isRefused } from './admin-frame.js';
import { busy, button, checkField, errorSummary, textField } from './admin-form.js';
import { holdingWords, relativeWords } from './admin-words.js';
import { confirmDialog } from './confirm-dialog.js';
import { inviteBox } from './invite-link.js';
import { officesEditor } from './offices-editor.js';
import { devicesTable } from './person-devices.js';
import { labeller, officeRoles, type OfficeRole } from './office-roles.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';

const t = uiWords(webAdminPeople);

/** The page of one person. */
export function personPage(username: string): Page {
  return (root, ctx) => {
    const framed = adminFrame(root, ctx, '/admin/people', username);
    if (isRefused(framed)) return framed.refused;
    const f = framed;
    const zone = missionZone(ctx.me.timeZone);
    (async () => {
      const [users, roles] = await Promise.all([f.people.users(username), officeRoles()]);
      const user = users.find((u) => u.username === username);
      if (f.gone()) return;
      if (!user) {
        f.body.append(h(f.doc, 'p', { text: t('person.nobody', { username }) }, h(f.doc, 'a', { text: t('person.everyone'), attrs: { href: '/admin' } })));
        return;
      }
      draw(f, user, roles, zone, ctx.me.username);
    })().catch((err: unknown) => f.failed(t('person.loadFailed', { username }), err));
    return { destroy: () => f.destroy() };
  };
}

/** A section of the person's page with its heading. */
function section(doc: Document, id: string, title: string, ...content: Array<Node | null>): HTMLElement {
  return h(doc, 'section', { class: 'poc-admin-section', attrs: { 'aria-labelledby': id } }, h(doc, 'h2', { text: title, attrs: { id } }), ...content);
}

function draw(f: AdminFrame, initial: AdminUser, roles: OfficeRole[], zone: string, me: string): void {
  const { doc, people } = f;
  const when = (iso: string) => formatMoment(iso, { timeZone: zone });
  let user = initial;
  const label = labeller(roles);
  const facts = h(doc, 'p', { class: 'poc-admin-muted' });
  const showFacts = () => {
    f.retitle(t('person.title', { name: user.name, username: user.username }));
    facts.textContent = [
      user.admin ? t('person.isAdmin') : '',
      user.disabledAt ? t('person.disabledSince', { when: when(user.disabledAt) }) : '',
      user.sso ? t('person.sso') : '',
      user.invitePending ? t('person.invitePending') : '',
      user.lastSeenAt ? t('person.lastSeen', { ago: relativeWords(user.lastSeenAt, new Date()), when: when(user.lastSeenAt) }) : t('person.neverSeen'),
      t('person.added', { when: when(user.createdAt) }),
    ].filter(Boolean).join(' ');
  };
  showFacts();
  const changed = (next: AdminUser) => {
    user = next;
    showFacts();
  };

  // ---------------------------------------------------------------- details
  const name = textField(doc, 'poc-admin-name', t('name'), { value: user.name });
  const email = textField(doc, 'poc-admin-email', t('person.email'), { type: 'email', value: user.email ?? '', hint: t('person.emailHint') });
  const canCreate = checkField(doc, 'poc-admin-create', t('mayCreate'), user.canCreate);
  const summary = errorSummary(doc);
  const saveDetails = button(doc, t('person.saveDetails'), undefined, { cls: 'mod-cta', submit: true });
  const details = h(doc, 'form', { class: 'poc-admin-form', attrs: { novalidate: true } }, summary.element, name.element, email.element, canCreate.element, saveDetails);
  details.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([name, email]);
    const n = name.control.value.trim();
    const m = email.control.value.trim();
    const problems = [
      ...(!n ? [{ field: name, message: t('needName') }] : []),
      ...(m && !/^[^@\s]+@[^@\s]+$/.test(m) ? [{ field: email, message: t('badEmail', { email: m }) }] : []),
    ];
    if (summary.show(problems)) return;
    void busy(saveDetails, async () => {
      try {
        changed(await people.updateUser(user.username, { name: n, email: m || null, canCreate: canCreate.control.checked }));
        f.done(t('person.detailsSaved', { name: user.name }));
      } catch (err) {
        f.failed(t('person.detailsFailed'), err);
      }
    });
  });

  // ---------------------------------------------------------------- offices
  const offices = officesEditor(doc, roles, 'poc-admin-office', user.offices);
  const saveOffices = button(doc, t('person.saveOffices'), () =>
    void busy(saveOffices, async () => {
      try {
        changed(await people.updateUser(user.username, { offices: offices.value() }));
        offices.set(user.offices);
        const held = user.offices.map((o) => holdingWords(o, label));
        f.done(held.length ? t('person.holds', { name: user.name, offices: held.join('; ') }) : t('person.holdsNone', { name: user.name }));
      } catch (err) {
        f.failed(t('person.officesFailed'), err);
      }
    }), { cls: 'mod-cta' });
  const viaTeams = user.teamOffices.length
    ? h(doc, 'p', { class: 'poc-admin-muted', text: t('person.viaTeams', { offices: user.teamOffices.map((o) => t('person.viaTeam', { holding: holdingWords(o.holding, label), team: user.teams.find((m) => m.team === o.team)?.name ?? o.team })).join('; ') }) })
    : null;

  // ---------------------------------------------------------------- disable / enable
  const access = h(doc, 'div', { class: 'poc-admin-row' });
  const drawAccess = () => {
    const self = user.username === me;
    const toggle = button(doc, user.disabledAt ? t('person.enable', { name: user.name }) : t('person.disable', { name: user.name }), () => void flip(toggle), { cls: user.disabledAt ? 'mod-cta' : 'mod-warning' });
    toggle.disabled = self;
    access.replaceChildren(
      h(doc, 'p', { text: user.disabledAt ? t('person.isDisabled', { name: user.name }) : t('person.canSignIn', { name: user.name }) }),
      toggle,
    );
    if (self) access.append(h(doc, 'p', { class: 'poc-admin-muted', text: t('person.notSelf') }));
  };
  const flip = async (toggle: HTMLButtonElement) => {
    const disable = !user.disabledAt;
    if (disable) {
      const ok = await confirmDialog(doc, {
        title: t('person.disableTitle', { name: user.name }),
        text: [
          t('person.disableText1'),
          t('person.disableText2'),
        ],
        confirm: t('person.disable', { name: user.name }),
      });
      if (!ok) return;
    }
    await busy(toggle, async () => {
      try {
        changed(await people.updateUser(user.username, { disabled: disable }));
        drawAccess();
        f.done(disable ? t('person.disabledNow', { name: user.name }) : t('person.enabledNow', { name: user.name }));
        access.querySelector('button')?.focus();
      } catch (err) {
        f.failed(disable ? t('person.disableFailed') : t('person.enableFailed'), err);
      }
    });
  };
  drawAccess();

  // ---------------------------------------------------------------- invite
  const inviteArea = h(doc, 'div', {});
  const newInvite = button(doc, t('person.newInvite'), () =>
    void busy(newInvite, async () => {
      try {
        const answer = await people.invite(user.username);
        changed(answer.user);
        const box = inviteBox(doc, user.name, answer.invite, zone);
        inviteArea.replaceChildren(box);
        f.done(t('person.inviteMade', { name: user.name }));
        box.querySelector('input')?.focus();
      } catch (err) {
        f.failed(t('person.inviteFailed'), err);
      }
    }));

  // ---------------------------------------------------------------- devices and tokens
  const tokens = devicesTable(f, user.username, when);
  tokens.load().catch((err: unknown) => f.failed(t('person.devicesFailed'), err));

  // ---------------------------------------------------------------- teams
  const teams = user.teams.length
    ? h(doc, 'ul', {}, ...user.teams.map((m) => h(doc, 'li', {}, h(doc, 'a', { text: m.name, attrs: { href: `/admin/teams/${encodeURIComponent(m.team)}` } }), m.manager ? t('person.managerSuffix') : '')))
    : h(doc, 'p', { class: 'poc-admin-muted', text: t('person.noTeam') });

  f.body.append(
    h(doc, 'p', {}, h(doc, 'a', { text: t('person.back'), attrs: { href: '/admin' } })),
    facts,
    section(doc, 'poc-admin-details-h', t('person.details'), details),
    section(doc, 'poc-admin-offices-h', t('person.offices'), h(doc, 'p', { class: 'poc-admin-muted', text: t('person.officesText') }), offices.element, viaTeams, saveOffices),
    section(doc, 'poc-admin-access-h', t('person.access'), access),
    section(doc, 'poc-admin-invite-section-h', t('person.invite'), h(doc, 'p', { class: 'poc-admin-muted', text: t('person.inviteText') }), newInvite, inviteArea),
    section(doc, 'poc-admin-tokens-h', t('person.devices'), tokens.element),
    section(doc, 'poc-admin-teams-h', t('person.teams'), teams),
  );
}
