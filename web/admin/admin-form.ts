/**
 * Form fields of the administration pages, each with its label and a place
 * for its error, and the summary of a form's errors above it: a field that
 * is wrong says so beside itself (aria-invalid, aria-describedby) and the
 * summary lists every problem with a link that moves focus to the field,
 * so a person using a screen reader or a phone finds what to fix.
 */
import { h } from '../../editor/dom.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** One labelled control and its error. */
export interface Field<C extends HTMLElement = HTMLInputElement> {
  /** The label, the control, its hint and error, together. */
  element: HTMLElement;
  control: C;
  /** Shows (or with null, clears) what is wrong with this field. */
  setError(message: string | null): void;
}

/** Wraps a control with its label, an optional hint, and an error slot. */
function wrap<C extends HTMLElement>(doc: Document, control: C, label: string, hint?: string): Field<C> {
  const id = control.id;
  const error = h(doc, 'p', { class: 'poc-admin-field-error', attrs: { id: `${id}-error` } });
  const hintEl = hint ? h(doc, 'p', { class: 'poc-admin-hint', text: hint, attrs: { id: `${id}-hint` } }) : null;
  const describe = (withError: boolean) => [hint ? `${id}-hint` : '', withError ? `${id}-error` : ''].filter(Boolean).join(' ');
  if (hint) control.setAttribute('aria-describedby', describe(false));
  const element = h(doc, 'div', { class: 'poc-admin-field' }, h(doc, 'label', { text: label, attrs: { for: id } }), control, hintEl, error);
  return {
    element,
    control,
    setError(message) {
      error.textContent = message ?? '';
      if (message) control.setAttribute('aria-invalid', 'true');
      else control.removeAttribute('aria-invalid');
      const d = describe(!!message);
      if (d) control.setAttribute('aria-describedby', d);
      else control.removeAttribute('aria-describedby');
    },
  };
}

/** A text field (or email, search…) with its label. */
export function textField(doc: Document, id: string, label: string, opts: { type?: string; value?: string; hint?: string; required?: boolean; autocomplete?: string; list?: string } = {}): Field {
  const control = h(doc, 'input', {
    attrs: { id, type: opts.type ?? 'text', autocomplete: opts.autocomplete ?? 'off', required: opts.required, list: opts.list, spellcheck: 'false' },
  });
  control.value = opts.value ?? '';
  return wrap(doc, control, label, opts.hint);
}

/** A choice among options ([value, label] pairs). */
export function selectField(doc: Document, id: string, label: string, options: Array<[string, string]>, value?: string, hint?: string): Field<HTMLSelectElement> {
  const control = h(doc, 'select', { attrs: { id } }, ...options.map(([v, text]) => h(doc, 'option', { text, attrs: { value: v } })));
  // Only a value that is one of the options: any other leaves the select showing nothing.
  if (value !== undefined && options.some(([v]) => v === value)) control.value = value;
  return wrap(doc, control, label, hint);
}

/** A checkbox with its label after it. */
export function checkField(doc: Document, id: string, label: string, checked = false): Field {
  const control = h(doc, 'input', { attrs: { id, type: 'checkbox' } });
  control.checked = checked;
  const element = h(doc, 'div', { class: 'poc-admin-check' }, control, h(doc, 'label', { text: label, attrs: { for: id } }));
  return { element, control, setError: () => undefined };
}

/** A problem with one field, as the summary lists it. */
export interface Problem {
  field: Field<HTMLElement>;
  message: string;
}

/** The summary of a form's problems: shown above the form, focused when it appears. */
export function errorSummary(doc: Document, heading = t('form.correct')): { element: HTMLElement; show(problems: Problem[]): boolean; clear(fields: Array<Field<HTMLElement>>): void } {
  const element = h(doc, 'div', { class: 'poc-admin-summary', attrs: { role: 'alert', tabindex: '-1', hidden: true } });
  return {
    element,
    /** Shows the problems at their fields and in the summary (focused); answers whether there were any. */
    show(problems) {
      for (const p of problems) p.field.setError(p.message);
      if (!problems.length) {
        element.hidden = true;
        element.replaceChildren();
        return false;
      }
      element.replaceChildren(
        h(doc, 'h2', { text: heading }),
        h(
          doc,
          'ul',
          {},
          ...problems.map((p) =>
            h(
              doc,
              'li',
              {},
              h(doc, 'a', {
                text: p.message,
                attrs: { href: `#${p.field.control.id}`, 'data-field': p.field.control.id },
                on: {
                  click: (e) => {
                    e.preventDefault();
                    p.field.control.focus();
                  },
                },
              }),
            ),
          ),
        ),
      );
      element.hidden = false;
      element.focus();
      return true;
    },
    clear(fields) {
      for (const f of fields) f.setError(null);
      element.hidden = true;
      element.replaceChildren();
    },
  };
}

/** A button of the page (type=button unless `submit`). */
export function button(doc: Document, text: string, onClick?: (e: MouseEvent) => void, opts: { cls?: string; submit?: boolean; label?: string } = {}): HTMLButtonElement {
  return h(doc, 'button', {
    class: opts.cls ?? '',
    text,
    attrs: { type: opts.submit ? 'submit' : 'button', 'aria-label': opts.label },
    on: onClick ? { click: onClick } : {},
  });
}

/** Runs `work` with `control` disabled, so a slow server is not asked twice. */
export async function busy<T>(control: HTMLButtonElement, work: () => Promise<T>): Promise<T> {
  control.disabled = true;
  try {
    return await work();
  } finally {
    control.disabled = false;
  }
}
