/** The page for an address the web workspace does not have: says so plainly, with a link home. */
import { h } from '../../editor/dom.js';
import type { Page } from './page-context.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webApp } from '../../shared/i18n/messages/web-app.js';

const t = uiWords(webApp);

/** "Page not found" with a link to the documents. */
export const notFoundPage: Page = (root) => {
  const doc = root.ownerDocument;
  doc.title = t('notFound.title');
  root.append(
    h(doc, 'h1', { text: t('notFound.heading') }),
    h(doc, 'p', { text: t('notFound.text') }),
    h(doc, 'p', {}, h(doc, 'a', { text: t('goHome'), attrs: { href: '/' } })),
  );
  return { destroy: () => root.replaceChildren() };
};
