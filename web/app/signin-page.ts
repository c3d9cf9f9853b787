/**
 * The sign-in page: one field, "Access token" (what an administrator gave
 * the person), traded for a session cookie; then the page the person wanted
 * (`next`, a path of this site only). A refusal is said above the form and
 * at the field (wrong token, too many attempts and how long to wait, server
 * unreachable), and focus goes to it, so a screen reader says it.
 */
import { h } from '../../editor/dom.js';
import type { SignInResult } from './session-api.js';

/** What the sign-in page does with the token, and where it goes after. */
export interface SignInPageOptions {
  /** Trades the token for a session (session-api.ts's `signIn`, or a test's). */
  signIn(token: string): Promise<SignInResult>;
  /** Called once signed in (the app then opens `next`). */
  signedIn(): void;
}

/** Draws the sign-in form into `root`; returns how to take it down. */
export function signInPage(root: HTMLElement, opts: SignInPageOptions): { destroy(): void } {
  const doc = root.ownerDocument;
  doc.title = 'Sign in — POC Workspace';
  const errorId = 'poc-signin-error';
  const summary = h(doc, 'div', { class: 'poc-web-error-summary', attrs: { role: 'alert', tabindex: -1, hidden: true } });
  const fieldError = h(doc, 'p', { class: 'poc-web-field-error', attrs: { id: errorId, hidden: true } });
  const input = h(doc, 'input', {
    class: 'poc-web-input',
    attrs: { id: 'poc-token', name: 'token', type: 'password', autocomplete: 'off', spellcheck: 'false', required: true, 'aria-describedby': 'poc-token-hint' },
  });
  const button = h(doc, 'button', { class: 'mod-cta poc-web-signin-button', text: 'Sign in', attrs: { type: 'submit' } });
  let live = true;

  const show = (message: string | undefined) => {
    summary.hidden = fieldError.hidden = !message;
    summary.replaceChildren();
    if (message) {
      summary.append(h(doc, 'h2', { text: 'You are not signed in' }), h(doc, 'p', {}, h(doc, 'a', { text: message, attrs: { href: '#poc-token' } })));
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
          if (!token) return show('Enter your access token.');
          button.disabled = true;
          button.textContent = 'Signing in…';
          void opts.signIn(token).then((result) => {
            if (!live) return;
            button.disabled = false;
            button.textContent = 'Sign in';
            if (result.ok) return opts.signedIn();
            show(result.problem.message);
          });
        },
      },
    },
    summary,
    h(doc, 'label', { class: 'poc-web-label', text: 'Access token', attrs: { for: 'poc-token' } }),
    h(doc, 'p', { class: 'poc-web-hint', text: 'Your administrator gave it to you. It is the same as in the Obsidian plugin.', attrs: { id: 'poc-token-hint' } }),
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
  root.append(h(doc, 'div', { class: 'poc-web-signin' }, h(doc, 'h1', { text: 'Sign in to POC Workspace' }), form));
  input.focus();
  return {
    destroy() {
      live = false;
      root.replaceChildren();
    },
  };
}
