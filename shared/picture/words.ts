/**
 * The mission picture's words, for every host that shows it (the plugin's
 * dashboard, `poc picture`, the web workspace's /picture): the
 * lists' headings in the order they are shown, what an empty list says,
 * the facets' names, and how a threat's id is written where several
 * matrices' threats are listed together.
 */
import { translate } from '../i18n/catalogue.js';
import type { Locale } from '../i18n/locale.js';
import { sharedPictureWords } from '../i18n/messages/shared-picture.js';
import { shorten } from '../words.js';
import type { DocRef } from './document.js';
import type { PictureLists } from './lists.js';
import type { MissionThreat } from './threats.js';

/** Each list with its heading and what it says when empty, in the order the picture shows them. */
export const LIST_WORDS: ReadonlyArray<{ key: keyof PictureLists; heading: string; empty: string }> = [
  { key: 'reviewsOverdue', heading: 'Reviews overdue', empty: 'Every matrix and strategy is within its review date.' },
  { key: 'actionsOverdue', heading: 'Actions overdue', empty: 'No action is past its due date.' },
  { key: 'signoffsPending', heading: 'Waiting for a sign-off', empty: 'No document in review is waiting for a sign-off.' },
  { key: 'signoffsStale', heading: 'Approved, then changed', empty: 'No approval is of an earlier version.' },
  { key: 'signoffsRejected', heading: 'Sent back by an office', empty: 'No office has sent a document back.' },
  { key: 'redGaps', heading: 'RED resource gaps', empty: 'No resources-matrix row is rated RED.' },
  { key: 'threatsWithoutAction', heading: 'Threats with no action yet', empty: 'Every priority threat has an action or an objective.' },
  { key: 'objectivesWithoutResources', heading: 'Objectives with no resources row yet', empty: 'Every strategy objective has a row in the resources matrix.' },
  { key: 'pastValidity', heading: 'Documents past their end of validity', empty: 'No document is past its end of validity.' },
];

/** The facets' names, as the filters label them. */
export const FACET_WORDS = { sector: 'Sector', tier: 'Tier', phase: 'Phase', threatType: 'Type of threat' } as const;

/** What the picture says in `locale` when sign-offs are not known for some documents (files carry none: the server keeps them). */
export function signoffsUnknownWords(known: number, documents: number, locale: Locale = 'en'): string | undefined {
  if (known >= documents) return undefined;
  return known === 0 ? translate(sharedPictureWords, locale, 'signoffs.unknownAll') : translate(sharedPictureWords, locale, 'signoffs.unknownSome', { known, documents });
}

/** The longest a short title is, so a qualified id stays short beside the threat's own title. */
const SHORT_TITLE_MAX = 40;

/**
 * A document's short title, to tell apart block ids that repeat across documents: the part of its title after the
 * last " — " ("Sector North" of "POC Threat Matrix — Sector North"), where the templates' titles put what sets a
 * document apart from the others of its type; else its whole title, shortened.
 */
export function shortTitle(doc: Pick<DocRef, 'title'>): string {
  const last = doc.title.split(' — ').pop()?.trim();
  return shorten(last || doc.title, SHORT_TITLE_MAX);
}

/**
 * How a threat's id is written among `threats`: "Sector North › T-1" when they come from more than one matrix,
 * since every matrix numbers its threats from T-1; the id alone when they all come from one.
 */
export function threatIdWords(threats: ReadonlyArray<Pick<MissionThreat, 'doc'>>): (t: Pick<MissionThreat, 'id' | 'doc'>) => string {
  const several = new Set(threats.map((t) => t.doc.id)).size > 1;
  return (t) => (several ? `${shortTitle(t.doc)} › ${t.id}` : t.id);
}
