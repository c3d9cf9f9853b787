/**
 * The status-bar item: the active document's connection, who else is in
 * it, and how many local changes the server has not received; when the
 * server refused a change made here, that first, in its words.
 */
import { refusedText, type SessionStatus } from '../../editor/session-status.js';
import type { DocSession } from './doc-session.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { pluginViewWords } from '../../shared/i18n/messages/plugin-views.js';

const t = uiWords(pluginViewWords);

/** Whole sentences (or status-line items) in a row: the empty ones left out. */
const joined = (parts: Array<string | false>, separator: string): string => parts.filter(Boolean).join(separator);

/** The short text and the longer description of a status. */
export function describeStatus(s: SessionStatus): { text: string; detail: string } {
  if (s.refused && s.connection !== 'denied') return { text: t('status.notSaved'), detail: t('status.notSaved.detail', { refused: refusedText(s.refused) }) };
  // The status line is a list of short items ("POC: online · 2 others here · 3 unsent"); the description, sentences.
  const unsent = !!s.unsynced && t('status.unsent', { count: s.unsynced });
  const unsentSentence = !!s.unsynced && t('status.unsent.detail', { count: s.unsynced });
  switch (s.connection) {
    case 'local':
      return { text: t('status.local'), detail: t('status.local.detail') };
    case 'connecting':
      return { text: joined([t('status.connecting'), unsent], ' · '), detail: joined([t('status.connecting.detail'), unsentSentence], ' ') };
    case 'connected': {
      const others = !!s.peers && t('status.others', { count: s.peers });
      return {
        text: joined([t('status.online'), others, unsent], ' · '),
        detail: joined([t('status.online.detail'), !!s.peers && t('status.others.detail', { count: s.peers }), unsentSentence], ' '),
      };
    }
    case 'offline':
      return { text: joined([t('status.offline'), unsent], ' · '), detail: s.unsynced ? t('status.offline.detailUnsent', { count: s.unsynced }) : t('status.offline.detail') };
    case 'denied':
      return describeRefusal(s.code, t('status.denied', { reason: s.message ?? t('status.noReason') }));
  }
}

/** A refusal (the client stops reconnecting), with what the person can do about it; codes from server/sync/close-codes.ts. */
function describeRefusal(code: number | undefined, refused: string): { text: string; detail: string } {
  switch (code) {
    case 4403:
      return { text: t('status.accessRefused'), detail: t('status.accessRefused.owner', { refused }) };
    case 4413:
      return { text: t('status.tooLarge'), detail: t('status.tooLarge.detail', { refused }) };
    case 4400:
    case 4422:
      return { text: t('status.refused'), detail: t('status.refused.detail', { refused }) };
    default:
      return { text: t('status.accessRefused'), detail: t('status.accessRefused.token', { refused }) };
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
