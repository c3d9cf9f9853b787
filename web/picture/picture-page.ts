/**
 * The mission picture in the web workspace (`/picture`, issue 15): the
 * server computes it over every document the person can read
 * (`GET /api/picture`, server/docs/picture.ts) and this page draws it with
 * the board the plugin's dashboard draws too (editor/picture/). Each item
 * links to its document at its block (`/d/<id>#T-3`, shared/links/web-link.ts),
 * opened in the app on a plain click. The page says it is loading, and says
 * in words when the picture could not be read, with a way to try again.
 */
import { h } from '../../editor/dom.js';
import { drawPictureBoard, type PictureBoard } from '../../editor/picture/index.js';
import type { PictureResponse } from '../../shared/api/picture.js';
import { webDocumentPath } from '../../shared/links/web-link.js';
import type { ThreatFilter } from '../../shared/picture/index.js';
import { formatDay } from '../../editor/words.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webHome } from '../../shared/i18n/messages/web-home.js';
import { shownError } from '../api-client.js';
import type { Page } from '../app/page-context.js';

const t = uiWords(webHome);

/** What the picture covers, in words: the day, how many documents, and what was left out. */
export function coverageWords(answer: PictureResponse): { summary: string; notes: string[] } {
  const { picture, unreadable, leftOut } = answer;
  const notes: string[] = [];
  if (unreadable) notes.push(t('picture.unreadable', { count: unreadable }));
  if (leftOut) notes.push(t('picture.leftOut', { count: leftOut }));
  return { summary: t('picture.summary', { day: formatDay(picture.today), count: picture.documents }), notes };
}

/** The mission picture page. */
export const picturePage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = t('picture.title');
  let live = true;
  let board: PictureBoard | undefined;
  const status = h(doc, 'p', { class: 'poc-picture-status', attrs: { role: 'status' } });
  const body = h(doc, 'div', { class: 'poc-picture-board' });
  const refresh = h(doc, 'button', { class: 'poc-picture-refresh', text: t('picture.refresh'), attrs: { type: 'button' }, on: { click: () => void load() } });
  const page = h(doc, 'div', { class: 'poc-picture poc-web-picture' }, h(doc, 'div', { class: 'poc-picture-head' }, h(doc, 'h1', { text: t('picture.heading') }), refresh), status, body);
  root.replaceChildren(page);

  const open = (docId: string, blockId?: string) => ctx.navigate(webDocumentPath(docId, blockId));

  async function load(): Promise<void> {
    refresh.disabled = true;
    status.classList.remove('is-error');
    status.setAttribute('role', 'status');
    status.textContent = t('picture.reading');
    status.hidden = false;
    try {
      const answer = await ctx.api.picture();
      if (!live) return;
      status.textContent = '';
      status.hidden = true;
      const filter: ThreatFilter = board?.filter() ?? {};
      board = drawPictureBoard(body, answer.picture, { open, href: webDocumentPath, ...coverageWords(answer), filter, headingLevel: 2 });
    } catch (err) {
      if (!live) return;
      status.textContent = t('picture.failed', { reason: shownError(err).message });
      status.classList.add('is-error');
      status.setAttribute('role', 'alert');
    } finally {
      refresh.disabled = false;
    }
  }
  void load();

  return {
    destroy() {
      live = false;
      page.remove();
    },
  };
};
