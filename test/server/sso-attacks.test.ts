// Attacks on single sign-on (issue 14), each written as the attack, against a real OpenID Connect provider
// (oidc-provider on loopback) and the real server, driven with plain fetch: a forged or replayed answer from the
// provider, an answer brought by a browser that did not start the login, a return address on another site, a
// disabled person, and an unverified email claiming a colleague's account. None may end in a session.
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '../../shared/api/session.js';
import { startTestProvider, type TestProvider } from '../support/oidc-provider.js';
import { CookieJar, send, signInAtProvider } from '../support/sso-login.js';
import { startTestServer, type TestServer } from '../support/test-server.js';

let idp: TestProvider;
let t: TestServer;

beforeAll(async () => {
  idp = await startTestProvider();
  t = await startTestServer({ oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: 'Sign in with UN Mission ID', teamClaim: 'groups', allowHttp: true } });
  idp.allow(`${t.httpUrl}/auth/callback`);
});
afterAll(async () => {
  await t?.stop();
  await idp?.stop();
});

/** Visits the callback with the jar's cookies; answers where it sends the browser and the session cookie it set, if any. */
async function callback(jar: CookieJar, url: string): Promise<{ location: string; session: string | undefined }> {
  const res = await send(jar, url);
  expect(res.status).toBe(302);
  const session = res.headers
    .getSetCookie()
    .find((c) => c.startsWith(`${SESSION_COOKIE}=`))
    ?.split(';')[0]
    .slice(SESSION_COOKIE.length + 1);
  return { location: res.headers.get('location')!, session };
}

/** The reasons of the "sso-rejected" entries written so far. */
async function rejections(): Promise<string[]> {
  return (await t.server.storage.queryAudit({ kind: 'sso-rejected' })).map((e) => String(e.detail.reason));
}

/** Whether `cookie` is a working session (GET /api/me answers 200 with it). */
async function works(cookie: string | undefined): Promise<boolean> {
  if (!cookie) return false;
  return (await t.api('/api/me', { headers: { cookie: `${SESSION_COOKIE}=${cookie}` } })).status === 200;
}

describe('single sign-on, as it should work', () => {
  it('says which sign-in methods there are: single sign-on under the configured label', async () => {
    expect((await t.api('/api/auth/methods')).body).toEqual({ sso: { label: 'Sign in with UN Mission ID', issuer: idp.issuer } });
  });

  it('a person who signs in at the provider comes back to the path they asked for with a working session', async () => {
    idp.accounts.set('amina', { name: 'Amina Diallo', email: 'amina@mission.example', email_verified: true, preferred_username: 'amina' });
    const jar = new CookieJar();
    const answer = await signInAtProvider(jar, t.httpUrl, 'amina', '/d/tm-north?x=1');
    const { location, session } = await callback(jar, answer);
    expect(location).toBe('/d/tm-north?x=1');
    expect(await works(session)).toBe(true);
  });
});

describe('attacks on single sign-on', () => {
  it('the login’s binding cookie is out of scripts’ reach, sent only to the callback, comes back on the provider’s cross-site redirect (Lax), and lasts ten minutes', async () => {
    const res = await fetch(`${t.httpUrl}/auth/sso?return=/`, { redirect: 'manual' });
    expect(res.status).toBe(302);
    expect(res.headers.get('location')!.startsWith(`${idp.issuer}/`)).toBe(true);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('poc_sso='))!;
    expect(cookie).toMatch(/^poc_sso=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Lax; Path=\/auth\/callback; Max-Age=600$/);
  });

  it('attack: the provider is asked with PKCE (S256), a state and a nonce, new at every start', async () => {
    const ask = async () => new URL((await fetch(`${t.httpUrl}/auth/sso`, { redirect: 'manual' })).headers.get('location')!).searchParams;
    const [a, b] = [await ask(), await ask()];
    expect(a.get('code_challenge_method')).toBe('S256');
    expect(a.get('redirect_uri')).toBe(`${t.httpUrl}/auth/callback`);
    for (const p of ['code_challenge', 'state', 'nonce']) {
      expect(a.get(p)).toBeTruthy();
      expect(a.get(p)).not.toBe(b.get(p));
    }
  });

  it('attack: the provider’s answer with a forged state is refused, audited, and starts no session', async () => {
    const jar = new CookieJar();
    const answer = new URL(await signInAtProvider(jar, t.httpUrl, 'amina'));
    answer.searchParams.set('state', 'forged-state-of-the-attacker');
    const { location, session } = await callback(jar, answer.href);
    expect(location).toBe('/signin?sso=state-mismatch');
    expect(session).toBeUndefined();
    expect(await rejections()).toContain('state-mismatch');
  });

  it('attack: the provider’s answer without a state is refused and starts no session', async () => {
    const jar = new CookieJar();
    const answer = new URL(await signInAtProvider(jar, t.httpUrl, 'amina'));
    answer.searchParams.delete('state');
    const { location, session } = await callback(jar, answer.href);
    expect(location).toBe('/signin?sso=state-mismatch');
    expect(session).toBeUndefined();
  });

  it('attack: an answer brought by a browser without the login’s binding cookie (login CSRF) is refused and starts no session', async () => {
    const jar = new CookieJar();
    const answer = await signInAtProvider(jar, t.httpUrl, 'amina');
    // The attacker's own code and state, planted in the victim's browser, which never started a login.
    const victim = new CookieJar();
    const { location, session } = await callback(victim, answer);
    expect(location).toBe('/signin?sso=expired');
    expect(session).toBeUndefined();
    expect(await rejections()).toContain('expired');
  });

  it('attack: an answer replayed after it was used is refused (a login is taken once) and starts no second session', async () => {
    const jar = new CookieJar();
    const answer = await signInAtProvider(jar, t.httpUrl, 'amina');
    const binding = jar.get(t.httpUrl, 'poc_sso')!;
    expect(await works((await callback(jar, answer)).session)).toBe(true);
    const replay = new CookieJar();
    await send(replay, `${t.httpUrl}/`); // an empty jar for the server's origin
    const res = await fetch(answer, { headers: { cookie: `poc_sso=${binding}` }, redirect: 'manual' });
    expect(res.headers.get('location')).toBe('/signin?sso=expired');
    expect(res.headers.getSetCookie().some((c) => c.startsWith(`${SESSION_COOKIE}=`))).toBe(false);
  });

  it('a sign-in the person cancelled at the provider (error=access_denied) comes back refused in words, with no session', async () => {
    const jar = new CookieJar();
    const answer = new URL(await signInAtProvider(jar, t.httpUrl, 'amina'));
    answer.searchParams.delete('code');
    answer.searchParams.set('error', 'access_denied');
    const { location, session } = await callback(jar, answer.href);
    expect(location).toBe('/signin?sso=provider-refused');
    expect(session).toBeUndefined();
  });

  for (const evil of ['https://evil.example/phish', '//evil.example/phish', '/\\evil.example', '/.//evil.example/phish', '/..//evil.example/phish']) {
    it(`attack: a return address on another site (${evil}) lands on "/" of this site`, async () => {
      const jar = new CookieJar();
      const answer = await signInAtProvider(jar, t.httpUrl, 'amina', evil);
      const { location, session } = await callback(jar, answer);
      expect(location).toBe('/');
      expect(await works(session)).toBe(true);
    });
  }

  it('attack: a disabled person signs in at the provider; refused, told so, audited, and no session', async () => {
    await t.server.storage.addUser({ username: 'dan', name: 'Dan Okello', offices: [], email: 'dan@mission.example' });
    await t.server.storage.setDisabled('dan', true, new Date().toISOString());
    idp.accounts.set('dan-at-idp', { name: 'Dan Okello', email: 'dan@mission.example', email_verified: true });
    const jar = new CookieJar();
    const { location, session } = await callback(jar, await signInAtProvider(jar, t.httpUrl, 'dan-at-idp'));
    expect(location).toBe('/signin?sso=disabled');
    expect(session).toBeUndefined();
    const entry = (await t.server.storage.queryAudit({ kind: 'sso-rejected' })).at(-1)!;
    expect(entry).toMatchObject({ actor: 'dan', detail: { reason: 'disabled' } });
  });

  it('attack: an account whose provider does not verify its email claims a colleague’s address; refused, not linked, no session', async () => {
    await t.server.storage.addUser({ username: 'fatima', name: 'Fatima Hassan', offices: [], email: 'fatima@mission.example' });
    idp.accounts.set('impostor', { name: 'Fatima Hassan', email: 'Fatima@Mission.example', email_verified: false });
    const jar = new CookieJar();
    const { location, session } = await callback(jar, await signInAtProvider(jar, t.httpUrl, 'impostor'));
    expect(location).toBe('/signin?sso=email-conflict');
    expect(session).toBeUndefined();
    expect(await t.server.storage.identitiesOf('fatima')).toEqual([]);
  });

  it('attack: a second account at the provider with a linked person’s email (its provider not saying whether it is verified) does not become that person; refused, not linked, no session', async () => {
    await t.server.storage.addUser({ username: 'omar', name: 'Omar Farouk', offices: [], email: 'omar@mission.example' });
    await t.server.storage.setGrant({ username: 'omar', docId: '*', access: 'owner', grantedBy: 'test' });
    idp.accounts.set('omar-at-idp', { name: 'Omar Farouk', email: 'omar@mission.example', email_verified: true });
    const first = new CookieJar();
    expect(await works((await callback(first, await signInAtProvider(first, t.httpUrl, 'omar-at-idp'))).session)).toBe(true);
    // Another account of the provider whose email its owner could set (Entra ID's mutable "email" sends no email_verified).
    idp.accounts.set('second-account', { name: 'Omar Farouk', email: 'Omar@mission.example' });
    const jar = new CookieJar();
    const { location, session } = await callback(jar, await signInAtProvider(jar, t.httpUrl, 'second-account'));
    expect(location).toBe('/signin?sso=email-taken');
    expect(session).toBeUndefined();
    expect((await t.server.storage.identitiesOf('omar')).map((i) => i.subject)).toEqual(['omar-at-idp']);
    expect(await rejections()).toContain('email-taken');
  });

  it('attack: an account whose provider does not verify its email signs in first with a colleague’s address; it is made without that address, and the colleague’s own sign-in later is theirs', async () => {
    idp.accounts.set('squatter', { name: 'Grace Kamau', email: 'grace@mission.example', email_verified: false, preferred_username: 'grace' });
    const jar = new CookieJar();
    expect(await works((await callback(jar, await signInAtProvider(jar, t.httpUrl, 'squatter'))).session)).toBe(true);
    const squatter = (await t.server.storage.findIdentity(idp.issuer, 'squatter'))!.username;
    // An administrator looking for grace@mission.example must not find the squatter's account under it.
    expect((await t.server.storage.getUser(squatter))!.email).toBeNull();
    expect(await t.server.storage.findUserByEmail('grace@mission.example')).toBeUndefined();
    idp.accounts.set('grace-at-idp', { name: 'Grace Kamau', email: 'grace@mission.example', email_verified: true, preferred_username: 'grace' });
    const grace = new CookieJar();
    const { location, session } = await callback(grace, await signInAtProvider(grace, t.httpUrl, 'grace-at-idp'));
    expect(location).toBe('/');
    expect(await works(session)).toBe(true);
    const graceUser = (await t.server.storage.findIdentity(idp.issuer, 'grace-at-idp'))!.username;
    expect(graceUser).not.toBe(squatter);
    expect((await t.server.storage.findUserByEmail('grace@mission.example'))?.username).toBe(graceUser);
  });
});

describe('a flood of forged answers', () => {
  it('attack: a stranger sending the callback forged answers in a loop does not add a row to the append-only audit trail per request', async () => {
    const own = await startTestServer({ oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: 'SSO', teamClaim: null, allowHttp: true } });
    try {
      const sent = 200;
      for (let i = 0; i < sent; i++) {
        const res = await fetch(`${own.httpUrl}/auth/callback?code=forged-${i}&state=forged`, { redirect: 'manual' });
        expect(res.headers.get('location')).toBe('/signin?sso=expired');
      }
      const rows = await own.server.storage.queryAudit({ kind: 'sso-rejected' });
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.length).toBeLessThanOrEqual(60);
      // The rest are not lost: they are summed per address and minute, as failed logins are (the first written at once).
      const summed = await own.server.storage.queryAudit({ kind: 'login-rejected' });
      expect(summed.map((e) => e.detail.reason)).toContain('single sign-on refused: expired');
    } finally {
      await own.stop();
    }
  });
});

describe('behind a configured public address', () => {
  it('attack: a forged Host header does not move the redirect URI: the provider is told <public-url>/auth/callback', async () => {
    const pub = await startTestServer({
      publicUrl: 'https://poc.mission.example',
      oidc: { issuer: idp.issuer, clientId: idp.clientId, clientSecret: idp.clientSecret, label: 'SSO', teamClaim: null, allowHttp: true },
    });
    try {
      const { port } = new URL(pub.httpUrl);
      const location = await new Promise<string>((resolve, reject) => {
        const req = request({ host: '127.0.0.1', port, path: '/auth/sso?return=/', headers: { host: 'evil.example' } }, (res) => {
          res.resume();
          resolve(res.headers.location ?? '');
        });
        req.on('error', reject);
        req.end();
      });
      expect(new URL(location).searchParams.get('redirect_uri')).toBe('https://poc.mission.example/auth/callback');
    } finally {
      await pub.stop();
    }
  });
});

describe('without a reachable provider, or without one at all', () => {
  it('a server whose provider is down starts, and its single sign-on button leads to the sign-in page saying so', async () => {
    const down = await startTestServer({ oidc: { issuer: 'http://127.0.0.1:9', clientId: 'x', clientSecret: 'y', label: 'SSO', teamClaim: null, allowHttp: true } });
    try {
      const res = await fetch(`${down.httpUrl}/auth/sso?return=/`, { redirect: 'manual' });
      expect(res.headers.get('location')).toBe('/signin?sso=unreachable');
      const entry = (await down.server.storage.queryAudit({ kind: 'sso-rejected' })).at(-1)!;
      expect(entry.detail).toMatchObject({ reason: 'unreachable', issuer: 'http://127.0.0.1:9' });
    } finally {
      await down.stop();
    }
  });

  it('/api/auth/methods says there is no single sign-on on a server without an identity provider', async () => {
    const plain = await startTestServer();
    try {
      expect((await plain.api('/api/auth/methods')).body).toEqual({ sso: null });
      expect((await fetch(`${plain.httpUrl}/auth/sso?return=/`, { redirect: 'manual' })).headers.get('location')).toBe('/signin?sso=not-configured');
    } finally {
      await plain.stop();
    }
  });
});
