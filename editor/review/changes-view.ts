/**
 * "What changed" as a reviewer reads it: a summary line, then the changes
 * grouped by section under headings, one list item per change, each field
 * "Likelihood: Possible → Likely". Whether something was added, removed,
 * moved or changed is written in words (and only then coloured), so it
 * reads the same in print, to a screen reader and to a person who does not
 * see colour. Host-agnostic: it takes a Document and plain changes
 * (shared/diff/model-diff.ts).
 */
import { type Change, changeSummary, type FieldChange } from '../../shared/diff/model-diff.js';
import { h } from '../dom.js';
import { interfaceLocale, uiWords } from '../../shared/i18n/interface-locale.js';
import { editorShareWords } from '../../shared/i18n/messages/editor-share.js';

const t = uiWords(editorShareWords);

/** How the view is placed in its page. */
export interface ChangesViewOptions {
  /** The heading level of each section's heading (2 by default: the page's title is the h1). */
  level?: 2 | 3 | 4;
}

const KIND_KEYS = { added: 'changes.added', removed: 'changes.removed', changed: 'changes.changed', moved: 'changes.moved' } as const satisfies Record<Change['kind'], string>;

/** The key a change is grouped under when it is about the whole document (the title and document fields): no section is named so. */
const WHOLE_DOCUMENT = '\u0000whole-document';

function fieldLine(doc: Document, f: FieldChange): HTMLElement {
  return h(
    doc,
    'li',
    { class: 'poc-change-field' },
    h(doc, 'span', { class: 'poc-change-label', text: t('changes.label', { label: f.label }) }),
    h(doc, 'del', { class: 'poc-change-from', text: f.from }),
    // The arrow is for the eye; a screen reader hears "changed to".
    h(doc, 'span', { class: 'poc-change-arrow', text: ' → ', attrs: { 'aria-hidden': 'true' } }),
    h(doc, 'span', { class: 'poc-sr-only', text: t('changes.changedTo') }),
    h(doc, 'ins', { class: 'poc-change-to', text: f.to }),
  );
}

function what(doc: Document, c: Change): Array<Node | string> {
  if (c.block) {
    const parts: Array<Node | string> = [h(doc, 'strong', { class: 'poc-change-block', text: c.block }), ` ${c.title && c.title !== c.block ? `“${c.title}”` : ''}`];
    if (c.kind === 'moved' && c.fromSection) parts.push(t('changes.from', { section: c.fromSection }));
    return parts;
  }
  if (c.section && !c.fields) return [t('changes.section', { name: c.sectionName ?? c.section })];
  if (c.section) return [t('changes.text')];
  return [c.fields?.[0]?.field === 'title' ? t('changes.title') : t('changes.fields')];
}

function item(doc: Document, c: Change): HTMLElement {
  const li = h(doc, 'li', { class: `poc-change is-${c.kind}`, attrs: { 'data-block': c.block, 'data-section': c.section } });
  li.append(h(doc, 'span', { class: 'poc-change-kind', text: t(KIND_KEYS[c.kind]) }), ...what(doc, c));
  // A section's text and the title read best as one from → to line; a block or the document fields as a list.
  const fields = c.fields ?? [];
  if (fields.length) li.append(h(doc, 'ul', { class: 'poc-change-fields' }, ...fields.map((f) => fieldLine(doc, f))));
  return li;
}

/** The changes drawn for reading: a summary line and, per section (in the order given), a heading and a list. */
export function changesView(doc: Document, changes: readonly Change[], opts: ChangesViewOptions = {}): HTMLElement {
  const level = opts.level ?? 2;
  const root = h(doc, 'div', { class: 'poc-changes-view' }, h(doc, 'p', { class: 'poc-changes-summary', text: changeSummary(changes, interfaceLocale()) }));
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const key = c.section ? (c.sectionName ?? c.section) : WHOLE_DOCUMENT;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  // The whole document's changes come first, as they read first in the document itself.
  const order = [...groups.keys()].sort((a, b) => (a === WHOLE_DOCUMENT ? -1 : b === WHOLE_DOCUMENT ? 1 : 0));
  for (const name of order)
    root.append(
      h(
        doc,
        'section',
        { class: 'poc-changes-section' },
        h(doc, `h${level}`, { class: 'poc-changes-heading', text: name === WHOLE_DOCUMENT ? t('changes.wholeDocument') : name }),
        h(doc, 'ul', { class: 'poc-changes-list' }, ...(groups.get(name) ?? []).map((c) => item(doc, c))),
      ),
    );
  return root;
}
