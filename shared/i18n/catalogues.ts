/**
 * Every catalogue of the product, for the test that proves each is complete in
 * every language and for tools that list the words (the browser test checks
 * visible text against the English of all of them). A new catalogue module is
 * listed here.
 */
import type { Catalogue } from './catalogue.js';
import { common } from './messages/common.js';
import { editorWords } from './messages/editor.js';
import { editorChartWords } from './messages/editor-charts.js';
import { editorPanelWords } from './messages/editor-panels.js';
import { editorShareWords } from './messages/editor-share.js';

/** All catalogues, by name. */
export const CATALOGUES: readonly Catalogue[] = [common, editorWords, editorChartWords, editorPanelWords, editorShareWords];
