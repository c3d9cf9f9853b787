/**
 * The frame of every administration page (`/admin…`): the section links
 * (People, Teams, Documents, Audit trail), the page's heading, one place
 * that says what was done (role=status) and one that says what failed
 * (role=alert), and the refusal a person who does not administer the server
 * sees in place of all of it. The server refuses them anyway; the refusal
 * only says so in words, with a way home.
 */
import { h } from '../../editor/dom.js';
import { PeopleApi } from '../../shared/api/people-client.js';
import { shownError } from '../api-client.js';
import type { PageContext } from '../app/page-context.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** The sections of the administration, by address. */
const SECTIONS = [
  ['/admin', 'section.people'],
  ['/admin/teams', 'section.teams'],
  ['/admin/documents', 'section.documents'],
  ['/admin/audit', 'section.audit'],
] as const;

/** What a drawn frame gives its page. */
export interface AdminFrame {
  doc: Document;
  people: PeopleApi;
  /** Where the page draws its content (below the heading and messages). */
  body: HTMLElement;
  /** Says what was just done (a confirmation, read out by screen readers) and clears any failure. */
  done(message: string): void;
  /** Says what failed, then the server's words and what to do; `failure` is a whole sentence ("Saving the offices failed."). */
  failed(failure: string, err: unknown): void;
  /** Clears both messages. */
  clear(): void;
  /** Renames the page (its heading and the window's title), e.g. once a person's name is known. */
  retitle(title: string): void;
  /** Whether the page was taken down (answers arriving later are dropped). */
  gone(): boolean;
  /** Takes the page down. */
  destroy(): void;
}

/** "Only administrators can see this page" with a link home, for anyone else. */
function refusal(root: HTMLElement): { destroy(): void } {
  const doc = root.ownerDocument;
  doc.title = t('frame.refusedTitle');
  root.append(
    h(
      doc,
      'div',
      { class: 'poc-admin' },
      h(doc, 'h1', { text: t('frame.heading') }),
      h(doc, 'p', { class: 'poc-admin-refusal', text: t('frame.refused') }),
      h(doc, 'p', {}, h(doc, 'a', { text: t('frame.goHome'), attrs: { href: '/' } })),
    ),
  );
  return { destroy: () => root.replaceChildren() };
}

/** Draws the frame of the page at `path` titled `title`; for a caller who does not administer, draws the refusal instead and answers it as `refused`. */
export function adminFrame(root: HTMLElement, ctx: PageContext, path: string, title: string): AdminFrame | { refused: { destroy(): void } } {
  if (!ctx.me.admin) return { refused: refusal(root) };
  const doc = root.ownerDocument;
  doc.title = t('frame.title', { page: title });
  const section = SECTIONS.filter(([p]) => path === p || path.startsWith(`${p}/`)).pop()?.[0] ?? '/admin';
  const nav = h(
    doc,
    'nav',
    { class: 'poc-admin-nav', attrs: { 'aria-label': t('frame.heading') } },
    h(
      doc,
      'ul',
      {},
      ...SECTIONS.map(([p, label]) => h(doc, 'li', {}, h(doc, 'a', { text: t(label), attrs: { href: p, 'aria-current': p === section ? 'page' : undefined } }))),
    ),
  );
  const status = h(doc, 'p', { class: 'poc-admin-status', attrs: { role: 'status' } });
  const problem = h(doc, 'p', { class: 'poc-admin-problem', attrs: { role: 'alert', tabindex: '-1' } });
  const heading = h(doc, 'h1', { text: title, attrs: { tabindex: '-1' } });
  const body = h(doc, 'div', { class: 'poc-admin-body' });
  const page = h(doc, 'div', { class: 'poc-admin' }, nav, heading, status, problem, body);
  root.replaceChildren(page);
  let gone = false;
  return {
    doc,
    people: new PeopleApi(ctx.api),
    body,
    done(message) {
      problem.textContent = '';
      status.textContent = message;
    },
    failed(failure, err) {
      status.textContent = '';
      problem.textContent = t('frame.failed', { what: failure, reason: shownError(err).message });
      problem.focus();
    },
    clear() {
      status.textContent = '';
      problem.textContent = '';
    },
    retitle(next) {
      heading.textContent = next;
      doc.title = t('frame.title', { page: next });
    },
    gone: () => gone,
    destroy() {
      gone = true;
      page.remove();
    },
  };
}

/** Whether `adminFrame` refused the caller. */
export function isRefused(f: AdminFrame | { refused: { destroy(): void } }): f is { refused: { destroy(): void } } {
  return 'refused' in f;
}
