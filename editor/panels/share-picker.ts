/**
 * The Share dialog's "Add people or teams" field: a text box with completion
 * from the server's directory, built on the ARIA combobox pattern (a
 * `combobox` input that owns a `listbox` popup, the active option named by
 * `aria-activedescendant`, so focus stays in the text box). Keyboard:
 * ArrowDown/ArrowUp move through the options, Enter chooses, Escape closes
 * the list (a second Escape is the dialog's). Typing after a choice drops
 * it: what is shared is always a person or a team the directory named,
 * never free text.
 */
import type { DirectoryResponse } from '../../shared/api/people.js';
import { h } from '../dom.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { editorShareWords } from '../../shared/i18n/messages/editor-share.js';

const t = uiWords(editorShareWords);

/** A person or a team chosen from the directory. */
export interface PickerChoice {
  kind: 'user' | 'team';
  id: string;
  name: string;
}

/** The field, and what it holds. */
export interface Picker {
  /** The label, text box and list, to place in a form. */
  el: HTMLElement;
  input: HTMLInputElement;
  /** What was chosen from the list, if anything since the last typing. */
  chosen(): PickerChoice | undefined;
  /** Empties the field (after sharing). */
  clear(): void;
}

/** Builds the field; `search` asks the directory, `onChange` hears each choice (or its loss) so the form can offer the right levels. */
export function renderPicker(doc: Document, idBase: string, search: (q: string) => Promise<DirectoryResponse>, onChange: (c: PickerChoice | undefined) => void): Picker {
  const listId = `${idBase}-options`;
  const input = h(doc, 'input', {
    class: 'poc-share-picker-input',
    attrs: { id: `${idBase}-input`, type: 'text', role: 'combobox', autocomplete: 'off', 'aria-autocomplete': 'list', 'aria-expanded': 'false', 'aria-controls': listId, placeholder: t('picker.placeholder') },
  });
  const list = h(doc, 'ul', { class: 'poc-share-options', attrs: { id: listId, role: 'listbox', 'aria-label': t('picker.list'), hidden: true } });
  const hint = h(doc, 'div', { class: 'poc-muted poc-share-picker-hint', attrs: { 'aria-live': 'polite' } });
  let options: PickerChoice[] = [];
  let active = -1;
  let chosen: PickerChoice | undefined;
  // Answers may arrive out of order: only the latest question's is shown.
  let asked = 0;

  const optionId = (i: number) => `${idBase}-option-${i}`;
  const open = () => !list.hidden;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const highlight = (i: number) => {
    active = i;
    list.querySelectorAll('[role="option"]').forEach((li, n) => li.setAttribute('aria-selected', String(n === i)));
    if (i >= 0) {
      input.setAttribute('aria-activedescendant', optionId(i));
      list.children[i]?.scrollIntoView?.({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const choose = (c: PickerChoice) => {
    chosen = c;
    input.value = c.name;
    close();
    hint.textContent = c.kind === 'team' ? t('picker.teamChosen', { name: c.name }) : t('picker.personChosen', { name: c.name });
    onChange(c);
  };
  const show = (found: PickerChoice[], q: string) => {
    options = found;
    list.replaceChildren(
      ...found.map((c, i) =>
        h(
          doc,
          'li',
          {
            class: `poc-share-option is-${c.kind}`,
            attrs: { id: optionId(i), role: 'option', 'aria-selected': 'false' },
            // mousedown would move focus out of the text box and close the list before the click lands.
            on: { mousedown: (e) => e.preventDefault(), click: () => choose(c) },
          },
          h(doc, 'span', { class: 'poc-share-option-name', text: c.name }),
          h(doc, 'span', { class: 'poc-muted poc-share-option-kind', text: c.kind === 'team' ? t('picker.team') : ` · ${c.id}` }),
        ),
      ),
    );
    hint.textContent = found.length ? t('picker.matches', { count: found.length }) : t('picker.noMatch', { query: q });
    if (found.length) {
      list.hidden = false;
      input.setAttribute('aria-expanded', 'true');
      highlight(0);
    } else close();
  };

  input.addEventListener('input', () => {
    if (chosen) {
      chosen = undefined;
      onChange(undefined);
    }
    const q = input.value.trim();
    const mine = ++asked;
    if (!q) {
      close();
      hint.textContent = '';
      return;
    }
    search(q).then(
      (r) => {
        if (mine !== asked) return;
        show([...r.people.map((p) => ({ kind: 'user' as const, id: p.username, name: p.name })), ...r.teams.map((t) => ({ kind: 'team' as const, id: t.id, name: t.name }))], q);
      },
      (e: unknown) => {
        if (mine !== asked) return;
        close();
        hint.textContent = e instanceof Error ? e.message : String(e);
      },
    );
  });
  input.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      if (!options.length) return;
      e.preventDefault();
      if (!open()) {
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      }
      const step = e.key === 'ArrowDown' ? 1 : -1;
      highlight((active + step + options.length) % options.length);
    } else if (e.key === 'Enter' && open() && active >= 0) {
      // Choosing, not submitting the form.
      e.preventDefault();
      choose(options[active]);
    } else if (e.key === 'Escape' && open()) {
      // Closes the list only; the dialog stays open for a second Escape.
      e.preventDefault();
      e.stopPropagation();
      close();
    }
  });
  input.addEventListener('blur', () => close());

  return {
    el: h(
      doc,
      'div',
      { class: 'poc-share-picker' },
      h(doc, 'label', { class: 'poc-share-label', text: t('picker.label'), attrs: { for: `${idBase}-input` } }),
      h(doc, 'div', { class: 'poc-share-combo' }, input, list),
      hint,
    ),
    input,
    chosen: () => chosen,
    clear() {
      chosen = undefined;
      input.value = '';
      hint.textContent = '';
      close();
    },
  };
}
