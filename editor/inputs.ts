/**
 * Controls for short fields (held in block attributes): text and person
 * inputs, enum selects, RED/ORANGE/GREEN chips, 1–5 rating pickers, dates
 * and yes/no toggles. Each reports a new value through `onChange` (which
 * dispatches a ProseMirror transaction) and reflects remote changes through
 * `set`. Every control is a keyboard stop (`data-stop`): Tab moves between
 * fields, Enter in a text field asks for a new row, and pickers take
 * arrows, digits and Delete.
 */
import type { FieldSpec } from '../shared/template/template-schema.js';
import { isTrafficLight, ratingWordOf } from './blocks.js';
import { h, setAttr, toggleClass } from './dom.js';
import { type CaretKeeper, showValue, trackCaret } from './short-text.js';
import { uiWords } from '../shared/i18n/interface-locale.js';
import { editorWords } from '../shared/i18n/messages/editor.js';

const t = uiWords(editorWords);

export type ShortValue = string | number | boolean | null;

/** A field control. */
export interface Control {
  /** The element to place (an input, a select or a group). */
  el: HTMLElement;
  /** Shows a value from the document. */
  set(value: unknown): void;
  /** Marks the control with a problem message, or clears the mark. */
  setProblem(message: string | undefined): void;
  /** Focuses the control. */
  focus(): void;
}

export interface ControlEnv {
  doc: Document;
  readOnly: boolean;
  /** Moves focus to the next/previous stop; true when it moved. */
  moveFocus(from: Element, dir: 1 | -1): boolean;
  /** Enter in a text field: e.g. add a new row after this block. */
  onEnter?: () => void;
  /** For a short text field bound to shared text: keeps the person's caret where they type when others change the value. */
  caret?: CaretKeeper;
}

function keys(env: ControlEnv, el: HTMLElement, e: KeyboardEvent, enter: boolean): void {
  if (e.key === 'Tab' && !e.altKey && !e.ctrlKey && !e.metaKey) {
    if (env.moveFocus(el, e.shiftKey ? -1 : 1)) e.preventDefault();
  } else if (enter && e.key === 'Enter' && !e.shiftKey && !e.isComposing && env.onEnter) {
    e.preventDefault();
    env.onEnter();
  }
}

function stop(el: HTMLElement, spec: FieldSpec): void {
  el.dataset.stop = 'field';
  el.dataset.field = spec.name;
}

function marker(el: HTMLElement, base: string) {
  return (message: string | undefined) => {
    toggleClass(el, 'poc-invalid', message !== undefined);
    setAttr(el, 'aria-invalid', message !== undefined ? 'true' : null);
    setAttr(el, 'title', message ?? base);
  };
}

/** A control for a short field of a block or of the document. */
export function createControl(env: ControlEnv, spec: FieldSpec, value: unknown, onChange: (v: ShortValue) => void): Control {
  let c: Control;
  switch (spec.kind) {
    case 'enum':
      c = isTrafficLight(spec) ? chips(env, spec, onChange) : select(env, spec, onChange);
      break;
    case 'rating':
      c = rating(env, spec, onChange);
      break;
    case 'boolean':
      c = toggle(env, spec, onChange);
      break;
    case 'date':
      c = textInput(env, spec, onChange, 'date');
      break;
    default:
      c = textInput(env, spec, onChange, 'text');
  }
  c.el.classList.add('poc-control', `poc-control-${spec.kind}`);
  c.set(value);
  return c;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

function textInput(env: ControlEnv, spec: FieldSpec, onChange: (v: ShortValue) => void, type: 'text' | 'date'): Control {
  const input = h(env.doc, 'input', {
    class: 'poc-input',
    attrs: { type, placeholder: spec.kind === 'person' ? t('input.person', { label: spec.label }) : spec.label, 'aria-label': spec.label, spellcheck: type === 'text' ? 'true' : undefined },
  });
  input.readOnly = env.readOnly;
  stop(input, spec);
  const base = spec.guidance ?? spec.label;
  input.title = base;
  input.addEventListener('input', () => onChange(input.value));
  trackCaret(input, env.caret);
  input.addEventListener('keydown', (e) => keys(env, input, e, true));
  return {
    el: input,
    set(value) {
      const v = typeof value === 'string' || typeof value === 'number' ? String(value) : '';
      // A stored date that is not YYYY-MM-DD is shown as typed, so nothing is hidden.
      if (type === 'date') input.type = v === '' || ISO.test(v) ? 'date' : 'text';
      // Someone else changed the value: the caret stays between the same characters.
      showValue(input, v, env.caret);
    },
    setProblem: marker(input, base),
    focus: () => input.focus(),
  };
}

function select(env: ControlEnv, spec: FieldSpec, onChange: (v: ShortValue) => void): Control {
  const el = h(env.doc, 'select', { class: 'poc-select', attrs: { 'aria-label': spec.label } });
  el.disabled = env.readOnly;
  stop(el, spec);
  const blank = h(env.doc, 'option', { text: t('input.choose', { label: spec.label }), attrs: { value: '' } });
  el.append(blank);
  for (const v of spec.values ?? []) el.append(h(env.doc, 'option', { text: v.label, title: v.guidance, attrs: { value: v.value } }));
  let unknown: HTMLOptionElement | undefined;
  el.addEventListener('change', () => onChange(el.value || null));
  el.addEventListener('keydown', (e) => keys(env, el, e, false));
  const base = spec.guidance ?? spec.label;
  return {
    el,
    set(value) {
      const v = typeof value === 'string' ? value : '';
      unknown?.remove();
      unknown = undefined;
      if (v && !(spec.values ?? []).some((x) => x.value === v)) {
        // A value the template does not list (an older template, a hand edit): shown, so it can be seen and changed.
        unknown = h(env.doc, 'option', { text: t('input.unlisted', { value: v }), attrs: { value: v } });
        el.append(unknown);
      }
      if (el.value !== v) el.value = v;
      toggleClass(el, 'poc-empty-value', v === '');
      // Lets the theme colour a status (done, blocked…) like a chip.
      setAttr(el, 'data-value', v || null);
      el.title = (spec.values ?? []).find((x) => x.value === v)?.guidance ?? base;
    },
    setProblem: marker(el, base),
    focus: () => el.focus(),
  };
}

/**
 * A group of buttons where one is chosen (the WAI-ARIA radio group), with a
 * roving tab stop. Arrows only move focus between the choices, so a person
 * exploring by keyboard changes nothing; Space or Enter (or a digit, for
 * ratings) chooses, Delete clears. Tab leaves the group from the focused choice.
 */
function buttonGroup(
  env: ControlEnv,
  spec: FieldSpec,
  options: Array<{ value: string | number; text: string; cls: string; title: string }>,
  onChange: (v: ShortValue) => void,
  digits: boolean,
): Control {
  const group = h(env.doc, 'span', { class: 'poc-group', attrs: { role: 'radiogroup', 'aria-label': spec.label } });
  let current: string | number | null = null;
  const buttons = options.map((o) =>
    h(env.doc, 'button', {
      class: `poc-group-btn ${o.cls}`,
      text: o.text,
      title: t(digits ? 'input.choice.digits' : 'input.choice', { choice: o.title }),
      attrs: { type: 'button', role: 'radio', 'aria-checked': 'false', 'data-value': String(o.value), disabled: env.readOnly },
    }),
  );
  group.append(...buttons);
  const choose = (v: string | number | null) => {
    if (v === current) return;
    onChange(v);
  };
  const indexOf = (v: string | number | null) => options.findIndex((o) => o.value === v);
  /** Makes button `i` the group's one tab stop (and keyboard stop). */
  const rove = (i: number) =>
    buttons.forEach((b, k) => {
      b.tabIndex = k === i ? 0 : -1;
      if (k === i) stop(b, spec);
      else {
        delete b.dataset.stop;
        delete b.dataset.field;
      }
    });
  const moveTo = (i: number) => {
    const next = Math.max(0, Math.min(options.length - 1, i));
    rove(next);
    buttons[next].focus();
  };
  // Once focus leaves the group, its tab stop is the chosen button again (or the first).
  group.addEventListener('focusout', (e) => {
    if (!group.contains(e.relatedTarget as Node | null)) rove(Math.max(0, indexOf(current)));
  });
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => choose(options[i].value === current ? null : options[i].value));
    b.addEventListener('keydown', (e) => {
      if (e.key === 'ArrowRight' || e.key === 'ArrowUp') {
        e.preventDefault();
        moveTo(i + 1);
      } else if (e.key === 'ArrowLeft' || e.key === 'ArrowDown') {
        e.preventDefault();
        moveTo(i - 1);
      } else if (e.key === 'Home' || e.key === 'End') {
        e.preventDefault();
        moveTo(e.key === 'Home' ? 0 : options.length - 1);
      } else if (e.key === 'Delete' || e.key === 'Backspace' || (digits && e.key === '0')) {
        e.preventDefault();
        choose(null);
      } else if (digits && /^[1-9]$/.test(e.key) && indexOf(Number(e.key)) >= 0) {
        e.preventDefault();
        choose(Number(e.key));
        moveTo(indexOf(Number(e.key)));
      } else keys(env, b, e, false);
    });
  });
  const base = spec.guidance ?? spec.label;
  group.title = base;
  const c: Control = {
    el: group,
    set(value) {
      current = options.some((o) => o.value === value) ? (value as string | number) : null;
      const at = indexOf(current);
      buttons.forEach((b, i) => {
        setAttr(b, 'aria-checked', i === at ? 'true' : 'false');
        toggleClass(b, 'is-active', i === at);
      });
      // While a person moves through the choices, the stop stays where they are; otherwise it is the chosen one.
      if (!group.contains(env.doc.activeElement)) rove(at < 0 ? 0 : at);
    },
    setProblem: marker(group, base),
    focus: () => (buttons.find((b) => b.tabIndex === 0) ?? buttons[0]).focus(),
  };
  return c;
}

function rating(env: ControlEnv, spec: FieldSpec, onChange: (v: ShortValue) => void): Control {
  const options = [1, 2, 3, 4, 5].map((n) => {
    const words = ratingWordOf(spec.name, n);
    return { value: n, text: String(n), cls: `poc-rate-${n}`, title: words ? t('input.rating.words', { label: spec.label, n, words }) : t('input.rating', { label: spec.label, n }) };
  });
  const c = buttonGroup(env, spec, options, onChange, true);
  c.el.classList.add('poc-rating');
  return c;
}

function chips(env: ControlEnv, spec: FieldSpec, onChange: (v: ShortValue) => void): Control {
  const options = (spec.values ?? []).map((v) => ({ value: v.value, text: v.label.toUpperCase(), cls: `poc-chip-${v.value}`, title: v.guidance ?? v.label }));
  const c = buttonGroup(env, spec, options, onChange, false);
  c.el.classList.add('poc-traffic');
  return c;
}

function toggle(env: ControlEnv, spec: FieldSpec, onChange: (v: ShortValue) => void): Control {
  const b = h(env.doc, 'button', { class: 'poc-toggle', text: spec.label, attrs: { type: 'button', 'aria-pressed': 'false', disabled: env.readOnly } });
  stop(b, spec);
  let on = false;
  b.addEventListener('click', () => onChange(on ? null : true));
  b.addEventListener('keydown', (e) => keys(env, b, e, false));
  const base = spec.guidance ?? spec.label;
  b.title = base;
  return {
    el: b,
    set(value) {
      on = value === true;
      setAttr(b, 'aria-pressed', on ? 'true' : 'false');
      toggleClass(b, 'is-active', on);
    },
    setProblem: marker(b, base),
    focus: () => b.focus(),
  };
}
