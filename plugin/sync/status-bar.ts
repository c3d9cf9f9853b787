/**
 * The status-bar item: the active document's connection, who else is in
 * it, and how many local changes the server has not received; when the
 * server refused a change made here, that first, in its words.
 */
import { refusedText, type SessionStatus } from '../../editor/session-status.js';
import type { DocSession } from './doc-session.js';

/** The short text and the longer description of a status. */
export function describeStatus(s: SessionStatus): { text: string; detail: string } {
  if (s.refused && s.connection !== 'denied') return { text: 'POC: changes not saved', detail: `${refusedText(s.refused)} This device still shows what was typed; close and reopen the document to see the version the server kept.` };
  const unsent = s.unsynced ? `${s.unsynced} change${s.unsynced === 1 ? '' : 's'} not sent yet` : '';
  switch (s.connection) {
    case 'local':
      return { text: 'POC: on this device', detail: 'Working locally: no server is configured, or offline mode is on.' };
    case 'connecting':
      return { text: `POC: connecting${unsent ? ` · ${s.unsynced} unsent` : ''}`, detail: `Connecting to the server.${unsent ? ` ${unsent}.` : ''}` };
    case 'connected': {
      const others = s.peers ? ` · ${s.peers} other${s.peers === 1 ? '' : 's'} here` : '';
      return {
        text: `POC: online${others}${s.unsynced ? ` · ${s.unsynced} unsent` : ''}`,
        detail: `Connected; changes are shared as you type.${s.peers ? ` ${s.peers} other ${s.peers === 1 ? 'person has' : 'people have'} this document open.` : ''}${unsent ? ` ${unsent}.` : ''}`,
      };
    }
    case 'offline':
      return { text: `POC: offline${s.unsynced ? ` · ${s.unsynced} unsent` : ''}`, detail: `The server cannot be reached; your edits are kept on this device${unsent ? ` (${unsent})` : ''} and sent when it can.` };
    case 'denied':
      return describeRefusal(s.code, `The server refused the connection: ${s.message ?? 'no reason given'}.`);
  }
}

/** A refusal (the client stops reconnecting), with what the person can do about it; codes from server/sync/close-codes.ts. */
function describeRefusal(code: number | undefined, refused: string): { text: string; detail: string } {
  switch (code) {
    case 4403:
      return { text: 'POC: access refused', detail: `${refused} Ask an owner of this document for access.` };
    case 4413:
      return { text: 'POC: change too large', detail: `${refused} Your edits stay on this device; undo the large change (a big paste, say) and reopen the document.` };
    case 4400:
    case 4422:
      return { text: 'POC: refused by the server', detail: `${refused} Reopen the document to try again.` };
    default:
      return { text: 'POC: access refused', detail: `${refused} Check your access token in the plugin settings.` };
  }
}

export class StatusBar {
  private unsubscribe?: () => void;
  private shown?: DocSession;

  constructor(private readonly el: HTMLElement) {
    el.addClass('poc-status');
    this.show(undefined);
  }

  /** Shows a session's status (or nothing, for no active POC document) and follows its changes. */
  show(session: DocSession | undefined): void {
    if (session === this.shown && session) return;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.shown = session;
    if (!session) {
      this.el.empty();
      this.el.toggleClass('poc-hidden', true);
      return;
    }
    this.el.toggleClass('poc-hidden', false);
    this.render(session.current());
    this.unsubscribe = session.onStatus((s) => this.render(s));
  }

  /** Stops following; the element itself is removed by Obsidian with the plugin. */
  dispose(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  private render(s: SessionStatus): void {
    const { text, detail } = describeStatus(s);
    this.el.setText(text);
    this.el.setAttr('aria-label', detail);
    for (const state of ['local', 'connecting', 'connected', 'offline', 'denied']) this.el.toggleClass(`mod-${state}`, s.connection === state);
    this.el.toggleClass('mod-refused', !!s.refused);
  }
}
