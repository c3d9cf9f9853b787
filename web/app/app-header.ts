/**
 * The web workspace's header on every signed-in page: the product's name
 * (a link home), the mission picture (/picture, for everyone signed in:
 * it shows what they can read), who is signed in, a link to their devices ("Your
 * devices"), and the two ways out: "Sign out" (this browser) and "Sign out
 * everywhere" (every browser where the person signed in, and the devices
 * allowed from one, for a lost phone or
 * a shared computer). A failed sign-out is said in the header, never
 * silently ignored. Administrators also get a link to the administration
 * (/admin); others do not see it (the server refuses them its routes anyway).
 */
import { h } from '../../editor/dom.js';
import type { MeResponse } from '../../shared/api/identity.js';
import { ACCOUNT_PATH } from '../../shared/api/sign-in.js';
import { PICTURE_PATH } from '../picture/picture-path.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** What the header needs: the person, and what signing out does. */
export interface AppHeaderOptions {
  me: MeResponse;
  /** Ends this session (or all of the person's); rejects with words when it did not. */
  signOut(everywhere: boolean): Promise<void>;
}

/** The header element (links go through the router, which handles every same-origin link of the app). */
export function appHeader(doc: Document, opts: AppHeaderOptions): HTMLElement {
  const problem = h(doc, 'p', { class: 'poc-web-header-problem', attrs: { role: 'alert' } });
  const out = (everywhere: boolean) => async (e: Event) => {
    const button = e.currentTarget as HTMLButtonElement;
    button.disabled = true;
    problem.textContent = '';
    try {
      await opts.signOut(everywhere);
    } catch (err) {
      problem.textContent = err instanceof Error ? err.message : String(err);
      button.disabled = false;
    }
  };
  return h(
    doc,
    'header',
    { class: 'poc-web-header' },
    h(doc, 'a', { class: 'poc-web-brand', text: 'POC Workspace', attrs: { href: '/' } }),
    h(doc, 'nav', { class: 'poc-web-nav', attrs: { 'aria-label': t('header.nav') } }, h(doc, 'a', { class: 'poc-web-picture-link', text: t('header.picture'), attrs: { href: PICTURE_PATH } })),
    h(
      doc,
      'div',
      { class: 'poc-web-account' },
      opts.me.admin ? h(doc, 'a', { class: 'poc-web-admin-link', text: t('header.admin'), attrs: { href: '/admin' } }) : null,
      h(doc, 'span', { class: 'poc-web-who', text: t('header.signedInAs', { name: opts.me.name }) }),
      h(doc, 'a', { class: 'poc-web-devices-link', text: t('header.devices'), attrs: { href: ACCOUNT_PATH } }),
      h(doc, 'button', { class: 'poc-web-signout', text: t('header.signOut'), attrs: { type: 'button' }, on: { click: out(false) } }),
      h(doc, 'button', { class: 'poc-web-signout-all', text: t('header.signOutAll'), attrs: { type: 'button' }, on: { click: out(true) } }),
    ),
    problem,
  );
}
