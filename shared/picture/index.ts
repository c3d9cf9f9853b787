// The mission picture across every document (issue 15): threats of every matrix ranked together, their heat map, filters, and the lists of what needs attention.
export { docRef, type DocRef, inPicture, type PictureDocument, signoffsOf } from './document.js';
export { heatCells, heatGrid, type HeatCell, type Placeable } from './heat-grid.js';
export { LIST_CODES, pictureLists, type PictureItem, type PictureLists, type SignoffItem, type SignoffWhy } from './lists.js';
export { filteredView, type MissionPicture, missionPicture } from './picture.js';
export { FACET_FIELDS, FACETS, facetOptions, type FacetOption, filterThreats, type MissionThreat, missionThreats, NOT_SET, type ThreatFilter, threatPasses } from './threats.js';
export { TRANSLATION_OF, translationOf, translationsAmong } from './translations.js';
export { FACET_WORDS, LIST_WORDS, shortTitle, signoffsUnknownWords, threatIdWords } from './words.js';
