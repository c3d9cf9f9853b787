/**
 * Starting the web workspace: asks the server who is signed in (GET /api/me
 * with the page's client); not signed in (401) → the sign-in page, which
 * keeps where the person wanted to go (`/signin?next=/d/x`, paths of this
 * site only); signed in → the header and the page of the address. Signing
 * out takes the pages down (closing their connections) and shows the
 * sign-in page again. `/invite#<code>` redeems an invite link first (issue
 * 14), and the sign-in page offers single sign-on when the server does.
 * The client is given, so the same app runs on the session cookie
 * (web/app/main.ts) and on a token (the browser tests).
 */
import { h } from '../../editor/dom.js';
import { type ApiClient, ApiError } from '../../shared/api/client.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { ssoProblemMessage } from '../../shared/api/sso.js';
import { appHeader } from './app-header.js';
import { Router } from './router.js';
import { ROUTES } from './routes.js';
import { signIn as signInWithCookie, type SignInResult, signOut as signOutOfCookie } from './session-api.js';
import { safeNext } from '../../shared/links/safe-next.js';
import { invitePage } from './invite-page.js';
import { signInPage } from './signin-page.js';
import { applyWebLocale } from '../interface-language.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** What the app is started with. */
export interface BootOptions {
  /** The client every page calls the server with. */
  api: ApiClient;
  /** Trades a token for a session (default: `POST /api/session` through `api`). */
  signIn?: (token: string) => Promise<SignInResult>;
  /** Ends this session or all of the person's (default: `DELETE /api/session(s)` through `api`). */
  signOut?: (everywhere: boolean) => Promise<void>;
}

/** The running app. */
export interface App {
  /** Takes everything down. */
  destroy(): void;
}

/** Starts the app in `root`. */
export function boot(root: HTMLElement, opts: BootOptions): App {
  const doc = root.ownerDocument;
  const win = doc.defaultView!;
  // The language first: everything below writes words in it.
  applyWebLocale(win);
  const signIn = opts.signIn ?? ((token: string) => signInWithCookie(opts.api, token));
  const signOut = opts.signOut ?? ((everywhere: boolean) => signOutOfCookie(opts.api, everywhere));
  let shown: { destroy(): void } | undefined;
  let stopped = false;

  const clear = () => {
    shown?.destroy();
    shown = undefined;
    root.replaceChildren();
  };

  const showSignIn = (next: string) => {
    // A single sign-on that came back refused says why (`?sso=<problem>`), once: the address drops it below.
    const ssoProblem = doc.location.pathname === '/signin' ? new URLSearchParams(doc.location.search).get('sso') : null;
    clear();
    win.history.replaceState(null, '', next === '/' ? '/signin' : `/signin?next=${encodeURIComponent(next)}`);
    // Without an answer the page offers the token form only: the token always works.
    const sso = new PeopleApi(opts.api).signInMethods().then(
      (methods) => methods.sso,
      () => null,
    );
    const draw = (problem: string | undefined) => {
      const main = h(doc, 'main', { class: 'poc-web-main poc-web-narrow' });
      root.append(main);
      shown = signInPage(main, {
        signIn,
        signedIn: () => {
          win.history.replaceState(null, '', next);
          void start();
        },
        next,
        sso,
        ...(problem ? { ssoProblem: problem } : {}),
      });
    };
    if (!ssoProblem) return draw(undefined);
    // The problem may name the provider ("the identity provider at … could not be reached"): drawn once that is known.
    shown = { destroy: () => undefined };
    const waiting = shown;
    void sso.then((methods) => {
      if (!stopped && shown === waiting) draw(ssoProblemMessage(ssoProblem, methods?.issuer, interfaceLocale()));
    });
  };

  const showInvite = () => {
    clear();
    const main = h(doc, 'main', { class: 'poc-web-main poc-web-narrow' });
    root.append(main);
    shown = invitePage(main, {
      redeem: (code) => new PeopleApi(opts.api).redeemInvite(code),
      signedIn: () => {
        win.history.replaceState(null, '', '/');
        void start();
      },
      // Someone signed in here is asked first (a link another person sent must not switch their account quietly).
      signedInAs: opts.api.me().then(
        (me) => me.name,
        () => null,
      ),
      stay: () => {
        win.history.replaceState(null, '', '/');
        void start();
      },
    });
  };

  const showProblem = (message: string) => {
    clear();
    doc.title = t('boot.problemTitle');
    const main = h(
      doc,
      'main',
      { class: 'poc-web-main poc-web-narrow' },
      h(doc, 'h1', { text: t('boot.problemHeading') }),
      h(doc, 'p', { text: message, attrs: { role: 'alert' } }),
      h(doc, 'button', { class: 'mod-cta', text: t('boot.tryAgain'), attrs: { type: 'button' }, on: { click: () => void start() } }),
    );
    root.append(main);
  };

  const start = async (): Promise<void> => {
    const here = doc.location;
    // An invite signs the browser in to its account; whoever is signed in already is asked first (invite-page.ts).
    if (here.pathname === '/invite') return showInvite();
    const wanted = here.pathname === '/signin' ? safeNext(new URLSearchParams(here.search).get('next')) : safeNext(`${here.pathname}${here.search}${here.hash}`);
    let me;
    try {
      me = await opts.api.me();
    } catch (e) {
      if (stopped) return;
      if (e instanceof ApiError && e.status === 401) return showSignIn(wanted);
      return showProblem(e instanceof Error ? e.message : String(e));
    }
    if (stopped) return;
    clear();
    if (here.pathname === '/signin') win.history.replaceState(null, '', wanted);
    const main = h(doc, 'main', { class: 'poc-web-main', attrs: { id: 'main' } });
    const header = appHeader(doc, {
      me,
      async signOut(everywhere) {
        await signOut(everywhere);
        showSignIn('/');
      },
    });
    const shell = h(doc, 'div', { class: 'poc-web' }, header, main);
    root.append(shell);
    const router = new Router(main, shell, { api: opts.api, me }, ROUTES);
    shown = { destroy: () => router.destroy() };
    router.start();
  };

  void start();
  return {
    destroy() {
      stopped = true;
      clear();
    },
  };
}
