/**
 * Opening the web workspace in the browser tests as a person does: a page of
 * a given width, signed in either through the test entry's token client
 * (support/web-app-entry.ts) or by the session cookie the real app gets,
 * and a record of what the page reported that breaks its security policy
 * or fails, for a test to expect none.
 */
import type { Page } from 'playwright-core';
import { SESSION_COOKIE } from '../../../shared/api/session.js';
import type { TestServer } from '../../support/test-server.js';
import { signIn } from '../../support/web-session.js';
import type { Browser } from './chromium.js';

/** A page a test opened, and every policy report and page error it gave, in order. */
export interface AppPage {
  page: Page;
  problems: string[];
}

/**
 * A new page of `browser`, `width` px wide, recording policy reports and page errors in `problems`. With `token`,
 * the page is signed in through the test entry's token client. Init scripts run before the page's own and outside
 * its policy: they carry the token, and a listener that reports every policy violation on the console.
 */
export async function newAppPage(browser: Browser, width: number, opts: { token?: string; timeout?: number } = {}): Promise<AppPage> {
  const page = await browser.context.newPage();
  page.setDefaultTimeout(opts.timeout ?? 15_000);
  await page.setViewportSize({ width, height: 900 });
  const opened: AppPage = { page, problems: [] };
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) opened.problems.push(m.text());
  });
  page.on('pageerror', (e) => opened.problems.push(`page error: ${e.message}`));
  await page.addInitScript((t) => {
    if (t) (window as unknown as { pocTestToken: string }).pocTestToken = t;
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`));
  }, opts.token ?? '');
  return opened;
}

/** Signs `token` in on `t` as the web workspace does, and gives `browser` its session cookie for `t`'s pages (the real app, with no test entry). */
export async function signInBrowser(browser: Browser, t: TestServer, token: string): Promise<void> {
  const session = await signIn(t, token);
  if (!session.secret) throw new Error(`Signing in on ${t.httpUrl} gave no session: is the token one of its users'?`);
  // Set for the server the page is on: two test servers share a host.
  await browser.context.addCookies([{ name: SESSION_COOKIE, value: session.secret, url: t.httpUrl }]);
}
