/**
 * Single sign-on in the web workspace (issue 14), end to end in real
 * Chromium: the built app served by the real server, whose identity provider
 * is a real OpenID Connect provider (oidc-provider on loopback, its own login
 * form: any login). A newcomer signs in at the provider and lands signed in
 * with no access; signing in again finds the same person; an existing
 * person with the same email is linked, not duplicated; the provider's
 * groups claim puts people in teams and takes them out when it drops the
 * group, never touching a membership a person gave; signing out ends the
 * session; a refused sign-on is said in words. The invite page takes its
 * code out of the address at once and says when a link is used up.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../shared/api/session.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { startTestServer, type TestServer } from '../support/test-server.js';
import { cachedWebApp } from './support/bundle.js';
import { type Browser, keepForDocs, launchChromium, screenshot } from './support/chromium.js';

/** The web app the server serves (a shared, cached build). */
let webDir: string;
let idp: TestProvider;
let server: TestServer;
let browser: Browser;

/** Keeps a screenshot for the documentation too (docs/issue-14/), when asked (keepForDocs). */
function toDocs(path: string, name: string): void {
  keepForDocs(path, 'docs/issue-14', name);
}

beforeAll(async () => {
  webDir = await cachedWebApp();
  idp = await startTestProvider();
  server = await startTestServer({
    webDir,
    oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: 'Sign in with single sign-on', teamClaim: 'groups', allowHttp: true },
  });
  idp.allow(`${server.httpUrl}/auth/callback`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await idp?.stop();
});

/** A new page with nobody signed in, here or at the provider (the profile's cookies are cleared). */
async function newPerson(): Promise<Page> {
  await browser.context.clearCookies();
  const page = await browser.context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Clicks single sign-on on the app's sign-in page at `path`, signs in at the provider's form as `login`, and consents if asked. */
async function signInWithSso(page: Page, path: string, login: string, shots?: string): Promise<void> {
  await page.goto(`${server.httpUrl}${path}`);
  await page.getByRole('link', { name: 'Sign in with single sign-on' }).click();
  await page.waitForURL(`${idp.issuer}/**`);
  await page.locator('input[name="login"]').fill(login);
  await page.locator('input[name="password"]').fill('any password');
  if (shots) toDocs(await screenshot(page, `${shots}-provider-login`), `${shots}-provider-login`);
  await page.locator('button[type="submit"]').click();
  // The provider asks for consent the first time this client wants the person's profile.
  await page.waitForURL((url) => url.href.startsWith(server.httpUrl) || /\/interaction\//.test(url.pathname));
  if (page.url().startsWith(idp.issuer)) {
    if (shots) toDocs(await screenshot(page, `${shots}-provider-consent`), `${shots}-provider-consent`);
    await page.getByRole('button', { name: 'Continue' }).click();
  }
  await page.waitForURL(`${server.httpUrl}/**`);
}

/** The session cookie the page holds now, if any. */
async function sessionCookieOf(page: Page): Promise<string | undefined> {
  return (await page.context().cookies(server.httpUrl)).find((c) => c.name === SESSION_COOKIE)?.value;
}

describe('single sign-on in the web workspace', () => {
  it('the sign-in page offers "Sign in with single sign-on" above the access token form', async () => {
    const page = await newPerson();
    await page.goto(`${server.httpUrl}/`);
    const button = page.getByRole('link', { name: 'Sign in with single sign-on' });
    await button.waitFor();
    expect(await button.getAttribute('href')).toBe('/auth/sso?return=%2F');
    await page.getByLabel('Access token').waitFor();
    toDocs(await screenshot(page, 'sso-signin-page'), 'sso-signin-page');
    await page.close();
  });

  it('a newcomer signs in at the provider and lands signed in, with no access: no offices, no grants, no documents', async () => {
    await server.createDoc('tm-north', null);
    idp.accounts.set('amina-sub', { name: 'Amina Diallo', email: 'amina.diallo@mission.example', email_verified: true, preferred_username: 'Amina.Diallo' });
    const page = await newPerson();
    await signInWithSso(page, '/', 'amina-sub', 'sso');
    await page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
    await page.getByText('You cannot open any document yet').waitFor();
    toDocs(await screenshot(page, 'sso-signed-in-no-access'), 'sso-signed-in-no-access');
    const user = await server.server.storage.getUser('amina.diallo');
    expect(user).toMatchObject({ name: 'Amina Diallo', email: 'amina.diallo@mission.example', offices: [] });
    expect(await server.server.storage.grantsOf('amina.diallo')).toEqual([]);
    const added = await server.server.storage.queryAudit({ kind: 'user-added' });
    expect(added.at(-1)).toMatchObject({ actor: 'sso', detail: { username: 'amina.diallo' } });
    await page.close();
  });

  it('the same person signing in again is found, not created a second time', async () => {
    const before = (await server.server.storage.listUsers()).length;
    const page = await newPerson();
    await signInWithSso(page, '/', 'amina-sub');
    await page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
    expect((await server.server.storage.listUsers()).length).toBe(before);
    expect(await server.server.storage.identitiesOf('amina.diallo')).toHaveLength(1);
    await page.close();
  });

  it('a person already on the server with the same email is linked to the identity, not duplicated', async () => {
    await server.server.storage.addUser({ username: 'grace', name: 'Grace Achieng', offices: [], email: 'grace.achieng@mission.example' });
    idp.accounts.set('grace-sub', { name: 'G. Achieng', email: 'Grace.Achieng@mission.example', email_verified: true, preferred_username: 'grace' });
    const before = (await server.server.storage.listUsers()).length;
    const page = await newPerson();
    await signInWithSso(page, '/', 'grace-sub');
    await page.locator('.poc-web-header').getByText('Signed in as Grace Achieng').waitFor();
    expect((await server.server.storage.listUsers()).length).toBe(before);
    expect(await server.server.storage.identitiesOf('grace')).toMatchObject([{ issuer: idp.issuer, subject: 'grace-sub' }]);
    await page.close();
  });

  it('the groups claim puts the person in the team with that claim value, and dropping the group takes them out at the next sign-in; a manual membership stays', async () => {
    const s = server.server.storage;
    await s.addTeam({ id: 'sector-north', name: 'Sector North POC working group', offices: [], claimValue: 'sector-north-poc', createdBy: null });
    await s.addTeam({ id: 'sector-south', name: 'Sector South POC working group', offices: [], claimValue: 'sector-south-poc', createdBy: null });
    await s.addUser({ username: 'omar', name: 'Omar Farah', offices: [], email: 'omar@mission.example' });
    // An administrator put Omar in Sector South by hand: the claim, which does not list it, must not take him out.
    await s.setTeamMember({ teamId: 'sector-south', username: 'omar', manager: false, source: 'manual', addedBy: 'admin' });
    idp.accounts.set('omar-sub', { name: 'Omar Farah', email: 'omar@mission.example', email_verified: true, groups: ['sector-north-poc', 'unrelated-group'] });
    let page = await newPerson();
    await signInWithSso(page, '/', 'omar-sub');
    await page.locator('.poc-web-header').getByText('Signed in as Omar Farah').waitFor();
    expect((await s.membershipsOf('omar')).map((m) => [m.teamId, m.source])).toEqual([
      ['sector-north', 'sso'],
      ['sector-south', 'manual'],
    ]);
    await page.close();

    idp.accounts.set('omar-sub', { name: 'Omar Farah', email: 'omar@mission.example', email_verified: true, groups: ['unrelated-group'] });
    page = await newPerson();
    await signInWithSso(page, '/', 'omar-sub');
    await page.locator('.poc-web-header').getByText('Signed in as Omar Farah').waitFor();
    expect((await s.membershipsOf('omar')).map((m) => [m.teamId, m.source])).toEqual([['sector-south', 'manual']]);
    const signedIn = (await s.queryAudit({ kind: 'sso-signed-in', actor: 'omar' })).map((e) => e.detail);
    expect(signedIn).toMatchObject([{ teamsAdded: ['sector-north'], teamsRemoved: [] }, { teamsAdded: [], teamsRemoved: ['sector-north'] }]);
    await page.close();
  });

  it('signing out ends the session: the sign-in page shows and the old cookie no longer works', async () => {
    const page = await newPerson();
    await signInWithSso(page, '/', 'amina-sub');
    await page.locator('.poc-web-header').getByText('Signed in as Amina Diallo').waitFor();
    const cookie = await sessionCookieOf(page);
    expect(cookie).toBeTruthy();
    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByRole('link', { name: 'Sign in with single sign-on' }).waitFor();
    expect((await server.api('/api/me', { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } })).status).toBe(401);
    await page.close();
  });

  it('a refused sign-on (a disabled person) comes back to the sign-in page, which says why in words', async () => {
    await server.server.storage.addUser({ username: 'dan', name: 'Dan Okello', offices: [], email: 'dan@mission.example' });
    await server.server.storage.setDisabled('dan', true, new Date().toISOString());
    idp.accounts.set('dan-sub', { name: 'Dan Okello', email: 'dan@mission.example', email_verified: true });
    const page = await newPerson();
    await signInWithSso(page, '/', 'dan-sub');
    await page.getByRole('alert').getByText('Your account on this server is disabled. Ask your administrator to enable it.').waitFor();
    expect(await sessionCookieOf(page)).toBeUndefined();
    toDocs(await screenshot(page, 'sso-refused-disabled'), 'sso-refused-disabled');
    await page.close();
  });
});

describe('single sign-on while the provider is down', () => {
  it('the server starts, and the button leads back to the sign-in page naming the provider that could not be reached', async () => {
    const down = await startTestServer({ webDir, oidc: { issuer: 'http://127.0.0.1:9', clientId: 'poc', clientSecret: 'secret', label: 'Sign in with UN Mission ID', teamClaim: null, allowHttp: true } });
    try {
      const page = await newPerson();
      await page.goto(`${down.httpUrl}/`);
      await page.getByRole('link', { name: 'Sign in with UN Mission ID' }).click();
      await page.getByRole('alert').getByText('The identity provider at http://127.0.0.1:9 could not be reached. Try again in a few minutes, or sign in with your access token.').waitFor();
      expect(new URL(page.url()).pathname).toBe('/signin');
      await page.getByLabel('Access token').waitFor();
      toDocs(await screenshot(page, 'sso-provider-unreachable'), 'sso-provider-unreachable');
      await page.close();
    } finally {
      await down.stop();
    }
  });
});

describe('the invite page', () => {
  it('takes the code out of the address at once, and says in words that a used or expired link needs a new one', async () => {
    const page = await newPerson();
    const sent: string[] = [];
    // The redeem route is built on another branch (admin-api); its contract (people-client.ts) is what the page calls.
    await page.route('**/api/invites/redeem', async (route) => {
      sent.push(route.request().postData() ?? '');
      await route.fulfill({ status: 410, contentType: 'application/json', body: JSON.stringify({ error: { code: 'invite-used', message: 'This invitation was already used.' } }) });
    });
    await page.goto(`${server.httpUrl}/invite#inv_secret-code-123`);
    await page.getByRole('alert').getByText('This invitation link has already been used or has expired. Ask your administrator for a new one.').waitFor();
    expect(page.url()).toBe(`${server.httpUrl}/invite`);
    expect(JSON.parse(sent[0])).toEqual({ code: 'inv_secret-code-123' });
    toDocs(await screenshot(page, 'invite-used'), 'invite-used');
    await page.close();
  });
});
