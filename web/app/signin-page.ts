/**
 * The sign-in page: one field, "Access token" (what an administrator gave
 * the person), traded for a session cookie; then the page the person wanted
 * (`next`, a path of this site only). A refusal is said above the form and
 * at the field (wrong token, too many attempts and how long to wait, server
 * unreachable), and focus goes to it, so a screen reader says it. When the
 * server offers single sign-on (issue 14), a link styled as a button above
 * the form goes to the identity provider; a sign-on that came back refused
 * (`?sso=<problem>`) is said in words the same way.
 */
import { h } from '../../editor/dom.js';
import { SSO_START_PATH } from '../../shared/api/sign-in.js';
import type { SignInResult } from './session-api.js';
import { languageMenu } from './language-menu.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** What the sign-in page does with the token, and where it goes after. */
export interface SignInPageOptions {
  /** Trades the token for a session (session-api.ts's `signIn`, or a test's). */
  signIn(token: string): Promise<SignInResult>;
  /** Called once signed in (the app then opens `next`). */
  signedIn(): void;
  /** Where the person wants to go (a path of this site), for single sign-on to come back to. */
  next?: string;
  /** Single sign-on's button label when the server offers it, null when it does not (asked while the form is shown). */
  sso?: Promise<{ label: string } | null>;
  /** Why the last single sign-on did not sign the person in, in words (from `?sso=`), said when the page opens. */
  ssoProblem?: string;
}

/** Draws the sign-in form into `root`; returns how to take it down. */
export function signInPage(root: HTMLElement, opts: SignInPageOptions): { destroy(): void } {
  const doc = root.ownerDocument;
  doc.title = t('signIn.title');
  const errorId = 'poc-signin-error';
  const summary = h(doc, 'div', { class: 'poc-web-error-summary', attrs: { role: 'alert', tabindex: -1, hidden: true } });
  const fieldError = h(doc, 'p', { class: 'poc-web-field-error', attrs: { id: errorId, hidden: true } });
  const input = h(doc, 'input', {
    class: 'poc-web-input',
    attrs: { id: 'poc-token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, 'aria-describedby': 'poc-token-hint' },
  });
  const button = h(doc, 'button', { class: 'mod-cta poc-web-signin-button', text: t('signIn.button'), attrs: { type: 'submit' } });
  let live = true;

  /** Says `message` above the form and, when it is about the token (`atField`), at the field too. */
  const show = (message: string | undefined, atField = true) => {
    summary.hidden = fieldError.hidden = !message;
    summary.replaceChildren();
    if (message && !atField) {
      fieldError.hidden = true;
      summary.append(h(doc, 'h2', { text: t('signIn.notSignedIn') }), h(doc, 'p', { text: message }));
      summary.focus();
    } else if (message) {
      summary.append(h(doc, 'h2', { text: t('signIn.notSignedIn') }), h(doc, 'p', {}, h(doc, 'a', { text: message, attrs: { href: '#poc-token' } })));
      fieldError.textContent = message;
      input.setAttribute('aria-invalid', 'true');
      input.setAttribute('aria-describedby', `poc-token-hint ${errorId}`);
      summary.focus();
    } else {
      input.removeAttribute('aria-invalid');
      input.setAttribute('aria-describedby', 'poc-token-hint');
    }
  };

  const form = h(
    doc,
    'form',
    {
      class: 'poc-web-signin-form',
      attrs: { novalidate: true },
      on: {
        submit: (e: Event) => {
          e.preventDefault();
          const token = input.value.trim();
          if (!token) return show(t('signIn.enterToken'));
          button.disabled = true;
          button.textContent = t('signIn.busy');
          void opts.signIn(token).then((result) => {
            if (!live) return;
            button.disabled = false;
            button.textContent = t('signIn.button');
            if (result.ok) return opts.signedIn();
            show(result.problem.message);
          });
        },
      },
    },
    summary,
    h(doc, 'label', { class: 'poc-web-label', text: t('signIn.tokenLabel'), attrs: { for: 'poc-token' } }),
    h(doc, 'p', { class: 'poc-web-hint', text: t('signIn.tokenHint'), attrs: { id: 'poc-token-hint' } }),
    fieldError,
    input,
    button,
  );
  // A link to the field in the error summary focuses it (the hash alone would only scroll).
  summary.addEventListener('click', (e) => {
    if ((e.target as Element).closest('a')) {
      e.preventDefault();
      input.focus();
    }
  });
  // Filled when the server says it offers single sign-on; until then (and without it) only the token form shows.
  const ssoSlot = h(doc, 'div', { class: 'poc-web-sso', attrs: { hidden: true } });
  root.append(h(doc, 'div', { class: 'poc-web-signin' }, h(doc, 'h1', { text: t('signIn.heading') }), ssoSlot, form, languageMenu(doc)));
  input.focus();
  if (opts.ssoProblem) show(opts.ssoProblem, false);
  void opts.sso?.then((sso) => {
    if (!live || !sso) return;
    const href = `${SSO_START_PATH}?return=${encodeURIComponent(opts.next ?? '/')}`;
    ssoSlot.append(
      h(doc, 'a', { class: 'mod-cta poc-web-sso-button', text: sso.label, attrs: { href } }),
      h(doc, 'p', { class: 'poc-web-sso-or', text: t('signIn.orToken') }),
    );
    ssoSlot.hidden = false;
  });
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
}
