/**
 * The invite page (`/invite#<code>`, issue 14): an administrator sent the
 * person a single-use link; opening it signs them in once. The code rides in
 * the address's fragment (never sent to a server, a log or a referrer) and
 * is taken out of the address at once, so it is not left in the history or
 * a bookmark. A used or expired link is said in words, with what to do.
 * A browser already signed in as someone asks first: a link someone else
 * sent (their own invitation) must not quietly switch the browser to their
 * account, where what is typed next would be theirs.
 */
import { h } from '../../editor/dom.js';
import { ApiError } from '../../shared/api/client.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** What the invite page does with the code, and where it goes after. */
export interface InvitePageOptions {
  /** Redeems the code (`PeopleApi.redeemInvite`): the browser gets its session cookie; rejects with an ApiError when refused. */
  redeem(code: string): Promise<unknown>;
  /** Called once signed in (the app then opens the home page). */
  signedIn(): void;
  /** Who this browser is signed in as now (their name), or null for nobody; until it answers the page waits. */
  signedInAs?: Promise<string | null>;
  /** Called when the person already signed in keeps their session instead (the app then opens the home page). */
  stay?(): void;
}

/** The invite code of a fragment ("#<code>", or "#code=<code>"), or null when it holds none. */
export function inviteCode(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  let code: string | null;
  try {
    code = raw.startsWith('code=') ? new URLSearchParams(raw).get('code') : decodeURIComponent(raw);
  } catch {
    // A mangled "%" escape (a mail program's doing): the code as it stands; the server says whether it is one.
    code = raw;
  }
  return code && code.trim() ? code.trim() : null;
}

/** Redeems the invite of the address's fragment in `root` (removing it from the address first); returns how to take the page down. */
export function invitePage(root: HTMLElement, opts: InvitePageOptions): { destroy(): void } {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  const code = inviteCode(doc.location.hash);
  // Out of the address before anything else: the history, a bookmark or a screen share must not keep it.
  win.history.replaceState(null, '', '/invite');
  doc.title = t('invite.title');
  let live = true;
  const status = h(doc, 'p', { text: t('invite.accepting'), attrs: { role: 'status' } });
  const box = h(doc, 'div', { class: 'poc-web-signin poc-web-invite' }, h(doc, 'h1', { text: t('invite.heading') }), status);
  root.append(box);

  const fail = (message: string, retry: boolean) => {
    status.remove();
    box.append(
      h(doc, 'div', { class: 'poc-web-error-summary', attrs: { role: 'alert' } }, h(doc, 'h2', { text: t('signIn.notSignedIn') }), h(doc, 'p', { text: message })),
      h(doc, 'p', {}, h(doc, 'a', { text: t('invite.toSignIn'), attrs: { href: '/signin' } })),
    );
    if (retry && code) box.append(h(doc, 'button', { class: 'mod-cta', text: t('boot.tryAgain'), attrs: { type: 'button' }, on: { click: () => attempt() } }));
  };

  const attempt = () => {
    box.replaceChildren(box.firstChild!, status);
    status.textContent = t('invite.accepting');
    opts.redeem(code!).then(
      () => live && opts.signedIn(),
      (e: unknown) => {
        if (!live) return;
        const unreachable = !(e instanceof ApiError) || e.status === undefined || e.status >= 500;
        if (unreachable) return fail(t('invite.unreachable'), true);
        if (e.status === 429) return fail(t('invite.tooMany'), true);
        fail(t('invite.used'), false);
      },
    );
  };

  /** Asks the person signed in as `name` whether to leave their account for the invitation's, before using the code. */
  const ask = (name: string) => {
    status.textContent = t('invite.signedInAs', { name });
    box.append(
      h(doc, 'p', { class: 'poc-muted', text: t('invite.theirs') }),
      h(
        doc,
        'div',
        { class: 'poc-web-invite-choice' },
        h(doc, 'button', { class: 'mod-cta', text: t('invite.accept'), attrs: { type: 'button' }, on: { click: () => attempt() } }),
        h(doc, 'button', { text: t('invite.stay', { name }), attrs: { type: 'button' }, on: { click: () => opts.stay?.() } }),
      ),
    );
  };

  if (!code)
    fail(t('invite.incomplete'), false);
  else if (!opts.signedInAs) attempt();
  else {
    status.textContent = t('invite.opening');
    opts.signedInAs.then(
      (name) => live && (name ? ask(name) : attempt()),
      () => live && attempt(),
    );
  }
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
}
