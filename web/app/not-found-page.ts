/** The page for an address the web workspace does not have: says so plainly, with a link home. */
import { h } from '../../editor/dom.js';
import type { Page } from './page-context.js';

/** "Page not found" with a link to the documents. */
export const notFoundPage: Page = (root) => {
  const doc = root.ownerDocument;
  doc.title = 'Page not found — POC Workspace';
  root.append(
    h(doc, 'h1', { text: 'Page not found' }),
    h(doc, 'p', { text: 'There is nothing at this address. The link may be mistyped or out of date.' }),
    h(doc, 'p', {}, h(doc, 'a', { text: 'Go to your documents', attrs: { href: '/' } })),
  );
  return { destroy: () => root.replaceChildren() };
};
