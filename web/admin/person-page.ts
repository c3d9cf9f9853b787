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
        f.body.append(h(f.doc, 'p', { text: `There is nobody with the username "${username}". ` }, h(f.doc, 'a', { text: 'See everyone', attrs: { href: '/admin' } })));
        return;
      }
      draw(f, user, roles, zone, ctx.me.username);
    })().catch((err: unknown) => f.failed(`Loading ${username}`, err));
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
    f.retitle(`${user.name} (${user.username})`);
    facts.textContent = [
      user.admin ? 'Administrator (owner of every document).' : '',
      user.disabledAt ? `Disabled since ${when(user.disabledAt)}.` : '',
      user.sso ? 'Signs in with single sign-on.' : '',
      user.invitePending ? 'An invite link is waiting to be used.' : '',
      `Last seen ${user.lastSeenAt ? `${relativeWords(user.lastSeenAt, new Date())} (${when(user.lastSeenAt)})` : 'never'}.`,
      `Added ${when(user.createdAt)}.`,
    ].filter(Boolean).join(' ');
  };
  showFacts();
  const changed = (next: AdminUser) => {
    user = next;
    showFacts();
  };

  // ---------------------------------------------------------------- details
  const name = textField(doc, 'poc-admin-name', 'Name', { value: user.name });
  const email = textField(doc, 'poc-admin-email', 'E-mail', { type: 'email', value: user.email ?? '', hint: 'Single sign-on finds them by this address. Leave empty for none.' });
  const canCreate = checkField(doc, 'poc-admin-create', 'May create documents', user.canCreate);
  const summary = errorSummary(doc);
  const saveDetails = button(doc, 'Save details', undefined, { cls: 'mod-cta', submit: true });
  const details = h(doc, 'form', { class: 'poc-admin-form', attrs: { novalidate: true } }, summary.element, name.element, email.element, canCreate.element, saveDetails);
  details.addEventListener('submit', (e) => {
    e.preventDefault();
    summary.clear([name, email]);
    const n = name.control.value.trim();
    const m = email.control.value.trim();
    const problems = [
      ...(!n ? [{ field: name, message: 'Write the person’s name as others should see it.' }] : []),
      ...(m && !/^[^@\s]+@[^@\s]+$/.test(m) ? [{ field: email, message: `"${m}" is not an e-mail address: write it as name@example.org, or leave it empty.` }] : []),
    ];
    if (summary.show(problems)) return;
    void busy(saveDetails, async () => {
      try {
        changed(await people.updateUser(user.username, { name: n, email: m || null, canCreate: canCreate.control.checked }));
        f.done(`${user.name}’s details were saved.`);
      } catch (err) {
        f.failed('Saving the details', err);
      }
    });
  });

  // ---------------------------------------------------------------- offices
  const offices = officesEditor(doc, roles, 'poc-admin-office', user.offices);
  const saveOffices = button(doc, 'Save offices', () =>
    void busy(saveOffices, async () => {
      try {
        changed(await people.updateUser(user.username, { offices: offices.value() }));
        offices.set(user.offices);
        const held = user.offices.map((o) => holdingWords(o, label));
        f.done(held.length ? `${user.name} now holds: ${held.join('; ')}.` : `${user.name} now holds no office of their own.`);
      } catch (err) {
        f.failed('Saving the offices', err);
      }
    }), { cls: 'mod-cta' });
  const viaTeams = user.teamOffices.length
    ? h(doc, 'p', { class: 'poc-admin-muted', text: `Through their teams they also hold: ${user.teamOffices.map((t) => `${holdingWords(t.holding, label)} (${user.teams.find((m) => m.team === t.team)?.name ?? t.team})`).join('; ')}.` })
    : null;

  // ---------------------------------------------------------------- disable / enable
  const access = h(doc, 'div', { class: 'poc-admin-row' });
  const drawAccess = () => {
    const self = user.username === me;
    const toggle = button(doc, user.disabledAt ? `Enable ${user.name}` : `Disable ${user.name}`, () => void flip(toggle), { cls: user.disabledAt ? 'mod-cta' : 'mod-warning' });
    toggle.disabled = self;
    access.replaceChildren(
      h(doc, 'p', { text: user.disabledAt ? `${user.name} is disabled: nothing they hold works.` : `${user.name} can sign in.` }),
      toggle,
    );
    if (self) access.append(h(doc, 'p', { class: 'poc-admin-muted', text: 'You cannot disable yourself: ask another administrator.' }));
  };
  const flip = async (toggle: HTMLButtonElement) => {
    const disable = !user.disabledAt;
    if (disable) {
      const ok = await confirmDialog(doc, {
        title: `Disable ${user.name}?`,
        text: [
          'Their tokens, browser sessions and devices stop working, and their open connections close at once.',
          'Their grants, offices and teams are kept: enabling them again gives it all back.',
        ],
        confirm: `Disable ${user.name}`,
      });
      if (!ok) return;
    }
    await busy(toggle, async () => {
      try {
        changed(await people.updateUser(user.username, { disabled: disable }));
        drawAccess();
        f.done(disable ? `${user.name} is disabled; their connections were closed.` : `${user.name} is enabled again.`);
        access.querySelector('button')?.focus();
      } catch (err) {
        f.failed(disable ? 'Disabling' : 'Enabling', err);
      }
    });
  };
  drawAccess();

  // ---------------------------------------------------------------- invite
  const inviteArea = h(doc, 'div', {});
  const newInvite = button(doc, 'Make a new invite link', () =>
    void busy(newInvite, async () => {
      try {
        const answer = await people.invite(user.username);
        changed(answer.user);
        const box = inviteBox(doc, user.name, answer.invite, zone);
        inviteArea.replaceChildren(box);
        f.done(`A new invite link for ${user.name} is below; any older link stopped working.`);
        box.querySelector('input')?.focus();
      } catch (err) {
        f.failed('Making an invite link', err);
      }
    }));

  // ---------------------------------------------------------------- devices and tokens
  const tokens = devicesTable(f, user.username, when);
  tokens.load().catch((err: unknown) => f.failed('Loading the devices', err));

  // ---------------------------------------------------------------- teams
  const teams = user.teams.length
    ? h(doc, 'ul', {}, ...user.teams.map((t) => h(doc, 'li', {}, h(doc, 'a', { text: t.name, attrs: { href: `/admin/teams/${encodeURIComponent(t.team)}` } }), t.manager ? ' (manager)' : '')))
    : h(doc, 'p', { class: 'poc-admin-muted', text: 'Not in any team.' });

  f.body.append(
    h(doc, 'p', {}, h(doc, 'a', { text: '← Everyone', attrs: { href: '/admin' } })),
    facts,
    section(doc, 'poc-admin-details-h', 'Details', details),
    section(doc, 'poc-admin-offices-h', 'Offices', h(doc, 'p', { class: 'poc-admin-muted', text: 'An office lets them sign off documents as it, where it applies.' }), offices.element, viaTeams, saveOffices),
    section(doc, 'poc-admin-access-h', 'Access', access),
    section(doc, 'poc-admin-invite-section-h', 'Invite link', h(doc, 'p', { class: 'poc-admin-muted', text: 'A new link signs them in once, for 7 days; any older link stops working.' }), newInvite, inviteArea),
    section(doc, 'poc-admin-tokens-h', 'Devices and tokens', tokens.element),
    section(doc, 'poc-admin-teams-h', 'Teams', teams),
  );
}
