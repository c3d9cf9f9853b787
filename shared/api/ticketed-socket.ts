/**
 * A WebSocket class for y-websocket's `WebSocketPolyfill` option that asks
 * for a fresh single-use ticket (POST /api/tickets, token in a header) every
 * time the provider opens a socket, first connect and reconnects alike, and
 * puts only the ticket in the URL. The long-lived token never appears in a
 * WebSocket URL, where proxies and servers log it.
 *
 * y-websocket builds its socket synchronously (`new WS(provider.url)`) and
 * reconnects with the same URL; this class looks like a connecting socket at
 * once and opens the real one when the ticket arrives. A refused ticket
 * request (401, 403) becomes a close with 4401/4403, which the provider
 * treats as final; an unreachable server becomes an ordinary close, which
 * it retries.
 */

/** The part of a browser WebSocket y-websocket uses. */
export interface SocketLike {
  binaryType: string;
  readonly readyState: number;
  onopen: ((event: unknown) => void) | null;
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: ArrayBufferLike | Uint8Array | string): void;
  close(code?: number, reason?: string): void;
}

/** A WebSocket constructor (the browser's, or `ws` in Node). */
export type SocketConstructor = new (url: string, protocols?: string | string[]) => SocketLike;

/** Why a ticket could not be had: `status` is the HTTP status when the server answered. */
export interface TicketFailure {
  status?: number;
  message: string;
}

/** Gets a ticket for the document of a connection; throws a `TicketFailure`-shaped error when it cannot. */
export type TicketSource = (docId: string) => Promise<string>;

const CONNECTING = 0;
const OPEN = 1;
const CLOSED = 3;

/** The close code a failed ticket request becomes: final for refusals (y-websocket stops at 4400–4499), retried otherwise. */
function closeCodeOf(e: unknown): number {
  const status = (e as Partial<TicketFailure>).status;
  if (status === 401) return 4401;
  if (status === 403) return 4403;
  // 1006-like, but 1006 may not be sent by hand; 4000 is outside y-websocket's final range, so it retries.
  return 4000;
}

/** The document id of a y-websocket URL: its last path segment, percent-decoded. */
function docIdOf(url: URL): string {
  return decodeURIComponent(url.pathname.slice(url.pathname.lastIndexOf('/') + 1));
}

/** A WebSocket class that opens `Base` with `?ticket=` from `ticketFor` instead of any `?token=` in the URL. */
export function ticketedSocket(Base: SocketConstructor, ticketFor: TicketSource): SocketConstructor {
  return class TicketedSocket implements SocketLike {
    static readonly CONNECTING = CONNECTING;
    static readonly OPEN = OPEN;
    static readonly CLOSED = CLOSED;
    readonly CONNECTING = CONNECTING;
    readonly OPEN = OPEN;
    readonly CLOSED = CLOSED;
    binaryType = 'arraybuffer';
    onopen: SocketLike['onopen'] = null;
    onmessage: SocketLike['onmessage'] = null;
    onclose: SocketLike['onclose'] = null;
    onerror: SocketLike['onerror'] = null;
    private real: SocketLike | undefined;
    private state = CONNECTING;

    constructor(url: string, protocols?: string | string[]) {
      const target = new URL(url);
      target.searchParams.delete('token');
      ticketFor(docIdOf(target)).then(
        (ticket) => {
          if (this.state === CLOSED) return;
          target.searchParams.set('ticket', ticket);
          const ws = new Base(target.toString(), protocols);
          ws.binaryType = this.binaryType;
          ws.onopen = (e) => {
            this.state = OPEN;
            this.onopen?.(e);
          };
          ws.onmessage = (e) => this.onmessage?.(e);
          ws.onerror = (e) => this.onerror?.(e);
          ws.onclose = (e) => {
            this.state = CLOSED;
            this.onclose?.(e);
          };
          this.real = ws;
        },
        (e: unknown) => {
          if (this.state === CLOSED) return;
          this.state = CLOSED;
          this.onclose?.({ code: closeCodeOf(e), reason: (e as Partial<TicketFailure>).message ?? String(e) });
        },
      );
    }

    get readyState(): number {
      return this.real?.readyState ?? this.state;
    }

    send(data: ArrayBufferLike | Uint8Array | string): void {
      this.real?.send(data);
    }

    close(code?: number, reason?: string): void {
      if (this.real) this.real.close(code, reason);
      // Not opened yet: the ticket, when it comes, is dropped unused (it expires within a minute).
      else this.state = CLOSED;
    }
  };
}

/** A `TicketSource` calling `POST /api/tickets` through the shared client (a refusal keeps its HTTP status). */
export function ticketsFrom(api: { ticket(docId?: string): Promise<{ ticket: string }> }): TicketSource {
  return async (docId) => (await api.ticket(docId)).ticket;
}
