/**
 * `/account` ("Your devices", issue 14): the person's own tokens and
 * devices (what, made when, last used when, still working or not), with
 * "Sign out this device" for each that still works. Signing one out revokes
 * its token on the server, which closes that device's connections within
 * seconds; the list is then read again, so it shows what the server holds.
 * The page also holds the language menu: the workspace's language in this
 * browser.
 */
import { h } from '../../editor/dom.js';
import type { TokenEntry } from '../../shared/api/people.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { tokenLabelWords } from '../../shared/api/session-label.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { intlLocale } from '../../shared/i18n/locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';
import { languageMenu } from './language-menu.js';
import type { Page } from './page-context.js';

const t = uiWords(webApp);

const kindWord = (kind: TokenEntry['kind']): string => t(`account.kind.${kind}`);
const stateWord = (state: TokenEntry['state']): string => t(`account.state.${state}`);

/** A time of the list in the mission's zone, to the minute, in the interface language ("—" for never). */
function when(iso: string | null, timeZone: string): string {
  if (!iso) return t('account.never');
  return new Date(iso).toLocaleString(intlLocale(interfaceLocale()), { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The "Your devices" page. */
export const accountPage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = t('account.title');
  const people = new PeopleApi(ctx.api);
  const zone = ctx.me.timeZone;
  let live = true;
  const status = h(doc, 'p', { class: 'poc-muted', text: t('account.loading'), attrs: { role: 'status' } });
  const problem = h(doc, 'p', { class: 'poc-web-problem', attrs: { role: 'alert' } });
  const list = h(doc, 'div', { class: 'poc-web-devices' });

  const row = (entry: TokenEntry): HTMLElement => {
    const name = entry.label != null ? tokenLabelWords(entry.label, interfaceLocale()) : (entry.kind === 'token' ? t('account.adminToken') : kindWord(entry.kind));
    const signOut =
      entry.state === 'live'
        ? h(doc, 'button', {
            text: t('account.signOut'),
            attrs: { type: 'button', 'aria-label': t('account.signOutLabel', { name }) },
            on: {
              click: (e: Event) => {
                const button = e.currentTarget as HTMLButtonElement;
                button.disabled = true;
                problem.textContent = '';
                people.revokeMyToken(entry.id).then(
                  () => void load(t('account.signedOut', { name })),
                  (err: unknown) => {
                    if (!live) return;
                    button.disabled = false;
                    problem.textContent = t('account.notSignedOut', { name, reason: err instanceof Error ? err.message : String(err) });
                  },
                );
              },
            },
          })
        : null;
    return h(
      doc,
      'tr',
      { attrs: { 'data-token': entry.id, 'data-state': entry.state } },
      h(doc, 'th', { text: name, attrs: { scope: 'row' } }),
      // The labels let a phone, where the table's head is hidden, name each value.
      h(doc, 'td', { text: kindWord(entry.kind), attrs: { 'data-label': t('account.col.kind') } }),
      h(doc, 'td', { text: when(entry.createdAt, zone), attrs: { 'data-label': t('account.col.created') } }),
      h(doc, 'td', { text: when(entry.lastUsedAt, zone), attrs: { 'data-label': t('account.col.lastUsed') } }),
      h(doc, 'td', { text: stateWord(entry.state), attrs: { 'data-label': t('account.col.state') } }),
      h(doc, 'td', {}, signOut),
    );
  };

  const load = async (said = ''): Promise<void> => {
    let tokens: TokenEntry[];
    try {
      tokens = await people.myTokens();
    } catch (e) {
      if (live) status.textContent = t('account.notListed', { reason: e instanceof Error ? e.message : String(e) });
      return;
    }
    if (!live) return;
    status.textContent = said;
    // Working ones first, newest first: the ones a person may want to sign out.
    const sorted = [...tokens].sort((a, b) => Number(b.state === 'live') - Number(a.state === 'live') || b.createdAt.localeCompare(a.createdAt));
    list.replaceChildren(
      sorted.length === 0
        ? h(doc, 'p', { text: t('account.none') })
        : h(
            doc,
            'table',
            { class: 'poc-web-devices-table' },
            h(doc, 'caption', { text: t('account.caption') }),
            h(doc, 'thead', {}, h(doc, 'tr', {}, ...[t('account.col.device'), t('account.col.kind'), t('account.col.created'), t('account.col.lastUsed'), t('account.col.state'), ''].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
            h(doc, 'tbody', {}, ...sorted.map(row)),
          ),
    );
  };

  root.append(
    h(
      doc,
      'section',
      { class: 'poc-web-account-page' },
      h(doc, 'h1', { text: t('account.heading') }),
      h(doc, 'p', { text: t('account.intro', { name: ctx.me.name }) }),
      problem,
      status,
      list,
      h(doc, 'h2', { text: t('account.languageHeading') }),
      h(doc, 'p', { class: 'poc-muted', text: t('account.languageText') }),
      languageMenu(doc, 'poc-account-language'),
    ),
  );
  void load();
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
};
