/**
 * The sync server's HTTP API, as the plugin uses it: who am I, which
 * documents may I read, the server's signing keys, and signing off. Calls go
 * through the shared typed client (shared/api/client.ts) over Obsidian's
 * `requestUrl` (no CORS, works on mobile). Every failure comes back as a
 * value with a message a person can act on, worded for the plugin's settings.
 */
import { requestUrl } from 'obsidian';
import { ApiClient, ApiError, type ApiFetch, does } from '../../shared/api/client.js';
import type { Endpoints } from '../../shared/api/server-address.js';
import { type CreateDocRequest, type CreatedDoc, DiagnosticSchema, type DocListEntry } from '../../shared/api/documents.js';
import { currentKey, type MeResponse } from '../../shared/api/identity.js';
import type { SignoffRequest, SignoffResponse } from '../../shared/api/signoffs.js';
import type { DocModel } from '../../shared/model/types.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';
import type { DocumentAccess } from '../../editor/access.js';
import { type ShareSource, shareSourceOver } from '../../editor/panels/share-source.js';
import * as z from '../../shared/zod.js';
import type { TokenEntry } from '../../shared/api/people.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import type { DeviceTokenResponse } from '../../shared/api/sign-in.js';
import type { ExportFormat, PaperSize } from '../../shared/api/exports.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import type { Localized } from '../../shared/i18n/localized.js';
import { pluginServerWords } from '../../shared/i18n/messages/plugin-server.js';

const t = uiWords(pluginServerWords);

/** What a call does, in the plugin's language: the shared client's words for it (shared/i18n/messages/api-client.ts). */
const act = (what: Localized): string => what(interfaceLocale());

export type { SignoffRequest } from '../../shared/api/signoffs.js';

/** A call's outcome: its value, or why it failed in words for the plugin user (with the status, the server's code, its own message and a refused approval's diagnostics when the server sent them). */
export type Result<T> = { ok: true; value: T } | { ok: false; status?: number; code?: string; message: string; serverMessage?: string; diagnostics?: Diagnostic[] };

/** A document as `GET /api/docs` lists it (the contract's listing entry). */
export type ServerDocument = DocListEntry;

/** The signed-in user as `GET /api/me` describes them. */
export type ServerUser = MeResponse;

/** Advice for a failed call, in terms of what the plugin user can change (the settings, their connection, the document). */
function explain(e: ApiError, what: string): string {
  if (e.code === 'not-understood') return t('call.notUnderstood', { action: what });
  if (e.status === undefined) return t('call.unreachable', { action: what });
  const advice = adviceFor(e.status, what);
  return e.serverMessage === undefined ? advice : t('call.serverSays', { advice, message: e.serverMessage });
}

/** What a refusal with HTTP status `status` means for the person, before the server's own words. */
function adviceFor(status: number, what: string): string {
  switch (status) {
    case 401:
      return t('call.token', { action: what });
    case 403:
      return t('call.forbidden', { action: what });
    case 404:
      return t('call.notFound', { action: what });
    case 422:
      return t('call.notReady', { action: what });
    default:
      return t('call.status', { action: what, status: String(status) });
  }
}

/** `fetch` for the shared client, over Obsidian's `requestUrl` (which never throws for an error status with `throw: false`); header names are read without regard to case. */
const viaRequestUrl: ApiFetch = async (url, init) => {
  const { 'content-type': contentType, ...headers } = init.headers;
  const response = await requestUrl({ url, method: init.method, headers, ...(init.body === undefined ? {} : { contentType, body: init.body }), throw: false });
  const answered = new Map(Object.entries(response.headers ?? {}).map(([k, v]) => [k.toLowerCase(), v]));
  return { status: response.status, text: async () => response.text, arrayBuffer: async () => response.arrayBuffer, headers: { get: (name) => answered.get(name.toLowerCase()) ?? null } };
};

/** A client of one server, with one user's token. */
export class ServerClient {
  private readonly api: ApiClient;

  constructor(
    readonly endpoints: Endpoints,
    token: string,
  ) {
    this.api = new ApiClient({ baseUrl: endpoints.http, token, fetch: viaRequestUrl, language: interfaceLocale });
  }

  /** The Share dialog's reads and changes over this client (its token, through requestUrl); they reject with the server's words. */
  shareSource(): ShareSource {
    return shareSourceOver(this.api);
  }

  /** Runs one call of the shared client, turning its `ApiError` into a failed `Result` with plugin-worded advice. */
  private async call<T>(what: string, run: (api: ApiClient) => Promise<T>): Promise<Result<T>> {
    try {
      return { ok: true, value: await run(this.api) };
    } catch (e) {
      if (!(e instanceof ApiError)) return { ok: false, message: t('call.failed', { action: what, reason: e instanceof Error ? e.message : String(e) }) };
      const diagnostics = z.safeParse(z.array(DiagnosticSchema), e.detail.diagnostics);
      return {
        ok: false,
        ...(e.status === undefined ? {} : { status: e.status, code: e.code }),
        message: explain(e, what),
        ...(e.serverMessage ? { serverMessage: e.serverMessage } : {}),
        ...(diagnostics.success ? { diagnostics: diagnostics.data } : {}),
      };
    }
  }

  /** The caller, the offices they hold and the mission's time zone. */
  me(): Promise<Result<ServerUser>> {
    return this.call(act(does('action.me')), (api) => api.me());
  }

  /** The documents the caller may read. */
  listDocuments(): Promise<Result<ServerDocument[]>> {
    return this.call(act(does('action.documents')), (api) => api.listDocuments());
  }

  /** The caller's access to one document (and whether it is archived), as `GET /api/docs/:id` answers it. */
  access(docId: string): Promise<Result<DocumentAccess>> {
    return this.call(act(does('action.document', { docId })), async (api) => {
      const d = await api.document(docId);
      return { access: d.access, ...(d.archived ? { archived: true } : {}) };
    });
  }

  /** Creates a document on the server (the user needs the create right); answers its id and the server's first state of it. */
  createDocument(request: CreateDocRequest): Promise<Result<CreatedDoc>> {
    return this.call(act(does('action.create', { title: request.title })), (api) => api.createDocument(request));
  }

  /** The server's current public signing key (raw 32 bytes). */
  publicKey(): Promise<Result<Uint8Array>> {
    const what = act(does('action.keys'));
    return this.call(what, async (api) => {
      const raw = currentKey((await api.keys()).keys);
      if (!raw) throw new ApiError(200, 'not-understood', t('call.noKey', { action: what }));
      return raw;
    });
  }

  /** Signs off a document as one of the caller's offices; the server checks, signs and stores the record. */
  signOff(docId: string, request: SignoffRequest): Promise<Result<SignoffResponse>> {
    return this.call(act(does('action.signOff', { role: request.role })), (api) => api.signOff(docId, request));
  }

  /**
   * A single-use WebSocket ticket for one document, so the token never goes into a WebSocket URL; throws an
   * error carrying the HTTP status when refused (see shared/api/ticketed-socket.ts, which turns 401/403 into a final close).
   */
  async ticket(docId: string): Promise<string> {
    const r = await this.call(act(does('action.ticket')), (api) => api.ticket(docId));
    if (!r.ok) throw Object.assign(new Error(r.message), r.status === undefined ? {} : { status: r.status });
    return r.value.ticket;
  }

  /** The people with access to a document, by username and name (for @mentions in comments). */
  people(docId: string): Promise<Result<Array<{ username: string; name: string }>>> {
    return this.call(act(does('action.members', { docId })), (api) => api.people(docId));
  }

  /** Trades a device code from the browser and the PKCE verifier behind it for a device token (needs no token). */
  deviceToken(code: string, verifier: string): Promise<Result<DeviceTokenResponse>> {
    return this.call(act(does('action.finishDevice')), (api) => new PeopleApi(api).deviceToken(code, verifier));
  }

  /** The caller's own devices and tokens. */
  myTokens(): Promise<Result<TokenEntry[]>> {
    return this.call(act(does('action.myDevices')), (api) => new PeopleApi(api).myTokens());
  }

  /** Signs one of the caller's devices out (its token stops working, its connections close). */
  revokeMyToken(tokenId: number): Promise<Result<void>> {
    return this.call(act(does('action.signDeviceOut')), (api) => new PeopleApi(api).revokeMyToken(tokenId));
  }

  /** A document exported by the server as Word or PDF: the file's bytes and the content hash it holds. */
  exportFile(docId: string, format: ExportFormat, paper?: PaperSize): Promise<Result<{ bytes: Uint8Array; contentHash: string | null }>> {
    return this.call(act(does('action.export', { docId, format: format === 'pdf' ? 'PDF' : 'Word' })), (api) => api.exportFile(docId, format, paper ? { paper } : {}));
  }

  /** The model of the version a sign-off signed (its snapshot on the server). */
  signedVersion(docId: string, signoffId: string): Promise<Result<DocModel>> {
    const what = act(does('action.signedVersion'));
    return this.call(what, async (api) => {
      const { model } = await api.signedVersion(docId, signoffId);
      if (!model) throw new ApiError(200, 'not-understood', t('call.noModel', { action: what }));
      return model;
    });
  }
}
