/**
 * `/account` ("Your devices", issue 14): the person's own tokens and
 * devices (what, made when, last used when, still working or not), with
 * "Sign out this device" for each that still works. Signing one out revokes
 * its token on the server, which closes that device's connections within
 * seconds; the list is then read again, so it shows what the server holds.
 */
import { h } from '../../editor/dom.js';
import type { TokenEntry } from '../../shared/api/people.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import type { Page } from './page-context.js';

const KIND_WORDS: Record<TokenEntry['kind'], string> = { device: 'Device', token: 'Access token', session: 'Browser session' };
const STATE_WORDS: Record<TokenEntry['state'], string> = { live: 'Signed in', revoked: 'Signed out', expired: 'Expired' };

/** A time of the list in the mission's zone, to the minute ("—" for never). */
function when(iso: string | null, timeZone: string): string {
  if (!iso) return '—';
  return new Date(iso).toLocaleString('en-GB', { timeZone, day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/** The "Your devices" page. */
export const accountPage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = 'Your devices — POC Workspace';
  const people = new PeopleApi(ctx.api);
  const zone = ctx.me.timeZone;
  let live = true;
  const status = h(doc, 'p', { class: 'poc-muted', text: 'Loading your devices…', attrs: { role: 'status' } });
  const problem = h(doc, 'p', { class: 'poc-web-problem', attrs: { role: 'alert' } });
  const list = h(doc, 'div', { class: 'poc-web-devices' });

  const row = (t: TokenEntry): HTMLElement => {
    const name = t.label ?? (t.kind === 'token' ? 'Access token from your administrator' : KIND_WORDS[t.kind]);
    const signOut =
      t.state === 'live'
        ? h(doc, 'button', {
            text: 'Sign out this device',
            attrs: { type: 'button', 'aria-label': `Sign out ${name}` },
            on: {
              click: (e: Event) => {
                const button = e.currentTarget as HTMLButtonElement;
                button.disabled = true;
                problem.textContent = '';
                people.revokeMyToken(t.id).then(
                  () => void load(`${name} is signed out; it can no longer open your documents.`),
                  (err: unknown) => {
                    if (!live) return;
                    button.disabled = false;
                    problem.textContent = `${name} could not be signed out: ${err instanceof Error ? err.message : String(err)}`;
                  },
                );
              },
            },
          })
        : null;
    return h(
      doc,
      'tr',
      { attrs: { 'data-token': t.id, 'data-state': t.state } },
      h(doc, 'th', { text: name, attrs: { scope: 'row' } }),
      // The labels let a phone, where the table's head is hidden, name each value.
      h(doc, 'td', { text: KIND_WORDS[t.kind], attrs: { 'data-label': 'Kind' } }),
      h(doc, 'td', { text: when(t.createdAt, zone), attrs: { 'data-label': 'Created' } }),
      h(doc, 'td', { text: when(t.lastUsedAt, zone), attrs: { 'data-label': 'Last used' } }),
      h(doc, 'td', { text: STATE_WORDS[t.state], attrs: { 'data-label': 'State' } }),
      h(doc, 'td', {}, signOut),
    );
  };

  const load = async (said = ''): Promise<void> => {
    let tokens: TokenEntry[];
    try {
      tokens = await people.myTokens();
    } catch (e) {
      if (live) status.textContent = `Your devices could not be listed: ${e instanceof Error ? e.message : String(e)}`;
      return;
    }
    if (!live) return;
    status.textContent = said;
    // Working ones first, newest first: the ones a person may want to sign out.
    const sorted = [...tokens].sort((a, b) => Number(b.state === 'live') - Number(a.state === 'live') || b.createdAt.localeCompare(a.createdAt));
    list.replaceChildren(
      sorted.length === 0
        ? h(doc, 'p', { text: 'You have no devices or tokens.' })
        : h(
            doc,
            'table',
            { class: 'poc-web-devices-table' },
            h(doc, 'caption', { text: 'Devices and tokens that can sign in as you' }),
            h(doc, 'thead', {}, h(doc, 'tr', {}, ...['Device', 'Kind', 'Created', 'Last used', 'State', ''].map((c) => h(doc, 'th', { text: c, attrs: { scope: 'col' } })))),
            h(doc, 'tbody', {}, ...sorted.map(row)),
          ),
    );
  };

  root.append(
    h(
      doc,
      'section',
      { class: 'poc-web-account-page' },
      h(doc, 'h1', { text: 'Your devices' }),
      h(doc, 'p', { text: `Everything that can sign in as ${ctx.me.name}: Obsidian on your computers, and the tokens your administrator gave you. Sign out a device you lost or no longer use; to use it again, sign in there anew. Signing out the token this browser signed in with signs this browser out too.` }),
      problem,
      status,
      list,
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
