/**
 * The web page's one way to call the HTTP API: the user's bearer token,
 * JSON in and out, and a failure as an Error whose message a person can
 * read (the server's message and its first diagnostics). Kept in this one
 * place until the page moves onto the shared typed client.
 */

/** Where the API is and who is calling it. */
export interface ApiTarget {
  /** Base URL of the HTTP API; "" means the page's own origin. */
  base: string;
  token: string;
}

/** Calls `path` on the API and resolves with its JSON body; rejects with the server's message when it answers an error. */
export async function callApi<T>(target: ApiTarget, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${target.base}${path}`, {
    ...init,
    headers: { authorization: `Bearer ${target.token}`, ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers ?? {}) },
  });
  const body = (await res.json().catch(() => ({}))) as { error?: { message?: string; diagnostics?: Array<{ message: string }> } } & T;
  if (!res.ok) {
    const more = body.error?.diagnostics?.slice(0, 3).map((d) => d.message) ?? [];
    throw new Error([body.error?.message ?? `The server answered ${res.status}.`, ...more].join(' '));
  }
  return body;
}
