/**
 * The threat matrix's risk chart: a 5 × 5 grid of likelihood (up) by
 * impact (across), each cell coloured by its risk band and showing its
 * risk number, with one mark per rated threat. Nothing is said by colour
 * alone: an imminent threat is a diamond with "!" where the others are
 * dots, and a legend names the bands with their numbers and the two marks.
 * A mark is a link: clicking it (or Enter on it) jumps to the threat's row.
 * Rows that are not rated yet are counted under the chart.
 */
import { heatCells } from '../shared/picture/heat-grid.js';
import { isRating, riskBand, riskBandKey } from '../shared/validate/risk.js';
import { h, svg } from './dom.js';
import { riskWord } from './blocks.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorChartWords } from '../shared/i18n/messages/editor-charts.js';

const t = uiWords(editorChartWords);

/** A threat as the chart needs it. */
export interface HeatPoint {
  id: string;
  title: string;
  likelihood?: number;
  impact?: number;
  imminent: boolean;
  /** Place in the risk ranking (1 = most urgent), once rated. */
  rank?: number;
}

/** How many of the top-ranked threats are listed beside the chart. */
const RANKED_SHOWN = 8;

const CELL = 44;
const LEFT = 34;
const TOP = 8;
const SIZE = CELL * 5;

/** Draws the chart into `host` (replacing what was there); `onPick` receives the id of a clicked dot. */
export function renderHeatMap(doc: Document, host: HTMLElement, points: readonly HeatPoint[], onPick: (id: string) => void): void {
  const chart = svg(doc, 'svg', {
    viewBox: `0 0 ${LEFT + SIZE + 8} ${TOP + SIZE + 34}`,
    class: 'poc-heatmap-svg',
    // A group, not an image: the threat marks inside are links a person can Tab to.
    role: 'group',
    'aria-label': t('heat.label', { count: points.filter((p) => isRating(p.likelihood) && isRating(p.impact)).length }),
  });
  for (let l = 1; l <= 5; l++) {
    for (let i = 1; i <= 5; i++) {
      const x = LEFT + (i - 1) * CELL;
      const y = TOP + (5 - l) * CELL;
      const cell = svg(doc, 'rect', { x, y, width: CELL, height: CELL, class: `poc-heat-cell poc-risk-${riskBand(l * i)}` });
      cell.append(svg(doc, 'title', {}, doc.createTextNode(t('heat.cell', { likelihood: l, impact: i, risk: l * i, band: riskWord(riskBand(l * i)) }))));
      chart.append(cell);
      // The risk number in the corner says the band without colour (the legend gives the ranges).
      const num = svg(doc, 'text', { x: x + 3, y: y + 10, class: 'poc-heat-cell-num', 'aria-hidden': 'true' }, doc.createTextNode(String(l * i)));
      chart.append(num);
    }
  }
  for (let n = 1; n <= 5; n++) {
    chart.append(label(doc, LEFT - 10, TOP + (5 - n) * CELL + CELL / 2 + 4, String(n), 'end'));
    chart.append(label(doc, LEFT + (n - 1) * CELL + CELL / 2, TOP + SIZE + 14, String(n), 'middle'));
  }
  chart.append(label(doc, LEFT + SIZE / 2, TOP + SIZE + 30, t('heat.axis.impact'), 'middle'));
  const yLabel = label(doc, 10, TOP + SIZE / 2, t('heat.axis.likelihood'), 'middle');
  yLabel.setAttribute('transform', `rotate(-90 10 ${TOP + SIZE / 2})`);
  chart.append(yLabel);

  // Dots sharing a cell are laid out on a small grid inside it, in document order.
  const { cells, unrated } = heatCells(points);
  for (const { points: list } of cells) {
    const per = Math.ceil(Math.sqrt(list.length));
    const step = CELL / (per + 1);
    const r = Math.max(3, Math.min(8, step / 2.4));
    list.forEach((p, k) => {
      const cx = LEFT + (p.impact! - 1) * CELL + step * ((k % per) + 1);
      const cy = TOP + (5 - p.likelihood!) * CELL + step * (Math.floor(k / per) + 1);
      const dot = svg(doc, 'g', {
        class: `poc-heat-dot${p.imminent ? ' is-imminent' : ''}`,
        tabindex: 0,
        role: 'link',
        'data-block': p.id,
        'aria-label': t(p.imminent ? 'heat.dot.imminent' : 'heat.dot', { id: p.id, title: p.title, likelihood: p.likelihood!, impact: p.impact! }),
      });
      dot.append(...(p.imminent ? imminentMark(doc, cx, cy, r) : [svg(doc, 'circle', { cx, cy, r, class: 'poc-heat-mark' })]));
      dot.append(svg(doc, 'title', {}, doc.createTextNode(t(p.imminent ? 'heat.dot.title.imminent' : 'heat.dot.title', { id: p.id, title: p.title, risk: p.likelihood! * p.impact! }))));
      dot.addEventListener('click', () => onPick(p.id));
      dot.addEventListener('keydown', (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onPick(p.id);
        }
      });
      chart.append(dot);
    });
  }
  const ranked = points.filter((p) => p.rank !== undefined).sort((a, b) => a.rank! - b.rank!);
  const side = h(doc, 'div', { class: 'poc-heat-side' }, h(doc, 'div', { class: 'poc-heat-side-title', text: ranked.length ? t('heat.ranked') : t('heat.noneRated') }));
  if (ranked.length) {
    const list = h(doc, 'ol', { class: 'poc-heat-ranking' });
    for (const p of ranked.slice(0, RANKED_SHOWN)) {
      const risk = p.likelihood! * p.impact!;
      list.append(
        h(
          doc,
          'li',
          {},
          h(
            doc,
            'button',
            { class: 'poc-heat-rank', attrs: { type: 'button', 'data-block': p.id }, on: { click: () => onPick(p.id) } },
            h(doc, 'span', { class: `poc-risk poc-risk-${riskBand(risk)}`, text: String(risk) }),
            h(doc, 'span', { class: 'poc-heat-rank-id', text: p.id }),
            h(doc, 'span', { class: 'poc-heat-rank-title', text: p.title, title: p.title }),
            p.imminent ? h(doc, 'span', { class: 'poc-heat-imminent', text: t('heat.imminent') }) : null,
          ),
        ),
      );
    }
    side.append(list);
    if (ranked.length > RANKED_SHOWN) side.append(h(doc, 'div', { class: 'poc-heatmap-note', text: t('heat.more', { count: ranked.length - RANKED_SHOWN }) }));
  }
  if (unrated.length) side.append(h(doc, 'div', { class: 'poc-heatmap-note', text: t('heat.unrated', { ids: unrated.map((p) => p.id).join(', ') }) }));
  host.replaceChildren(h(doc, 'div', { class: 'poc-heat-chart' }, chart, legend(doc)), side);
}

/** An imminent threat's mark: a diamond with "!" (drawn larger than a dot), so shape says it as well as colour. */
function imminentMark(doc: Document, cx: number, cy: number, r: number): SVGElement[] {
  const d = r * 1.6;
  return [
    svg(doc, 'polygon', { points: `${cx},${cy - d} ${cx + d},${cy} ${cx},${cy + d} ${cx - d},${cy}`, class: 'poc-heat-mark' }),
    svg(doc, 'text', { x: cx, y: cy + d * 0.38, 'text-anchor': 'middle', class: 'poc-heat-mark-text', 'font-size': Math.max(7, d * 1.1) }, doc.createTextNode('!')),
  ];
}

/** The chart's key: each risk band with its numbers, and the two marks. */
function legend(doc: Document): HTMLElement {
  const item = (swatch: HTMLElement, text: string) => h(doc, 'li', {}, swatch, h(doc, 'span', { text }));
  return h(
    doc,
    'ul',
    { class: 'poc-heat-legend', attrs: { 'aria-label': t('heat.key') } },
    ...riskBandKey().map(({ band, range }) => item(h(doc, 'span', { class: `poc-heat-swatch poc-risk-${band}`, attrs: { 'aria-hidden': 'true' } }), t('heat.key.band', { band: riskWord(band), range }))),
    item(h(doc, 'span', { class: 'poc-heat-key', text: '●', attrs: { 'aria-hidden': 'true' } }), t('heat.key.threat')),
    item(h(doc, 'span', { class: 'poc-heat-key is-imminent', text: '◆!', attrs: { 'aria-hidden': 'true' } }), t('heat.key.imminent')),
  );
}

function label(doc: Document, x: number, y: number, text: string, anchor: 'start' | 'middle' | 'end'): SVGTextElement {
  return svg(doc, 'text', { x, y, 'text-anchor': anchor, class: 'poc-heat-label' }, doc.createTextNode(text));
}
