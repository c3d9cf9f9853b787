/**
 * The strategy's response model at a glance: a small table of the three
 * tiers (rows) by the four phases (columns), each cell counting the
 * objectives of that tier and phase (policy E.2–E.3). Empty cells show a
 * dash and are marked, so a phase or tier nobody plans for is visible
 * without reading every objective. A count is a button listing its
 * objectives; choosing it jumps to the first. Objectives without a phase or
 * tier yet are named under the table.
 */
import type { TierPhaseMatrix } from '../shared/validate/response-model.js';
import { h } from './dom.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorChartWords } from '../shared/i18n/messages/editor-charts.js';

const words = uiWords(editorChartWords);

/** Draws the table into `host` (replacing what was there); `onPick` receives the id of an objective to jump to. */
export function renderTierPhase(doc: Document, host: HTMLElement, m: TierPhaseMatrix, onPick: (id: string) => void): void {
  const head = h(
    doc,
    'tr',
    {},
    h(doc, 'th', { attrs: { scope: 'col' }, text: words('tp.corner') }),
    ...m.phases.map((p) => h(doc, 'th', { attrs: { scope: 'col' }, text: p.label })),
  );
  const rows = m.tiers.map((t, ti) =>
    h(
      doc,
      'tr',
      {},
      h(doc, 'th', { attrs: { scope: 'row' }, text: t.label }),
      ...m.phases.map((p, pi) => {
        const ids = m.cells[ti][pi];
        const label = ids.length ? words('tp.cell', { tier: t.label, phase: p.label, count: ids.length, ids: ids.join(', ') }) : words('tp.cell.empty', { tier: t.label, phase: p.label });
        if (!ids.length) return h(doc, 'td', { class: 'poc-tp-cell is-empty', attrs: { 'data-tier': t.value, 'data-phase': p.value, 'aria-label': label }, text: '–' });
        return h(
          doc,
          'td',
          { class: 'poc-tp-cell', attrs: { 'data-tier': t.value, 'data-phase': p.value } },
          h(doc, 'button', { class: 'poc-tp-count', text: String(ids.length), title: ids.join(', '), attrs: { type: 'button', 'aria-label': label }, on: { click: () => onPick(ids[0]) } }),
        );
      }),
    ),
  );
  const table = h(
    doc,
    'table',
    { class: 'poc-tp-table' },
    h(doc, 'caption', { text: words('tp.caption') }),
    h(doc, 'thead', {}, head),
    h(doc, 'tbody', {}, ...rows),
  );
  const note = m.unplaced.length ? h(doc, 'div', { class: 'poc-tp-note', text: words('tp.unplaced', { ids: m.unplaced.join(', ') }) }) : null;
  host.replaceChildren(table, ...(note ? [note] : []));
}
