/**
 * Choosing a person by name or username, with completion from the
 * directory (`GET /api/directory`): the browser's own suggestion list (a
 * datalist, which screen readers and phones know), refreshed as one types.
 * What was typed is read back as a username: a username as it is, or a
 * name the directory answered.
 */
import { h } from '../../editor/dom.js';
import type { PeopleApi } from '../../shared/api/people-client.js';
import { type Field, textField } from './admin-form.js';
import { uiWords } from '../../shared/i18n/interface-locale.js';
import { webAdmin } from '../../shared/i18n/messages/web-admin.js';

const t = uiWords(webAdmin);

/** A field that names one person. */
export interface PersonPicker {
  field: Field;
  /** The username chosen, or undefined when what is typed names nobody the directory knows. */
  chosen(): Promise<string | undefined>;
  /** Empties the field. */
  reset(): void;
}

/** A person field with completion; `id` is the input's id. */
export function personPicker(doc: Document, people: PeopleApi, id: string, label: string): PersonPicker {
  const listId = `${id}-list`;
  const field = textField(doc, id, label, { list: listId, hint: t('picker.hint') });
  const options = h(doc, 'datalist', { attrs: { id: listId } });
  field.element.append(options);
  let known: Array<{ username: string; name: string }> = [];
  let asked = 0;

  const lookUp = async (q: string) => {
    const mine = ++asked;
    const answer = await people.directory(q);
    if (mine !== asked) return known;
    known = answer.people;
    options.replaceChildren(...known.map((p) => h(doc, 'option', { text: p.name, attrs: { value: p.username } })));
    return known;
  };
  field.control.addEventListener('input', () => {
    const q = field.control.value.trim();
    if (q) lookUp(q).catch(() => undefined); // completion is a help: typing a username still works without it
  });

  return {
    field,
    async chosen() {
      const typed = field.control.value.trim();
      if (!typed) return undefined;
      const lower = typed.toLowerCase();
      const match = (list: typeof known) => list.find((p) => p.username === lower) ?? list.find((p) => p.name.toLowerCase() === lower);
      return match(known)?.username ?? match(await lookUp(typed))?.username;
    },
    reset() {
      field.control.value = '';
    },
  };
}
