/**
 * One typed client of the HTTP API, for every host (plugin, CLI, web app):
 * a base URL and a token, a `fetch` (the global one, or a host's own such as
 * Obsidian's `requestUrl` behind the same shape), and one method per route.
 * Every answer is parsed with its schema from this folder, so a client
 * never works on a shape it did not check; every failure is an `ApiError`
 * with the HTTP status, the server's stable code and a message a person can
 * act on.
 *
 *     const api = new ApiClient({ baseUrl: 'https://poc.example.org', token, fetch });
 *     const { username, timeZone } = await api.me();
 *
 * In the web workspace the client has no token: `new ApiClient({ baseUrl: '', token: '', fetch })`; `signIn` makes
 * the browser hold a session cookie, which it then sends with every call of the page.
 */
import * as z from '../zod.js';
import { type ArgsFor, type KeyOf, translate } from '../i18n/catalogue.js';
import { acceptedLanguages, chooseLocale, type Locale } from '../i18n/locale.js';
import { type Localized, localized } from '../i18n/localized.js';
import { apiClientWords } from '../i18n/messages/api-client.js';
import { type CreateDocRequest, type CreatedDoc, CreatedDocSchema, type DocDetail, DocDetailSchema, type DocEvidence, DocEvidenceSchema, type DocListEntry, DocListResponseSchema, type SignoffView } from './documents.js';
import { ApiErrorBodySchema } from './api-errors.js';
import { type KeysResponse, KeysResponseSchema, type MeResponse, MeResponseSchema } from './identity.js';
import { httpBaseOf } from './server-address.js';
import { type GrantResponse, GrantResponseSchema, type Member, MembersResponseSchema, PeopleResponseSchema, type Person } from './members.js';
import { type TicketResponse, TicketResponseSchema } from './tickets.js';
import { type SessionResponse, SessionResponseSchema, type SignOutEverywhereResponse, SignOutEverywhereResponseSchema } from './session.js';
import { CONTENT_HASH_HEADER, EXPORT_MEDIA_TYPES, type ExportFormat, exportPath, fileNameOf, type PaperSize } from './exports.js';
import { type VersionEntry, VersionResponseSchema, type VersionsResponse, VersionsResponseSchema } from './versions.js';
import { type SignedVersion, SignedVersionSchema, type SignoffRequest, type SignoffResponse, SignoffResponseSchema, SignoffsResponseSchema } from './signoffs.js';
import { type PictureResponse, PictureResponseSchema } from './picture.js';

/** The part of a `fetch` response the client reads; the global `Response` fits, and so can a host's adapter. */
export interface ApiResponse {
  status: number;
  text(): Promise<string>;
  arrayBuffer(): Promise<ArrayBuffer>;
  /** The answer's headers, when the host's fetch gives them (the client reads `Retry-After` from them). */
  headers?: { get(name: string): string | null };
}

/** The part of `fetch` the client calls. */
export type ApiFetch = (url: string, init: { method: string; headers: Record<string, string>; body?: string }) => Promise<ApiResponse>;

/** Codes the client gives to failures that never got a server's answer, next to the server's own codes. */
export type ClientFailure = 'unreachable' | 'not-understood';

/** A refused or failed call: `status` is undefined when the server was not reached; `code` is the server's (or a `ClientFailure`). */
export class ApiError extends Error {
  constructor(
    /** HTTP status, or undefined when there was no answer. */
    readonly status: number | undefined,
    readonly code: string,
    message: string,
    /** The server's own message, when it sent one (hosts may word their own advice around it). */
    readonly serverMessage?: string,
    /** Anything else the error body carried, e.g. the `diagnostics` of a refused approval. */
    readonly detail: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** How to reach one server: its address, the caller's token and the `fetch` to call it with. */
export interface ApiClientOptions {
  /** The server, as http(s):// or ws(s)://. */
  baseUrl: string;
  /** The caller's access token; empty for the calls that need none (`keys`, `health`). */
  token?: string;
  /** The `fetch` to call: the global one in the CLI and the browser, Obsidian's `requestUrl` behind the same shape in the plugin (shared/ reaches for no platform global itself). */
  fetch: ApiFetch;
  /** The language the person reads (sent as Accept-Language, so the server's messages and diagnostics come in it); asked at each call, as the person may change it. */
  language?: () => string;
}

const path = (...parts: string[]) => parts.map(encodeURIComponent).join('/');

/** What a call is doing, as its failure names it: an action of the api-client catalogue (`does`), or words a host gives as they are. */
export type Doing = string | Localized;

/** The action `key` of the api-client catalogue (shared/i18n/messages/api-client.ts), worded in the client's language when a call fails. */
export function does<K extends KeyOf<typeof apiClientWords> & `action.${string}`>(key: K, ...args: ArgsFor<typeof apiClientWords, K>): Localized {
  return localized(apiClientWords, key, ...args);
}

/** A client of one server for one token. */
export class ApiClient {
  readonly baseUrl: string;
  private readonly token: string;
  private readonly fetcher: ApiFetch;
  private readonly language: (() => string) | undefined;

  constructor(options: ApiClientOptions) {
    this.baseUrl = httpBaseOf(options.baseUrl);
    this.token = options.token ?? '';
    this.fetcher = options.fetch;
    this.language = options.language;
  }

  /** The server's published signing keys (the current one marked `current`). */
  keys(): Promise<KeysResponse> {
    return this.json('GET', '/api/keys', does('action.keys'), KeysResponseSchema);
  }

  /** The caller, the offices they hold and the mission's time zone. */
  me(): Promise<MeResponse> {
    return this.json('GET', '/api/me', does('action.me'), MeResponseSchema);
  }

  /** The documents the caller can read, with their summaries. */
  async listDocuments(): Promise<DocListEntry[]> {
    return (await this.json('GET', '/api/docs', does('action.documents'), DocListResponseSchema)).documents;
  }

  /** The mission picture of every document the caller can read, computed on the server as of the mission's day. */
  picture(): Promise<PictureResponse> {
    return this.json('GET', '/api/picture', does('action.picture'), PictureResponseSchema);
  }

  /** Creates a document of a type from its template (the caller needs the create right) and answers its id and first state. */
  createDocument(request: CreateDocRequest): Promise<CreatedDoc> {
    return this.json('POST', '/api/docs', does('action.create', { title: request.title }), CreatedDocSchema, request);
  }

  /** One document in detail; with `includeModel`, its model too (for hashing it independently). */
  document(docId: string, options: { includeModel?: boolean } = {}): Promise<DocDetail> {
    return this.json('GET', `/api/docs/${path(docId)}${options.includeModel ? '?include=model' : ''}`, does('action.document', { docId }), DocDetailSchema);
  }

  /** A document's sign-off records and model as plain JSON, unchecked, for a caller that judges each record itself (`poc verify`). */
  documentEvidence(docId: string): Promise<DocEvidence> {
    return this.json('GET', `/api/docs/${path(docId)}?include=model`, does('action.document', { docId }), DocEvidenceSchema);
  }

  /** Who has access to a document. */
  async members(docId: string): Promise<Member[]> {
    return (await this.json('GET', `/api/docs/${path(docId, 'members')}`, does('action.members', { docId }), MembersResponseSchema)).members;
  }

  /** Who has access to a document, by username and display name (anyone who may read it may ask). */
  async people(docId: string): Promise<Person[]> {
    return (await this.json('GET', `/api/docs/${path(docId, 'people')}`, does('action.members', { docId }), PeopleResponseSchema)).people;
  }

  /** Grants (or changes) a user's access to a document; owners only. */
  grant(docId: string, username: string, access: GrantResponse['access']): Promise<GrantResponse> {
    return this.json('PUT', `/api/docs/${path(docId, 'members', username)}`, does('action.grant', { username, access }), GrantResponseSchema, { access });
  }

  /** Removes a user's own grant on a document; owners only. */
  async revoke(docId: string, username: string): Promise<void> {
    await this.send('DELETE', `/api/docs/${path(docId, 'members', username)}`, does('action.revoke', { username }));
  }

  /** The sign-off records of a document, each with its verification. */
  async signoffs(docId: string): Promise<SignoffView[]> {
    return (await this.json('GET', `/api/docs/${path(docId, 'signoffs')}`, does('action.signoffs'), SignoffsResponseSchema)).signoffs;
  }

  /** Signs off a document as one of the caller's offices; the server checks, signs and stores the record. */
  signOff(docId: string, request: SignoffRequest): Promise<SignoffResponse> {
    return this.json('POST', `/api/docs/${path(docId, 'signoffs')}`, does('action.signOff', { role: request.role }), SignoffResponseSchema, request);
  }

  /** The version a sign-off signed: record, content hash, model and Yjs state (base64). */
  signedVersion(docId: string, signoffId: string): Promise<SignedVersion> {
    return this.json('GET', `/api/docs/${path(docId, 'versions', signoffId)}`, does('action.signedVersion'), SignedVersionSchema);
  }

  /** The raw Yjs update of the version a sign-off signed. */
  async signedSnapshot(docId: string, signoffId: string): Promise<Uint8Array> {
    const res = await this.send('GET', `/api/docs/${path(docId, 'versions', signoffId)}`, does('action.signedVersion'), undefined, { accept: 'application/octet-stream' });
    return new Uint8Array(await res.arrayBuffer());
  }

  /** A document exported as Word or PDF (`version`: a version's id or name; default: as it is now), with the content hash it holds and the file name the server gave it (null when the host's fetch shows no headers). */
  async exportFile(docId: string, format: ExportFormat, opts: { paper?: PaperSize; version?: string } = {}): Promise<{ bytes: Uint8Array; contentHash: string | null; fileName: string | null }> {
    const res = await this.send('GET', exportPath(docId, format, opts), does('action.export', { docId, format: format === 'pdf' ? 'PDF' : 'Word' }), undefined, { accept: EXPORT_MEDIA_TYPES[format] });
    return { bytes: new Uint8Array(await res.arrayBuffer()), contentHash: res.headers?.get(CONTENT_HASH_HEADER) ?? null, fileName: fileNameOf(res.headers?.get('content-disposition')) };
  }

  /** A document's version history, newest first, with the versions the caller compares against by default. */
  versions(docId: string): Promise<VersionsResponse> {
    return this.json('GET', `/api/docs/${path(docId, 'versions')}`, does('action.versions'), VersionsResponseSchema);
  }

  /** One version (named, automatic, restored or signed) with its content hash, model and Yjs state (base64). */
  version(docId: string, versionId: string): Promise<SignedVersion> {
    return this.json('GET', `/api/docs/${path(docId, 'versions', versionId)}`, does('action.version'), SignedVersionSchema);
  }

  /** Saves the document's current state under a name (editors and owners); answers the version made. */
  saveVersion(docId: string, name: string): Promise<VersionEntry> {
    return this.json('POST', `/api/docs/${path(docId, 'versions')}`, does('action.saveVersion'), VersionResponseSchema, { name });
  }

  /** Makes a version the document's current content again, as a new change (editors and owners); answers the "restored" version made. */
  restoreVersion(docId: string, versionId: string): Promise<VersionEntry> {
    return this.json('POST', `/api/docs/${path(docId, 'versions', versionId, 'restore')}`, does('action.restoreVersion'), VersionResponseSchema);
  }

  /** Records that the caller has seen the document as it is now; answers the version that is now their "last viewed". */
  markViewed(docId: string): Promise<VersionEntry> {
    return this.json('POST', `/api/docs/${path(docId, 'viewed')}`, does('action.markViewed'), VersionResponseSchema);
  }

  /** A single-use WebSocket ticket valid 60 s (for one document when `docId` is given), so the token stays out of the WebSocket URL. */
  ticket(docId?: string): Promise<TicketResponse> {
    return this.json('POST', '/api/tickets', does('action.ticket'), TicketResponseSchema, docId === undefined ? {} : { docId });
  }

  /** Trades an access token for a web session: the browser keeps the session's cookie (HttpOnly), the page never the token. */
  signIn(token: string): Promise<SessionResponse> {
    return this.json('POST', '/api/session', does('action.signIn'), SessionResponseSchema, { token });
  }

  /** Ends this browser's web session (the server tells the browser to forget its cookie). */
  async signOut(): Promise<void> {
    await this.send('DELETE', '/api/session', does('action.signOut'));
  }

  /** Ends every web session of the caller, on every browser; answers how many were ended. */
  signOutEverywhere(): Promise<SignOutEverywhereResponse> {
    return this.json('DELETE', '/api/sessions', does('action.signOutEverywhere'), SignOutEverywhereResponseSchema);
  }

  /** Calls a JSON route of this server and parses the answer with `schema`: what an area's client in this folder (people-client.ts) builds on. */
  call<S extends z.ZodMiniType>(method: string, route: string, what: Doing, schema: S, body?: unknown): Promise<z.infer<S>> {
    return this.json(method, route, what, schema, body);
  }

  /** Calls a route whose answer is not JSON (a CSV, a 204), returning its body as text. */
  async text(method: string, route: string, what: Doing, body?: unknown): Promise<string> {
    return (await this.send(method, route, what, body)).text();
  }

  /** The language the client's own messages are in: the host's (`language`), English without one. */
  private locale(): Locale {
    return chooseLocale(acceptedLanguages(this.language?.()));
  }

  /** Calls a JSON route and parses the answer with `schema`. */
  private async json<S extends z.ZodMiniType>(method: string, route: string, what: Doing, schema: S, body?: unknown): Promise<z.infer<S>> {
    const res = await this.send(method, route, what, body);
    const parsed = z.safeParse(schema, await jsonOf(res));
    if (!parsed.success) {
      const locale = this.locale();
      throw new ApiError(res.status, 'not-understood', translate(apiClientWords, locale, 'failure.notUnderstood', { what: wordsOf(what, locale), server: this.baseUrl }));
    }
    return parsed.data;
  }

  /** Sends a request; a network failure or an error status becomes an `ApiError`. */
  private async send(method: string, route: string, what: Doing, body?: unknown, extraHeaders: Record<string, string> = {}): Promise<ApiResponse> {
    const headers: Record<string, string> = { ...extraHeaders };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    if (this.language) headers['accept-language'] = this.language();
    if (body !== undefined) headers['content-type'] = 'application/json';
    let res: ApiResponse;
    try {
      // Called unbound: a browser's fetch refuses to run with another object as `this` ("Illegal invocation").
      const fetcher = this.fetcher;
      res = await fetcher(`${this.baseUrl}${route}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
    } catch (e) {
      const why = e instanceof Error ? e.message : String(e);
      const locale = this.locale();
      throw new ApiError(undefined, 'unreachable', translate(apiClientWords, locale, 'failure.unreachable', { server: this.baseUrl, what: wordsOf(what, locale), why }));
    }
    if (res.status < 400) return res;
    throw await errorOf(res, what, this.locale());
  }
}

/** The words of what a call was doing, in `locale`. */
function wordsOf(what: Doing, locale: Locale): string {
  return typeof what === 'string' ? what : what(locale);
}

/** The `ApiError` for an error answer, in `locale`: the server's code and message when it sent the API's error shape. */
async function errorOf(res: ApiResponse, what: Doing, locale: Locale): Promise<ApiError> {
  // How long the server asks the caller to wait (429), in seconds, kept with the error so a host can say it.
  const wait = Number(res.headers?.get('retry-after'));
  const retry = Number.isFinite(wait) && wait > 0 ? { retryAfter: Math.ceil(wait) } : {};
  const parsed = z.safeParse(ApiErrorBodySchema, await jsonOf(res));
  const doing = wordsOf(what, locale);
  if (!parsed.success) return new ApiError(res.status, `http-${res.status}`, translate(apiClientWords, locale, 'failure.status', { what: doing, status: String(res.status) }), undefined, retry);
  const { code, message, ...detail } = parsed.data.error;
  return new ApiError(res.status, code, translate(apiClientWords, locale, 'failure.refused', { what: doing, message }), message, { ...detail, ...retry });
}

/** The answer's body read as JSON, or undefined when it is not JSON (the schema check then says so). */
async function jsonOf(res: ApiResponse): Promise<unknown> {
  try {
    return JSON.parse(await res.text());
  } catch {
    return undefined;
  }
}
