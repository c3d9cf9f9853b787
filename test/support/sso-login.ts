/**
 * Single sign-on driven with plain fetch (no browser), for the attack tests:
 * follows redirects by hand with a cookie jar per origin, fills the test
 * provider's login form (any login, any password) and presses its consent
 * button, and stops at the server's callback so a test can tamper with it.
 */

/** Cookies by origin, as a browser profile would keep them (paths ignored: the provider's and the server's names do not clash). */
export class CookieJar {
  private readonly jars = new Map<string, Map<string, string>>();

  /** Keeps the `Set-Cookie` headers of `res`, answered by `url`. */
  keep(url: string, res: Response): void {
    const jar = this.jar(url);
    for (const header of res.headers.getSetCookie()) {
      const [pair, ...attributes] = header.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const gone = attributes.some((a) => /^\s*max-age=0\s*$/i.test(a)) || pair.slice(eq + 1).trim() === '';
      if (gone) jar.delete(name);
      else jar.set(name, pair.slice(eq + 1).trim());
    }
  }

  /** The `Cookie` header for `url`. */
  header(url: string): string {
    return [...this.jar(url)].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  /** One cookie's value for `url`'s origin. */
  get(url: string, name: string): string | undefined {
    return this.jar(url).get(name);
  }

  /** Forgets one cookie of `url`'s origin. */
  drop(url: string, name: string): void {
    this.jar(url).delete(name);
  }

  private jar(url: string): Map<string, string> {
    const origin = new URL(url).origin;
    if (!this.jars.has(origin)) this.jars.set(origin, new Map());
    return this.jars.get(origin)!;
  }
}

/** One request with the jar's cookies, no redirect followed. */
export async function send(jar: CookieJar, url: string, init: { method?: string; form?: Record<string, string> } = {}): Promise<Response> {
  const headers: Record<string, string> = { cookie: jar.header(url) };
  let body: string | undefined;
  if (init.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded';
    body = new URLSearchParams(init.form).toString();
  }
  const res = await fetch(url, { method: init.method ?? 'GET', headers, body, redirect: 'manual' });
  jar.keep(url, res);
  return res;
}

/**
 * Starts single sign-on at `serverUrl` (`/auth/sso?return=…`), signs in at the provider as `login` and returns the
 * callback URL the provider sends the browser to (not yet visited).
 */
export async function signInAtProvider(jar: CookieJar, serverUrl: string, login: string, returnTo = '/'): Promise<string> {
  let url = `${serverUrl}/auth/sso?return=${encodeURIComponent(returnTo)}`;
  let res = await send(jar, url);
  for (let step = 0; step < 20; step++) {
    if (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location')!, url).href;
      if (next.startsWith(`${serverUrl}/auth/callback`)) return next;
      if (next.startsWith(serverUrl)) throw new Error(`the provider sent the browser back to ${next} instead of the callback`);
      url = next;
      res = await send(jar, url);
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (res.status !== 200 || !action) throw new Error(`unexpected page at ${url} (${res.status}): ${html.slice(0, 300)}`);
    const form: Record<string, string> = {};
    for (const m of html.matchAll(/<input[^>]*type="hidden"[^>]*name="([^"]+)"[^>]*value="([^"]*)"/g)) form[m[1]] = m[2];
    if (/name="login"/.test(html)) Object.assign(form, { login, password: 'any password' });
    url = new URL(action.replace(/&amp;/g, '&'), url).href;
    res = await send(jar, url, { method: 'POST', form });
  }
  throw new Error('the provider did not send the browser back within 20 steps');
}
