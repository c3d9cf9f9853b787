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
import { formatDay, plural } from '../../editor/words.js';
import { shownError } from '../api-client.js';
import type { Page } from '../app/page-context.js';

/** What the picture covers, in words: the day, how many documents, and what was left out. */
export function coverageWords(answer: PictureResponse): { summary: string; notes: string[] } {
  const { picture, unreadable, leftOut } = answer;
  const notes: string[] = [];
  if (unreadable) notes.push(`${plural(unreadable, 'document')} you can open could not be read as a POC document and ${unreadable === 1 ? 'is' : 'are'} left out: open ${unreadable === 1 ? 'it' : 'them'} from the documents page to see why.`);
  if (leftOut) notes.push(`${plural(leftOut, 'more document')} you can open ${leftOut === 1 ? 'is' : 'are'} beyond what one picture reads and left out; ask an administrator to archive the documents no longer in use.`);
  return { summary: `As of ${formatDay(picture.today)}: ${plural(picture.documents, 'POC document')} you can open.`, notes };
}

/** The mission picture page. */
export const picturePage: Page = (root, ctx) => {
  const doc = root.ownerDocument;
  doc.title = 'Mission picture — POC Workspace';
  let live = true;
  let board: PictureBoard | undefined;
  const status = h(doc, 'p', { class: 'poc-picture-status', attrs: { role: 'status' } });
  const body = h(doc, 'div', { class: 'poc-picture-board' });
  const refresh = h(doc, 'button', { class: 'poc-picture-refresh', text: 'Refresh', attrs: { type: 'button' }, on: { click: () => void load() } });
  const page = h(doc, 'div', { class: 'poc-picture poc-web-picture' }, h(doc, 'div', { class: 'poc-picture-head' }, h(doc, 'h1', { text: 'Mission picture' }), refresh), status, body);
  root.replaceChildren(page);

  const open = (docId: string, blockId?: string) => ctx.navigate(webDocumentPath(docId, blockId));

  async function load(): Promise<void> {
    refresh.disabled = true;
    status.classList.remove('is-error');
    status.setAttribute('role', 'status');
    status.textContent = 'Reading every document you can open…';
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
      status.textContent = `The mission picture could not be loaded. ${shownError(err).message} Choose Refresh to try again.`;
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
