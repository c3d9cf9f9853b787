/**
 * The mission picture (issue 15): one view across every POC document of the
 * mission. The threats of every sector's matrix ranked together with their
 * heat map, and the lists of what is late, unsigned or missing. Pure data
 * for any host: the plugin's dashboard and the web workspace's /picture draw
 * it (editor/picture/), the server computes it (`GET /api/picture`), and
 * `poc picture` prints it.
 */
import type { Locale } from '../i18n/locale.js';
import { localizeTemplate } from '../template/localize.js';
import type { PictureDocument } from './document.js';
import { heatGrid, type HeatCell } from './heat-grid.js';
import { pictureLists, type PictureLists } from './lists.js';
import { translationsAmong } from './translations.js';
import { facetOptions, type FacetOption, filterThreats, type MissionThreat, missionThreats, type ThreatFilter } from './threats.js';

/** The picture of the mission as of a day. */
export interface MissionPicture {
  /** The day it was computed for (YYYY-MM-DD). */
  today: string;
  /** How many documents it reads (archived ones left out), and for how many the sign-offs are known. */
  documents: number;
  signoffsKnown: number;
  /** Every threat of every matrix: the rated ones ranked together, then those not rated yet. */
  threats: MissionThreat[];
  /** What the threats can be filtered by, with counts. */
  facets: ReturnType<typeof facetOptions>;
  lists: PictureLists;
}

/**
 * The mission picture of `docs` as of `today` (YYYY-MM-DD), for a reader of `locale`: its own sentences, office labels,
 * block titles and facet labels in that language (the templates localized); findings as validation wrote them.
 */
export function missionPicture(docs: readonly PictureDocument[], today: string, locale: Locale = 'en'): MissionPicture {
  const live = docs.filter((d) => d.model.meta.status !== 'archived').map((d) => ({ ...d, template: localizeTemplate(d.template, locale) }));
  // A translation repeats its original's threats and findings, which are counted there; its sign-offs are its own.
  const translations = translationsAmong(live);
  const originals = live.filter((d) => !translations.has(d));
  const threats = missionThreats(originals);
  return {
    today,
    documents: originals.length,
    signoffsKnown: originals.filter((d) => d.signoffs).length,
    threats,
    facets: facetOptions(threats, originals, locale),
    lists: pictureLists(originals, today, locale, live),
  };
}

/** The threats of a picture that pass `filter`, and their heat map (likelihood 5 at the top, impact 1 at the left). */
export function filteredView(picture: Pick<MissionPicture, 'threats'>, filter: ThreatFilter): { threats: MissionThreat[]; heat: { rows: Array<Array<HeatCell<MissionThreat>>>; unrated: MissionThreat[] } } {
  const threats = filterThreats(picture.threats, filter);
  return { threats, heat: heatGrid(threats) };
}

export type { FacetOption };
