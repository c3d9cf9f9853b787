/**
 * The problems panel, like an IDE's: how much of what the template
 * requires is filled, the counts of problems (errors and warnings), and
 * every diagnostic grouped by section in template order, with a severity
 * icon and a plain message. Notes (a threat's risk rank, say) are
 * information, not problems: they are counted apart and folded away.
 * Clicking a problem (or Enter on it) jumps to the place in the editor. It
 * re-renders after every change, local or remote.
 */
import type { Template } from '../../shared/template/load.js';
import { completion, type Diagnostic } from '../../shared/validate/index.js';
import { h, setChildren, severityIcon } from '../dom.js';
import type { EditorHandle } from '../editor-contract.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorPanelWords } from '../../shared/i18n/messages/editor-panels.js';

const t = uiWords(editorPanelWords);

/** A mounted panel. */
export interface PanelHandle {
  el: HTMLElement;
  /** Re-renders now (it also does so after every change). */
  refresh(): void;
  destroy(): void;
}

/** At most this many problems are drawn (the counts stay exact); the rest are summarised. */
const MAX_SHOWN = 300;

/** "2 errors", "1 warning", "3 notes for information". */
function count(n: number, severity: 'error' | 'warning' | 'info'): string {
  return t(severity === 'error' ? 'count.errors' : severity === 'warning' ? 'count.warnings' : 'problems.notes', { count: n });
}

/** Where a diagnostic points, in words: "T-3 · Likelihood". */
export function locationLabel(d: Diagnostic, template: Template | undefined): string {
  const parts: string[] = [];
  if (d.location.block) parts.push(d.location.block);
  if (d.location.field) {
    const fields = d.location.block ? template?.blockTypes.flatMap((b) => b.fields) : template?.fields;
    parts.push(fields?.find((f) => f.name === d.location.field)?.label ?? d.location.field);
  }
  return parts.join(' · ');
}

/** Groups diagnostics by section in template order; document-level ones come first. */
export function groupBySection(list: readonly Diagnostic[], template: Template | undefined): Array<{ section?: string; title: string; items: Diagnostic[] }> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of list) {
    const key = d.location.section ?? '';
    groups.set(key, [...(groups.get(key) ?? []), d]);
  }
  const order = ['', ...(template?.sections.map((s) => s.id) ?? [])];
  const keys = [...groups.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    return (ia < 0 ? order.length : ia) - (ib < 0 ? order.length : ib) || a.localeCompare(b);
  });
  return keys.map((k) => {
    const spec = template?.sections.find((s) => s.id === k);
    return { section: k || undefined, title: k ? `${k} ${spec?.title ?? ''}`.trim() : t('problems.document'), items: groups.get(k)! };
  });
}

/** Renders the problems panel for an editor into `host`. */
export function renderValidationPanel(host: HTMLElement, handle: EditorHandle): PanelHandle {
  const doc = host.ownerDocument;
  const meter = h(doc, 'div', { class: 'poc-meter' }, h(doc, 'div', { class: 'poc-meter-fill' }));
  const completionText = h(doc, 'div', { class: 'poc-completion-text' });
  const counts = h(doc, 'div', { class: 'poc-counts' });
  const list = h(doc, 'div', { class: 'poc-problems-body' });
  const el = h(
    doc,
    'div',
    { class: 'poc-panel poc-problems' },
    h(doc, 'div', { class: 'poc-panel-head' }, h(doc, 'div', { class: 'poc-panel-title', text: t('problems.title') }), h(doc, 'div', { class: 'poc-completion' }, meter, completionText), counts),
    list,
  );
  host.append(el);
  let lastKey = '';
  // Notes (severity info) are folded per section unless the user opened them.
  const openNotes = new Set<string>();

  const refresh = () => {
    const template = handle.template();
    if (!template) {
      setChildren(list, h(doc, 'div', { class: 'poc-muted', text: t('problems.waiting') }));
      return;
    }
    const diagnostics = handle.diagnostics();
    const c = completion(handle.model(), template);
    // Typing rarely changes the findings: compare their content, not the array, before touching the DOM.
    const key = `${c.filled}/${c.required}|${[...openNotes].join(',')}|${diagnostics.map((d) => `${d.severity}\u0000${d.code}\u0000${d.message}\u0000${d.location.section ?? ''}\u0000${d.location.block ?? ''}\u0000${d.location.field ?? ''}`).join('\u0001')}`;
    if (key === lastKey) return;
    lastKey = key;

    const pct = c.required ? Math.round((c.filled / c.required) * 100) : 100;
    (meter.firstChild as HTMLElement).style.setProperty('--poc-fill', `${pct}%`);
    meter.setAttribute('role', 'meter');
    meter.setAttribute('aria-valuenow', String(pct));
    meter.setAttribute('aria-label', t('problems.meter'));
    completionText.textContent = t('problems.completion', { filled: c.filled, required: c.required });

    const n = { error: 0, warning: 0, info: 0 };
    for (const d of diagnostics) n[d.severity]++;
    setChildren(
      counts,
      ...(['error', 'warning'] as const).map((s) => h(doc, 'span', { class: `poc-count poc-sev-${s}`, attrs: { 'data-severity': s } }, severityIcon(doc, s), count(n[s], s))),
      n.info
        ? h(doc, 'span', { class: 'poc-count poc-count-info poc-sev-info', attrs: { 'data-severity': 'info' } }, severityIcon(doc, 'info'), count(n.info, 'info'))
        : null,
    );

    const clear = !diagnostics.some((d) => d.severity !== 'info');
    let shown = 0;
    let hidden = 0;
    const groups = groupBySection(diagnostics, template).map((g) => {
      const groupKey = g.section ?? '';
      const notes = g.items.filter((d) => d.severity === 'info');
      const showNotes = openNotes.has(groupKey);
      const wanted = showNotes ? g.items : g.items.filter((d) => d.severity !== 'info');
      const items = wanted.slice(0, Math.max(0, MAX_SHOWN - shown));
      shown += items.length;
      hidden += wanted.length - items.length;
      const notesToggle = notes.length
        ? h(doc, 'button', {
            class: 'poc-link-btn poc-notes-toggle',
            text: t(showNotes ? 'problems.notes.hide' : 'problems.notes.show', { count: notes.length }),
            attrs: { type: 'button', 'aria-expanded': showNotes ? 'true' : 'false' },
            on: {
              click: () => {
                if (showNotes) openNotes.delete(groupKey);
                else openNotes.add(groupKey);
                refresh();
              },
            },
          })
        : null;
      return h(
        doc,
        'div',
        { class: 'poc-problems-group', attrs: { 'data-section': groupKey } },
        h(
          doc,
          'div',
          { class: 'poc-problems-group-title' },
          h(doc, 'span', { text: g.title }),
          g.items.length > notes.length ? h(doc, 'span', { class: 'poc-count-pill', text: String(g.items.length - notes.length), title: t('problems.pill', { count: g.items.length - notes.length }) }) : null,
        ),
        ...items.map((d) =>
          h(
            doc,
            'button',
            {
              class: `poc-problem poc-sev-${d.severity}`,
              attrs: { type: 'button', 'data-code': d.code, 'data-section': d.location.section, 'data-block': d.location.block, 'data-field': d.location.field },
              on: { click: () => handle.jumpTo(d.location) },
            },
            severityIcon(doc, d.severity),
            h(doc, 'span', { class: 'poc-problem-message', text: d.message }),
            locationLabel(d, template) ? h(doc, 'span', { class: 'poc-problem-where', text: locationLabel(d, template) }) : null,
          ),
        ),
        notesToggle,
      );
    });
    setChildren(list, clear ? h(doc, 'div', { class: 'poc-all-clear', text: t('problems.none') }) : null, ...groups, hidden > 0 ? h(doc, 'div', { class: 'poc-muted', text: t('problems.more', { count: hidden }) }) : null);
  };

  const unsubscribe = handle.subscribe(refresh);
  refresh();
  return {
    el,
    refresh,
    destroy() {
      unsubscribe();
      el.remove();
    },
  };
}
