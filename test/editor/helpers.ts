/**
 * Fixtures for the editor's pure logic: editor states built from models
 * (as y-prosemirror would show them), and the model back from a state.
 */
import { EditorState, type Plugin, TextSelection } from 'prosemirror-state';
import type { DocModel } from '../../shared/model/types.js';
import { docToModel, modelToDoc } from '../../shared/prosemirror/convert.js';
import { buildSchema } from '../../shared/prosemirror/prosemirror-schema.js';
import type { Template } from '../../shared/template/load.js';
import { TemplateSet } from '../../shared/template/set.js';
import { ModelBuilder, rich } from '../support/build-model.js';

export const templates = TemplateSet.builtin();
export const schema = buildSchema(templates);

/** The built-in template of a type. */
export function template(type: string): Template {
  return templates.get(type);
}

/** An editor state showing the model's sections. */
export function stateOf(model: DocModel, plugins: Plugin[] = []): EditorState {
  return EditorState.create({ schema, doc: modelToDoc(model, schema), plugins });
}

/** The model of a state's document, with the metadata of `like`. */
export function modelOf(state: EditorState, like: DocModel): DocModel {
  return docToModel(state.doc, like.meta).model;
}

/** A copy of the state with the cursor at the first position whose parent's text contains `text` (at its end when `atEnd`). */
export function cursorIn(state: EditorState, text: string, atEnd = true): EditorState {
  let found: number | undefined;
  state.doc.descendants((node, pos) => {
    if (found !== undefined) return false;
    if (node.isTextblock && node.textContent.includes(text)) found = atEnd ? pos + 1 + node.content.size : pos + 1;
    return true;
  });
  if (found === undefined) throw new Error(`no text block contains "${text}"`);
  return state.apply(state.tr.setSelection(TextSelection.create(state.doc, found)));
}

/** Runs a command on a state and returns the resulting state (throws when the command does not apply). */
export function run(state: EditorState, command: (s: EditorState, d?: (tr: import('prosemirror-state').Transaction) => void) => boolean): EditorState {
  let next: EditorState | undefined;
  const ok = command(state, (tr) => (next = state.apply(tr)));
  if (!ok || !next) throw new Error('the command did not apply');
  return next;
}

/** A small threat matrix: text in section 1, threats T-1 and T-4 in section 2, section 3 empty. */
export function matrix(): ModelBuilder {
  return ModelBuilder.of('threat-matrix', 'tm-unit')
    .text('1', 'Overview text.')
    .block('2', 'threat', 'T-1', { threat: 'Raids on villages', likelihood: 4, impact: 5, populations: rich('Villagers.') })
    .block('2', 'threat', 'T-4', { threat: 'Explosive remnants', likelihood: 2, impact: 3 })
    .section('3');
}
