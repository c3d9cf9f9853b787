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
import { plural } from './words.js';

/** Draws the table into `host` (replacing what was there); `onPick` receives the id of an objective to jump to. */
export function renderTierPhase(doc: Document, host: HTMLElement, m: TierPhaseMatrix, onPick: (id: string) => void): void {
  const head = h(
    doc,
    'tr',
    {},
    h(doc, 'th', { attrs: { scope: 'col' }, text: 'Tier \\ phase' }),
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
        const label = `${t.label}, ${p.label}: ${ids.length ? `${plural(ids.length, 'objective')} (${ids.join(', ')})` : 'no objective'}`;
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
    h(doc, 'caption', { text: 'Objectives by tier and phase (POC Policy E.2–E.3)' }),
    h(doc, 'thead', {}, head),
    h(doc, 'tbody', {}, ...rows),
  );
  const note = m.unplaced.length ? h(doc, 'div', { class: 'poc-tp-note', text: `No tier or phase yet: ${m.unplaced.join(', ')}` }) : null;
  host.replaceChildren(table, ...(note ? [note] : []));
}
