/**
 * The sync server's HTTP API, as the plugin uses it: who am I, which
 * documents may I read, the server's signing keys, and signing off. Calls go
 * through Obsidian's `requestUrl` (no CORS, works on mobile). Every failure
 * comes back as a value with a message a person can act on.
 */
import { requestUrl, type RequestUrlResponse } from 'obsidian';
import { base64 } from '@scure/base';
import { type DocModel, DocModelSchema } from '../../shared/model/types.js';
import type { Diagnostic } from '../../shared/validate/diagnostic.js';

/** The server's two addresses, derived from the one the user typed. */
export interface Endpoints {
  /** Base of the HTTP API, e.g. "https://poc.example.org". */
  http: string;
  /** Base of the WebSocket sync, e.g. "wss://poc.example.org". */
  ws: string;
}

/** Both addresses for a server URL given as http(s) or ws(s); undefined when it is not a usable URL. */
export function endpointsOf(serverUrl: string): Endpoints | undefined {
  let u: URL;
  try {
    u = new URL(serverUrl.trim());
  } catch {
    return undefined;
  }
  const secure = u.protocol === 'https:' || u.protocol === 'wss:';
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(u.protocol)) return undefined;
  const rest = `${u.host}${u.pathname.replace(/\/+$/, '')}`;
  return { http: `${secure ? 'https' : 'http'}://${rest}`, ws: `${secure ? 'wss' : 'ws'}://${rest}` };
}

export type Result<T> = { ok: true; value: T } | { ok: false; status?: number; message: string; diagnostics?: Diagnostic[] };

/** A document as `GET /api/docs` lists it (the fields the plugin shows). */
export interface ServerDocument {
  id: string;
  type: string | null;
  title: string | null;
  status: string | null;
  access?: string;
  validation?: { errors: number; warnings: number; infos: number } | null;
  signoffs?: Array<{ role: string; label: string; state: string; verification?: string; userName?: string; signedAt?: string }>;
}

/** The signed-in user as `GET /api/me` describes them. */
export interface ServerUser {
  username: string;
  name: string;
  offices: string[];
}

/** A sign-off request: the office signed for, the decision and a comment. */
export interface SignoffRequest {
  role: string;
  decision: 'approved' | 'rejected';
  comment: string;
}

function explain(status: number | undefined, body: unknown, what: string): string {
  const serverMessage = (body as { error?: { message?: unknown } } | undefined)?.error?.message;
  const detail = typeof serverMessage === 'string' ? ` The server says: ${serverMessage}` : '';
  switch (status) {
    case undefined:
      return `Could not reach the server to ${what}. Check the server address in the plugin settings and your connection.`;
    case 401:
      return `The server did not accept your access token, so it could not ${what}. Paste a current token in the plugin settings.${detail}`;
    case 403:
      return `You are not allowed to ${what}.${detail}`;
    case 404:
      return `The server could not find what was asked for (${what}).${detail}`;
    case 422:
      return `The server refused to ${what} because the document is not ready.${detail}`;
    default:
      return `The server could not ${what} (status ${status}).${detail}`;
  }
}

/** A client of one server, with one user's token. */
export class ServerClient {
  constructor(
    readonly endpoints: Endpoints,
    private readonly token: string,
  ) {}

  private async call<T>(method: 'GET' | 'POST', path: string, what: string, read: (json: unknown) => T | undefined, body?: unknown): Promise<Result<T>> {
    let response: RequestUrlResponse;
    try {
      response = await requestUrl({
        url: `${this.endpoints.http}${path}`,
        method,
        headers: this.token ? { Authorization: `Bearer ${this.token}` } : {},
        ...(body === undefined ? {} : { contentType: 'application/json', body: JSON.stringify(body) }),
        throw: false,
      });
    } catch {
      return { ok: false, message: explain(undefined, undefined, what) };
    }
    let json: unknown;
    try {
      json = response.text ? (JSON.parse(response.text) as unknown) : undefined;
    } catch {
      json = undefined;
    }
    if (response.status >= 400) {
      const diagnostics = (json as { error?: { diagnostics?: Diagnostic[] } } | undefined)?.error?.diagnostics;
      return { ok: false, status: response.status, message: explain(response.status, json, what), ...(diagnostics ? { diagnostics } : {}) };
    }
    const value = read(json);
    if (value === undefined) return { ok: false, status: response.status, message: `The server's answer to "${what}" was not understood; is the address that of a POC sync server?` };
    return { ok: true, value };
  }

  /** The caller and the offices they hold. */
  me(): Promise<Result<ServerUser>> {
    return this.call('GET', '/api/me', 'identify you', (j) => {
      const u = j as Partial<ServerUser> | undefined;
      return u && typeof u.username === 'string' ? { username: u.username, name: String(u.name ?? u.username), offices: Array.isArray(u.offices) ? u.offices.map(String) : [] } : undefined;
    });
  }

  /** The documents the caller may read. */
  listDocuments(): Promise<Result<ServerDocument[]>> {
    return this.call('GET', '/api/docs', 'list the documents', (j) => {
      const docs = (j as { documents?: unknown } | undefined)?.documents;
      return Array.isArray(docs) ? (docs.filter((d) => d && typeof (d as ServerDocument).id === 'string') as ServerDocument[]) : undefined;
    });
  }

  /** The server's current public signing key (raw 32 bytes). */
  publicKey(): Promise<Result<Uint8Array>> {
    return this.call('GET', '/api/keys', 'fetch its signing key', (j) => {
      const keys = (j as { keys?: Array<{ publicKey?: unknown; current?: unknown }> } | undefined)?.keys;
      const key = keys?.find((k) => k.current) ?? keys?.[0];
      if (typeof key?.publicKey !== 'string') return undefined;
      try {
        const raw = base64.decode(key.publicKey);
        return raw.length === 32 ? raw : undefined;
      } catch {
        return undefined;
      }
    });
  }

  /** Signs off a document as one of the caller's offices; the server checks, signs and stores the record. */
  signOff(docId: string, request: SignoffRequest): Promise<Result<unknown>> {
    return this.call('POST', `/api/docs/${encodeURIComponent(docId)}/signoffs`, `sign off as ${request.role}`, (j) => j ?? {}, request);
  }

  /** The model of the version a sign-off signed (its snapshot on the server). */
  signedVersion(docId: string, signoffId: string): Promise<Result<DocModel>> {
    return this.call('GET', `/api/docs/${encodeURIComponent(docId)}/versions/${encodeURIComponent(signoffId)}`, 'fetch the signed version', (j) => {
      const parsed = DocModelSchema.safeParse((j as { model?: unknown } | undefined)?.model);
      return parsed.success ? parsed.data : undefined;
    });
  }
}
