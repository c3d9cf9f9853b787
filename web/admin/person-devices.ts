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

const KIND_WORDS: Record<TokenEntry['kind'], string> = { token: 'Access token', device: 'Device', session: 'Browser session' };
const STATE_WORDS: Record<TokenEntry['state'], string> = { live: 'Live', revoked: 'Revoked', expired: 'Expired' };

/** The table of `username`'s devices and tokens; `load` fetches and draws it (again after a revocation). */
export function devicesTable(f: AdminFrame, username: string, when: (iso: string) => string): { element: HTMLElement; load(): Promise<void> } {
  const { doc, people } = f;
  // Focus lands here after a revocation (the row and its button are gone).
  const element = h(doc, 'div', { class: 'poc-admin-table-wrap', attrs: { tabindex: '-1' } });

  const revoke = (t: TokenEntry, what: string, b: HTMLButtonElement) =>
    busy(b, async () => {
      try {
        await people.revokeUserToken(username, t.id);
        await load();
        f.done(`${what} was revoked; its connections closed.`);
        element.focus();
      } catch (err) {
        f.failed(`Revoking ${what}`, err);
      }
    });

  function row(t: TokenEntry, now: Date): HTMLElement {
    const what = t.label ?? `${KIND_WORDS[t.kind]} #${t.id}`;
    const revokeButton: HTMLButtonElement | null = t.state === 'live' ? button(doc, 'Revoke', () => void revoke(t, what, revokeButton!), { label: `Revoke ${what}` }) : null;
    return h(
      doc,
      'tr',
      { attrs: { 'data-token': String(t.id) } },
      h(doc, 'th', { text: what, attrs: { scope: 'row', 'data-label': 'What' } }),
      h(doc, 'td', { text: KIND_WORDS[t.kind], attrs: { 'data-label': 'Kind' } }),
      h(doc, 'td', { text: when(t.createdAt), attrs: { 'data-label': 'Created' } }),
      h(doc, 'td', { attrs: { 'data-label': 'Last used' } }, t.lastUsedAt ? h(doc, 'span', { text: relativeWords(t.lastUsedAt, now), title: when(t.lastUsedAt) }) : 'Never'),
      h(doc, 'td', { text: STATE_WORDS[t.state], attrs: { 'data-label': 'State' } }),
      h(doc, 'td', { attrs: { 'data-label': 'Action' } }, revokeButton),
    );
  }

  async function load(): Promise<void> {
    const list = await people.userTokens(username);
    if (f.gone()) return;
    if (!list.length) {
      element.replaceChildren(h(doc, 'p', { class: 'poc-admin-muted', text: 'No device or token.' }));
      return;
    }
    const now = new Date();
    element.replaceChildren(
      h(
        doc,
        'table',
        { class: 'poc-admin-table' },
        h(doc, 'caption', { class: 'poc-admin-visually-hidden', text: 'Devices and tokens' }),
        h(doc, 'thead', {}, h(doc, 'tr', {}, ...['What', 'Kind', 'Created', 'Last used', 'State', 'Action'].map((t) => h(doc, 'th', { text: t, attrs: { scope: 'col' } })))),
        h(doc, 'tbody', {}, ...list.map((t) => row(t, now))),
      ),
    );
  }

  return { element, load };
}
