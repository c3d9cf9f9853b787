/**
 * A person's devices and tokens on their administration page: what each is
 * (its label, or its kind and number), when it was made and last used, its
 * state, and a Revoke button for the live ones (its connections close; the
 * person signs that device in again if it was theirs).
 */
import { h } from '../../editor/dom.js';
import type { TokenEntry } from '../../shared/api/people.js';
import type { AdminFrame } from './admin-frame.js';
import { busy, button } from './admin-form.js';
import { relativeWords } from './admin-words.js';
import { tokenLabelWords } from '../../shared/api/session-label.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdminPeople } from '../../shared/i18n/messages/web-admin-people.js';

const t = uiWords(webAdminPeople);

const kindWord = (kind: TokenEntry['kind']): string => t(`devices.kind.${kind}`);
const stateWord = (state: TokenEntry['state']): string => t(`devices.state.${state}`);

/** The table of `username`'s devices and tokens; `load` fetches and draws it (again after a revocation). */
export function devicesTable(f: AdminFrame, username: string, when: (iso: string) => string): { element: HTMLElement; load(): Promise<void> } {
  const { doc, people } = f;
  // Focus lands here after a revocation (the row and its button are gone).
  const element = h(doc, 'div', { class: 'poc-admin-table-wrap', attrs: { tabindex: '-1' } });

  const revoke = (token: TokenEntry, what: string, b: HTMLButtonElement) =>
    busy(b, async () => {
      try {
        await people.revokeUserToken(username, token.id);
        await load();
        f.done(t('devices.revoked', { what }));
        element.focus();
      } catch (err) {
        f.failed(t('devices.revokeFailed', { what }), err);
      }
    });

  function row(token: TokenEntry, now: Date): HTMLElement {
    const what = token.label != null ? tokenLabelWords(token.label, interfaceLocale()) : t('devices.numbered', { kind: kindWord(token.kind), id: String(token.id) });
    const revokeButton: HTMLButtonElement | null =
      token.state === 'live' ? button(doc, t('devices.revoke'), () => void revoke(token, what, revokeButton!), { label: t('devices.revokeLabel', { what }) }) : null;
    return h(
      doc,
      'tr',
      { attrs: { 'data-token': String(token.id) } },
      h(doc, 'th', { text: what, attrs: { scope: 'row', 'data-label': t('devices.what') } }),
      h(doc, 'td', { text: kindWord(token.kind), attrs: { 'data-label': t('devices.kind') } }),
      h(doc, 'td', { text: when(token.createdAt), attrs: { 'data-label': t('devices.created') } }),
      h(doc, 'td', { attrs: { 'data-label': t('devices.lastUsed') } }, token.lastUsedAt ? h(doc, 'span', { text: relativeWords(token.lastUsedAt, now), title: when(token.lastUsedAt) }) : t('never')),
      h(doc, 'td', { text: stateWord(token.state), attrs: { 'data-label': t('devices.state') } }),
      h(doc, 'td', { attrs: { 'data-label': t('devices.action') } }, revokeButton),
    );
  }

  async function load(): Promise<void> {
    const list = await people.userTokens(username);
    if (f.gone()) return;
    if (!list.length) {
      element.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: t('devices.none') }));
      return;
    }
    const now = new Date();
    element.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: t('devices.caption') }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...(['what', 'kind', 'created', 'lastUsed', 'state', 'action'] as const).map((c) => h(doc, 'th', { text: t(`devices.${c}`), attrs: { scope: 'col' } })))),
        h(doc, 'tbody', {}, ...list.map((token) => row(token, now))),
      ),
    );
  }

  return { element, load };
}
