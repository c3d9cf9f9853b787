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

/** The sections of the administration, by address. */
const SECTIONS: Array<[string, string]> = [
  ['/admin', 'People'],
  ['/admin/teams', 'Teams'],
  ['/admin/documents', 'Documents'],
  ['/admin/audit', 'Audit trail'],
];

/** What a drawn frame gives its page. */
export interface AdminFrame {
  doc: Document;
  people: PeopleApi;
  /** Where the page draws its content (below the heading and messages). */
  body: HTMLElement;
  /** Says what was just done (a confirmation, read out by screen readers) and clears any failure. */
  done(message: string): void;
  /** Says what failed, in the server's words and what to do; `what` says what was being done ("Saving the offices"). */
  failed(what: string, err: unknown): void;
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
  doc.title = 'Administrators only — POC Workspace';
  root.append(
    h(
      doc,
      'div',
      { class: 'poc-admin' },
      h(doc, 'h1', { text: 'Administration' }),
      h(doc, 'p', { class: 'poc-admin-refusal', text: 'Only administrators can see this page. If you need a person, a team or a document changed, ask your mission’s administrator.' }),
      h(doc, 'p', {}, h(doc, 'a', { text: 'Go to your documents', attrs: { href: '/' } })),
    ),
  );
  return { destroy: () => root.replaceChildren() };
}

/** Draws the frame of the page at `path` titled `title`; for a caller who does not administer, draws the refusal instead and answers it as `refused`. */
export function adminFrame(root: HTMLElement, ctx: PageContext, path: string, title: string): AdminFrame | { refused: { destroy(): void } } {
  if (!ctx.me.admin) return { refused: refusal(root) };
  const doc = root.ownerDocument;
  doc.title = `${title} — Administration — POC Workspace`;
  const section = SECTIONS.filter(([p]) => path === p || path.startsWith(`${p}/`)).pop()?.[0] ?? '/admin';
  const nav = h(
    doc,
    'nav',
    { class: 'poc-admin-nav', attrs: { 'aria-label': 'Administration' } },
    h(
      doc,
      'ul',
      {},
      ...SECTIONS.map(([p, label]) => h(doc, 'li', {}, h(doc, 'a', { text: label, attrs: { href: p, 'aria-current': p === section ? 'page' : undefined } }))),
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
    failed(what, err) {
      status.textContent = '';
      problem.textContent = `${what} failed. ${shownError(err).message}`;
      problem.focus();
    },
    clear() {
      status.textContent = '';
      problem.textContent = '';
    },
    retitle(next) {
      heading.textContent = next;
      doc.title = `${next} — Administration — POC Workspace`;
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
