/**
 * The invented mission of the demo vault, and the ids and file names of its
 * documents: one of each type, and a second threat matrix (Sector South). Everything here is fictional: the Republic of Ardessa,
 * its places, its armed groups and MINUSAR do not exist.
 *
 * The setting, for whoever extends the demo:
 * - MINUSAR, the United Nations Multidimensional Integrated Stabilization
 *   Mission in the Republic of Ardessa (capital Port-Lenne).
 * - Sector North covers Kessa Province; sector HQ and field office at
 *   Karsoma; team sites at Wendu (beside the Wendu IDP site, about 23,400
 *   people) and Tirongo (artisanal gold mines); a temporary operating base
 *   (TOB) at Sarakai-Centre, among the 14 Sarakai villages on the Kessa
 *   river. MSR 4 runs Karsoma–Tirongo. Haddan herders cross the Doro
 *   corridor into Lirwe farmland from December to April.
 * - Threats: the Kessa Liberation Front (FLK), based in the Koumbi hills;
 *   Haddan and Lirwe community militias; elements of the Ardessan Armed
 *   Forces (FAAR) 14th Brigade; armed bandits on MSR 4.
 * - Sector South covers Lenne Province and the capital; field office at
 *   Port-Lenne. No armed group; political youth groups before the 2027
 *   elections, vigilante crowds in the Bassan market, and tension over
 *   families displaced from Kessa settling at Kelo-Nord.
 */

/** The demo documents (one of each type, plus the Sector South threat matrix): their ids (`poc-id`) and file names (without `.md`, also the wiki-link target). */
export const DOCS = {
  str: { id: 'str-minusar-2026', file: 'POC Strategy 2026–2027' },
  tm: { id: 'tm-minusar-sector-north', file: 'POC Threat Matrix — Sector North' },
  tms: { id: 'tm-minusar-sector-south', file: 'POC Threat Matrix — Sector South' },
  ap: { id: 'ap-minusar-2026', file: 'POC Action Plan 2026–2027' },
  ob: { id: 'ob-minusar-koumbi', file: 'Offensive Operations Brief — Koumbi Hills' },
  rc: { id: 'rc-minusar-2026', file: 'Resources & Capabilities Matrix 2026' },
  ta: { id: 'ta-minusar-2026', file: 'Analysis of Threats and Perpetrators 2026' },
  pm: { id: 'pm-minusar-kessa', file: 'Protection Matrix — Kessa Province' },
} as const;

export type DocKey = keyof typeof DOCS;

/** The file name (without `.md`) of a demo document id, for wiki links; undefined for any other id. */
export function fileOfDocId(docId: string): string | undefined {
  return Object.values(DOCS).find((d) => d.id === docId)?.file;
}
