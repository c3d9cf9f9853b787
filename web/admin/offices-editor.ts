/**
 * Choosing the offices a person or a team holds, each for a scope: the
 * office from the templates' sign-off roles (by label), and where it
 * applies — the whole mission, an area ("Sector North", as the documents'
 * area field names it) or specific documents (ids). The holdings are listed
 * in words with a Remove button each; nothing is sent until the page saves
 * them, so a person can compose a change and save it once.
 */
import { h } from '../../editor/dom.js';
import type { OfficeHolding } from '../../shared/signoff/offices.js';
import { sameHolding } from '../../shared/signoff/offices.js';
import { button, errorSummary, type Field, selectField, textField } from './admin-form.js';
import { holdingWords } from './admin-words.js';
import { labeller, type OfficeRole } from './office-roles.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** An offices editor on a page. */
export interface OfficesEditor {
  element: HTMLElement;
  /** The holdings as composed now. */
  value(): OfficeHolding[];
  /** Shows these holdings (after a save, the server's answer). */
  set(holdings: readonly OfficeHolding[]): void;
}

type Scope = 'mission' | 'area' | 'docs';

/** An editor of holdings over `roles`; `idPrefix` keeps its fields' ids unique on the page; `onChange` hears every change. */
export function officesEditor(doc: Document, roles: readonly OfficeRole[], idPrefix: string, initial: readonly OfficeHolding[], onChange: () => void = () => undefined): OfficesEditor {
  let holdings: OfficeHolding[] = [...initial];
  const label = labeller(roles);
  const list = h(doc, 'ul', { class: 'poc-admin-offices' });

  const role = selectField(doc, `${idPrefix}-role`, t('offices.office'), roles.map((r) => [r.role, r.label]));
  const scope = selectField(doc, `${idPrefix}-scope`, t('offices.where'), [
    ['mission', t('offices.wholeMission')],
    ['area', t('offices.anArea')],
    ['docs', t('offices.someDocuments')],
  ]);
  const area = textField(doc, `${idPrefix}-area`, t('offices.area'), { hint: t('offices.areaHint') });
  const docs = textField(doc, `${idPrefix}-docs`, t('offices.docs'), { hint: t('offices.docsHint') });
  const summary = errorSummary(doc, t('offices.cannotAdd'));
  const showScope = () => {
    const s = scope.control.value as Scope;
    area.element.hidden = s !== 'area';
    docs.element.hidden = s !== 'docs';
  };
  scope.control.addEventListener('change', showScope);
  showScope();

  const add = () => {
    const fields: Array<Field<HTMLElement>> = [area, docs];
    summary.clear(fields);
    const s = scope.control.value as Scope;
    const holding: OfficeHolding = { role: role.control.value };
    if (s === 'area') {
      const a = area.control.value.trim();
      if (!a) return summary.show([{ field: area, message: t('offices.needArea') }]);
      holding.area = a;
    }
    if (s === 'docs') {
      const ids = docs.control.value.split(',').map((d) => d.trim()).filter(Boolean);
      if (!ids.length) return summary.show([{ field: docs, message: t('offices.needDocs') }]);
      holding.docs = ids;
    }
    if (holdings.some((x) => sameHolding(x, holding))) return summary.show([{ field: role, message: t('offices.already', { holding: holdingWords(holding, label) }) }]);
    holdings.push(holding);
    area.control.value = '';
    docs.control.value = '';
    draw();
    onChange();
    role.control.focus();
  };

  function draw(): void {
    list.replaceChildren(
      ...(holdings.length
        ? holdings.map((x, i) => {
            const words = holdingWords(x, label);
            return h(
              doc,
              'li',
              { attrs: { 'data-holding': words } },
              h(doc, 'span', { text: words }),
              button(
                doc,
                t('form.remove'),
                () => {
                  holdings.splice(i, 1);
                  draw();
                  onChange();
                  (list.querySelector('button') ?? role.control).focus();
                },
                { label: t('offices.removeLabel', { holding: words }) },
              ),
            );
          })
        : [h(doc, 'li', { class: 'poc-admin-muted', text: t('offices.none') })]),
    );
  }
  draw();

  const element = h(
    doc,
    'fieldset',
    { class: 'poc-admin-offices-editor' },
    h(doc, 'legend', { text: t('offices.legend') }),
    list,
    h(
      doc,
      'div',
      { class: 'poc-admin-office-add' },
      summary.element,
      h(doc, 'div', { class: 'poc-admin-row poc-admin-top' }, role.element, scope.element, area.element, docs.element),
      button(doc, t('offices.add'), add),
    ),
  );
  return {
    element,
    value: () => [...holdings],
    set(next) {
      holdings = [...next];
      draw();
    },
  };
}
