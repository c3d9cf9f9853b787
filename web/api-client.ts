/**
 * The web page's access to the HTTP API: the shared typed client
 * (shared/api/client.ts) for the page's server and token, and the wording
 * of its failures for the person (the server's message and the first
 * problems it names, as the sign-off panel shows them).
 */
import { ApiClient, ApiError } from '../shared/api/client.js';
import { interfaceLocale } from '../shared/i18n/interface-locale.js';

/** Where the API is and who is calling it. */
export interface ApiTarget {
  /** Base URL of the HTTP API; "" means the page's own origin. */
  base: string;
  token: string;
  /** A client to use as it is (the web app's), in place of one built from `base` and `token`. */
  client?: ApiClient;
}

/** The API client for the page's server and the user's token (or the target's own client). */
export function apiClient(target: ApiTarget): ApiClient {
  return target.client ?? new ApiClient({ baseUrl: target.base, token: target.token, fetch: (input, init) => window.fetch(input, init), language: interfaceLocale });
}

/** A failure as the page shows it: the server's own message and up to three of the problems it lists (a refused approval's diagnostics). */
export function shownError(e: unknown): Error {
  if (!(e instanceof ApiError)) return e instanceof Error ? e : new Error(String(e));
  const diagnostics = e.detail.diagnostics;
  const more = Array.isArray(diagnostics) ? diagnostics.slice(0, 3).map((d) => {
        const message = (d as { message?: unknown } | null)?.message;
        return typeof message === 'string' ? message : '';
      }) : [];
  return new Error([e.serverMessage ?? e.message, ...more].filter(Boolean).join(' '));
}
