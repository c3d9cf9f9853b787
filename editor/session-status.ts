/**
 * The state of a document's connection to the sync server, as every host
 * reports it (the Obsidian plugin's sessions, the web page's): one shape,
 * so status lines and the editor read the same thing whichever host runs.
 */

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
}
