/**
 * The web page's status line: the connection, the people here, and the
 * changes not yet synced, redrawn on every status change of the session.
 * It never says "synced" while the server has refused a change made here
 * (it says what was not saved), nor for a read-only editor, where nothing
 * can be typed to sync.
 */
import { h, setChildren } from '../editor/dom.js';
import { refusedText } from '../editor/session-status.js';
import type { WebSession, WebSessionStatus } from './web-session.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { webDocument } from '../shared/i18n/messages/web-document.js';

const t = uiWords(webDocument);


/** Draws a status into the line (dot, connection, people, sync). */
function draw(doc: Document, line: HTMLElement, s: WebSessionStatus): void {
  // The dot keeps its historical class names (styles.css): offline is "disconnected".
  const dot = s.connection === 'connected' || s.connection === 'connecting' ? s.connection : 'disconnected';
  setChildren(
    line,
    h(doc, 'span', { class: `poc-dot is-${dot}` }),
    h(doc, 'span', { class: 'poc-status-connection', text: t(`status.${s.connection}`) }),
    h(doc, 'span', { class: 'poc-status-peers', text: s.people.length ? t('status.others', { count: s.people.length, names: s.people.join(', ') }) : t('status.alone') }),
    h(doc, 'span', {
      class: `poc-status-sync${s.refused ? ' is-refused' : ''}`,
      attrs: { 'data-unsynced': s.unsynced },
      text: syncText(s),
    }),
  );
}

/** Where the changes stand, in words; a refusal is said before anything else, and "synced" only of changes the server kept. */
function syncText(s: WebSessionStatus): string {
  if (s.refused) return refusedText(s.refused);
  if (s.viewOnly) return s.synced ? t('status.latest') : t('status.loadingLatest');
  if (s.unsynced) return t('status.unsynced', { count: s.unsynced });
  return s.synced ? t('status.synced') : t('status.notSynced');
}

/** Creates the status line for a session, kept up to date; returns the element and the function that stops it. */
export function statusLine(doc: Document, session: WebSession): { el: HTMLElement; stop: () => void } {
  const el = h(doc, 'div', { class: 'poc-statusline', attrs: { role: 'status', 'aria-live': 'polite' } });
  draw(doc, el, session.current());
  const stop = session.onStatus((s) => draw(doc, el, s));
  return { el, stop };
}
