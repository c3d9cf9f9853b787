/** The review pages of a document, as one module the router loads on demand (web/app/routes.ts). */
export { changesPage } from './changes-page.js';
export { historyPage } from './history-page.js';
export { readingPage } from './reading-page.js';
