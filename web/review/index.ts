// The review pages of the web workspace: what changed, the reading view, the version history.
export { changesPage, defaultFrom, NOW } from './changes-page.js';
export { readingPage } from './reading-page.js';
export { historyPage } from './history-page.js';
export { apiVersionSource, type VersionSource, type VersionsApi } from './version-source.js';
