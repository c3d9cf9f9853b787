/**
 * What every page of the web workspace is given (issue 13): the API client
 * of the signed-in person (it sends the session cookie, never a token), who
 * they are, and how to go to another page. Pages are plain functions that
 * draw into a root element and return how to take themselves down, so the
 * router (web/app) can swap them and the browser tests can mount one alone.
 */
import type { ApiClient } from '../../shared/api/client.js';
import type { MeResponse } from '../../shared/api/identity.js';

/** What a page gets from the web app. */
export interface PageContext {
  /** Calls the server as the signed-in person. */
  api: ApiClient;
  /** Who is signed in, their offices and the mission's time zone. */
  me: MeResponse;
  /** Goes to another page of the app, e.g. "/" or "/d/<docId>#T-3" (pushes history; no reload). */
  navigate(path: string): void;
}

/** A page drawn into `root`; `destroy` takes it down (closes connections, removes listeners). */
export type Page = (root: HTMLElement, ctx: PageContext) => { destroy(): void };
