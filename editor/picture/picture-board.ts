/**
 * The mission picture drawn (issue 15), for every host: the plugin's
 * dashboard (plugin/view/picture-view.ts) and the web workspace's
 * `/picture` page (web/picture/) draw the same board. It shows a
 * `MissionPicture` (shared/picture): the filters (sector, tier, phase, type,
 * imminence), the heat map and the threats of every matrix ranked together
 * for the filters chosen, then each list of what needs attention. Every item
 * opens its document at its block through the host's `open`; a host with
 * addresses (the web) also gives each item a real link.
 *
 * The heat map is a table, not a picture: each cell says its numbers in
 * words to a screen reader (`aria-label`), and its colour only repeats the
 * band the numbers already give. Days are written in words in the person's
 * locale (editor/words.ts), in the findings' sentences too, which the rules
 * write with ISO days. Built with the standard DOM (`h`), no
 * Obsidian API. CSS: styles/picture.css.
 */
import { FACETS, filteredView, LIST_WORDS, type MissionPicture, type MissionThreat, type PictureItem, type ThreatFilter, threatIdWords } from '../../shared/picture/index.js';
import { formatDaysIn } from '../words.js';
import { h } from '../dom.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorChartWords } from '../../shared/i18n/messages/editor-charts.js';

const tr = uiWords(editorChartWords);

/** Each facet's name, as the filters label it (in English the words of shared/picture/words.ts FACET_WORDS). */
const FACET_KEYS = { sector: 'picture.facet.sector', tier: 'picture.facet.tier', phase: 'picture.facet.phase', threatType: 'picture.facet.threatType' } as const;

/** Each list's heading and what it says when empty (in English the words of shared/picture/words.ts LIST_WORDS). */
const LIST_KEYS = {
  reviewsOverdue: ['picture.list.reviewsOverdue', 'picture.list.reviewsOverdue.empty'],
  actionsOverdue: ['picture.list.actionsOverdue', 'picture.list.actionsOverdue.empty'],
  signoffsPending: ['picture.list.signoffsPending', 'picture.list.signoffsPending.empty'],
  signoffsStale: ['picture.list.signoffsStale', 'picture.list.signoffsStale.empty'],
  signoffsRejected: ['picture.list.signoffsRejected', 'picture.list.signoffsRejected.empty'],
  redGaps: ['picture.list.redGaps', 'picture.list.redGaps.empty'],
  threatsWithoutAction: ['picture.list.threatsWithoutAction', 'picture.list.threatsWithoutAction.empty'],
  objectivesWithoutResources: ['picture.list.objectivesWithoutResources', 'picture.list.objectivesWithoutResources.empty'],
  pastValidity: ['picture.list.pastValidity', 'picture.list.pastValidity.empty'],
} as const;

/** What the board says when sign-offs are not known for some documents (shared/picture/words.ts signoffsUnknownWords, in the interface language). */
function signoffsUnknown(known: number, documents: number): string | undefined {
  if (known >= documents) return undefined;
  return known === 0 ? tr('picture.signoffsUnknown') : tr('picture.signoffsPartly', { known, count: documents });
}

/** What a host gives the board. */
export interface PictureBoardOptions {
  /** Opens a document, at a block when one is given. */
  open(docId: string, blockId?: string): void;
  /** The address of a document (at a block), for hosts with addresses: items are then links that also open in a new tab. */
  href?(docId: string, blockId?: string): string;
  /** The sentence that says what the picture covers, e.g. "As of 24 Nov 2026: 8 POC documents in this vault." (days in words, as `formatDay` writes them) */
  summary: string;
  /** Notes shown under the summary (documents left out, and why). */
  notes?: readonly string[];
  /** The filters chosen at first (a host that draws the board again keeps the person's choice). */
  filter?: ThreatFilter;
  /** The level of the board's headings: 2 under a page's h1 (the web), 3 under a view's h2 (the plugin). Default 3. */
  headingLevel?: 2 | 3;
}

/** A drawn board: the filters chosen now. */
export interface PictureBoard {
  filter(): ThreatFilter;
}

/** The select value that lets every value of a facet through. */
const ALL = '*';

/** Draws `picture` into `el` (replacing what it holds) and returns the board. */
export function drawPictureBoard(el: HTMLElement, picture: MissionPicture, opts: PictureBoardOptions): PictureBoard {
  const doc = el.ownerDocument;
  const heading = opts.headingLevel === 2 ? 'h2' : 'h3';
  let filter: ThreatFilter = { ...opts.filter };

  /** A button (or, with addresses, a link) that opens a document at a block. */
  const opener = (docId: string, blockId: string | undefined, text: string): HTMLElement => {
    const data = { 'data-doc': docId, 'data-block': blockId };
    const href = opts.href?.(docId, blockId);
    if (href === undefined) return h(doc, 'button', { class: 'poc-picture-link', text, attrs: { type: 'button', ...data }, on: { click: () => opts.open(docId, blockId) } });
    return h(doc, 'a', {
      class: 'poc-picture-link',
      text,
      attrs: { href, ...data },
      on: {
        click: (e) => {
          // A plain click opens it here; with a modifier key or another button the browser opens the address as usual.
          if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
          e.preventDefault();
          opts.open(docId, blockId);
        },
      },
    });
  };

  const threatsEl = h(doc, 'section', { class: 'poc-picture-threats' });
  const drawThreats = () => threatsEl.replaceChildren(...threatsPart(doc, picture, filter, heading, opener));
  const select = (facet: string, choices: Array<{ value: string; label: string }>, chosen: string | undefined, words: string, pick: (value: string | undefined) => void) => {
    const box = h(doc, 'select', { attrs: { 'data-facet': facet } });
    for (const c of [{ value: ALL, label: tr('picture.all') }, ...choices]) {
      const option = h(doc, 'option', { text: c.label });
      option.value = c.value;
      box.append(option);
    }
    box.value = chosen ?? ALL;
    box.addEventListener('change', () => {
      pick(box.value === ALL ? undefined : box.value);
      drawThreats();
    });
    return h(doc, 'label', { class: 'poc-picture-filter' }, h(doc, 'span', { text: words }), box);
  };
  const filters = h(doc, 'div', { class: 'poc-picture-filters', attrs: { role: 'group', 'aria-label': tr('picture.filters') } });
  for (const facet of FACETS) {
    const choices = picture.facets[facet].map((o) => ({ value: o.value, label: `${o.label} (${o.count})` }));
    filters.append(select(facet, choices, filter[facet]?.[0], tr(FACET_KEYS[facet]), (v) => (filter = { ...filter, [facet]: v === undefined ? undefined : [v] })));
  }
  const imminence = [
    { value: 'imminent', label: tr('picture.imminentOnly') },
    { value: 'not-imminent', label: tr('picture.notImminent') },
  ];
  filters.append(select('imminence', imminence, filter.imminence, tr('picture.imminence'), (v) => (filter = { ...filter, imminence: v as ThreatFilter['imminence'] })));

  const lists = h(doc, 'div', { class: 'poc-picture-lists' });
  // In the order shared/picture/words.ts gives the lists.
  for (const { key } of LIST_WORDS) {
    const items = picture.lists[key];
    const [headingKey, emptyKey] = LIST_KEYS[key];
    const section = h(doc, 'section', { class: `poc-picture-list poc-picture-list-${key}` }, h(doc, heading, { text: tr('picture.listHeading', { heading: tr(headingKey), count: items.length }) }));
    if (!items.length) section.append(h(doc, 'p', { class: 'poc-picture-empty', text: tr(emptyKey) }));
    else section.append(h(doc, 'ul', {}, ...items.map((item) => itemRow(doc, item, opener))));
    lists.append(section);
  }
  const unknown = signoffsUnknown(picture.signoffsKnown, picture.documents);
  if (unknown) lists.append(h(doc, 'p', { class: 'poc-picture-note', text: unknown }));

  el.replaceChildren(
    h(doc, 'p', { class: 'poc-picture-summary', text: opts.summary }),
    ...(opts.notes ?? []).map((n) => h(doc, 'p', { class: 'poc-picture-note', text: n })),
    filters,
    threatsEl,
    lists,
  );
  drawThreats();
  return { filter: () => filter };
}

type Opener = (docId: string, blockId: string | undefined, text: string) => HTMLElement;

/** The heat map and the ranked threats that pass `filter`. */
function threatsPart(doc: Document, picture: MissionPicture, filter: ThreatFilter, heading: 'h2' | 'h3', opener: Opener): HTMLElement[] {
  const { threats, heat } = filteredView(picture, filter);
  // "T-1" is in every matrix: qualified by its matrix's short title when the threats shown come from several.
  const idOf = threatIdWords(threats);
  const rated = threats.filter((t) => t.missionRank !== undefined);
  const allRated = picture.threats.filter((t) => t.missionRank !== undefined).length;
  const out: HTMLElement[] = [h(doc, heading, { text: tr('picture.ranked', { shown: rated.length, count: allRated }) })];
  const table = h(doc, 'table', { class: 'poc-picture-heat', attrs: { 'aria-label': tr('picture.heat') } });
  table.append(h(doc, 'tr', {}, h(doc, 'th', { text: tr('picture.heat.corner') }), ...heat.rows[0].map((c) => h(doc, 'th', { text: String(c.impact), attrs: { scope: 'col' } }))));
  for (const row of heat.rows) {
    const cells = row.map((cell) => {
      const n = cell.points.length;
      return h(doc, 'td', {
        class: `poc-picture-heat-cell poc-risk-${cell.band}`,
        text: n ? String(n) : '',
        title: cell.points.map((t) => `${idOf(t)} ${t.title}`).join('\n'),
        attrs: { 'aria-label': tr('picture.heat.cell', { likelihood: cell.likelihood, impact: cell.impact, risk: cell.risk, count: n }) },
      });
    });
    table.append(h(doc, 'tr', {}, h(doc, 'th', { text: String(row[0].likelihood), attrs: { scope: 'row' } }), ...cells));
  }
  // The table keeps its size and scrolls within itself on a narrow screen, never the page.
  out.push(h(doc, 'div', { class: 'poc-picture-heat-scroll' }, table));
  if (heat.unrated.length) out.push(h(doc, 'p', { class: 'poc-picture-note', text: tr('picture.unrated', { threats: heat.unrated.map((x) => `${idOf(x)} ${x.title}`).join(', ') }) }));
  if (!threats.length) {
    out.push(h(doc, 'p', { class: 'poc-picture-empty', text: picture.threats.length ? tr('picture.noneFiltered') : tr('picture.noThreat') }));
    return out;
  }
  out.push(h(doc, 'ol', { class: 'poc-picture-ranking' }, ...rated.map((t) => threatRow(doc, t, idOf(t), opener))));
  return out;
}

/** One threat of the ranking: its rank, its risk (the number, coloured by band), a link to it named `id` and its title, where it is and its marks. */
function threatRow(doc: Document, t: MissionThreat, id: string, opener: Opener): HTMLElement {
  return h(
    doc,
    'li',
    {},
    h(doc, 'span', { class: 'poc-picture-rank', text: String(t.missionRank) }),
    h(doc, 'span', { class: `poc-risk poc-risk-${t.band}`, text: String(t.risk), title: tr('picture.risk', { risk: t.risk ?? '–', likelihood: t.likelihood ?? '–', impact: t.impact ?? '–' }) }),
    h(
      doc,
      'div',
      { class: 'poc-picture-threat' },
      opener(t.doc.id, t.id, `${id} ${t.title}`),
      h(
        doc,
        'div',
        { class: 'poc-picture-marks' },
        h(doc, 'span', { class: 'poc-picture-where', text: t.sector ?? t.doc.title }),
        t.priority ? h(doc, 'span', { class: 'poc-picture-tag', text: tr('picture.priority') }) : null,
        t.imminent ? h(doc, 'span', { class: 'poc-picture-tag is-imminent', text: tr('picture.imminent') }) : null,
      ),
    ),
  );
}

/** One item of a list: a link to its document (at its block) and why it is listed. */
function itemRow(doc: Document, item: PictureItem, opener: Opener): HTMLElement {
  const name = `${item.doc.title}${item.block ? ` › ${item.block} ${item.title}` : ''}`;
  return h(doc, 'li', {}, opener(item.doc.id, item.block, name), h(doc, 'div', { class: 'poc-picture-detail', text: formatDaysIn(item.detail) }));
}
