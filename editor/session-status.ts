/**
 * The state of a document's connection to the sync server, as every host
 * reports it (the Obsidian plugin's sessions, the web page's): one shape,
 * so status lines and the editor read the same thing whichever host runs.
 */
import * as decoding from 'lib0/decoding';
import type { WebsocketProvider } from 'y-websocket';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

/** Where a session's connection stands: working locally, connecting, connected, offline, or refused by the server. */
export type ConnectionState = 'local' | 'connecting' | 'connected' | 'offline' | 'denied';

/** A session's status: its connection, who else is here, and what the server has not received yet. */
export interface SessionStatus {
  connection: ConnectionState;
  /** Other people with this document open (when connected). */
  peers: number;
  /** Local changes the server has not received yet. */
  unsynced: number;
  /** Why the server refused the connection, in its words. */
  message?: string;
  /** The close code of that refusal (4400–4499; see server/sync/close-codes.ts). */
  code?: number;
  /**
   * The server refused a change made here, in its words (server/sync/room.ts): nothing said may claim "synced" while
   * this is set, since what the person typed was not saved.
   */
  refused?: { message: string };
}

/** The y-websocket auth message type (each provider reads messages through its own copy of the handlers) and its only kind, permission denied (y-protocols/auth; server/sync/protocol.ts). */
const MESSAGE_AUTH = 2;
const PERMISSION_DENIED = 0;


/**
 * Makes a y-websocket provider hand the server's permission-denied messages (a write it refused) to `onRefused`,
 * instead of the library's default, which only logs them on the console.
 */
export function listenForRefusals(provider: Pick<WebsocketProvider, 'messageHandlers'>, onRefused: (message: string) => void): void {
  provider.messageHandlers[MESSAGE_AUTH] = (_encoder, decoder) => {
    if (decoding.readVarUint(decoder) === PERMISSION_DENIED) onRefused(decoding.readVarString(decoder));
  };
}

/** What the status line says about a refused change: the server's words, after a plain heading. */
export function refusedText(refused: { message: string }): string {
  return t('session.refused', { message: refused.message });
}
