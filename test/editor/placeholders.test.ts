import type { Decoration } from 'prosemirror-view';
import { describe, expect, it } from 'vitest';
import { placeholderDecorations } from '../../editor/placeholders.js';
import { ModelBuilder, p } from '../support/build-model.js';
import { stateOf, template } from './helpers.js';

const tm = template('threat-matrix');

/** The placeholder texts and empty-section widgets of a model, in document order. */
function placeholders(model: ReturnType<ModelBuilder['build']>): string[] {
  const doc = stateOf(model).doc;
  const set = placeholderDecorations(doc, tm, (sid) => () => Object.assign({}, { sid }) as unknown as HTMLElement);
  return set.find().map((d: Decoration) => {
    const attrs = (d as unknown as { type: { attrs?: Record<string, string>; spec?: { key?: string } } }).type;
    return attrs.attrs?.['data-placeholder'] ?? `widget:${d.spec.key as string}`;
  });
}

describe('guidance placeholders', () => {
  it('draw an empty section as a widget with its guidance, never as content', () => {
    expect(placeholders(ModelBuilder.of('threat-matrix', 'tm-unit').section('1').build())).toEqual(['widget:empty-1']);
  });

  it("show a section's guidance in its one empty paragraph", () => {
    expect(placeholders(ModelBuilder.of('threat-matrix', 'tm-unit').section('1', p()).build())).toEqual([tm.sections[0].guidance]);
  });

  it("show a field's guidance in its empty rich text, and a link field's hint to type [[", () => {
    // Empty fields are absent from the model, so build the field nodes the editor creates for a new block.
    const { schema } = stateOf(ModelBuilder.of('threat-matrix', 'tm-unit').build());
    const fields = ['populations', 'links'].map((name) => schema.nodes.field.create({ name }, schema.nodes.paragraph.create()));
    const doc = schema.nodes.doc.create(null, schema.nodes.section.create({ sid: '2' }, schema.nodes.block.create({ type: 'threat', bid: 'T-1' }, fields)));
    const texts = placeholderDecorations(doc, tm, () => undefined)
      .find()
      .map((d) => (d as unknown as { type: { attrs: Record<string, string> } }).type.attrs['data-placeholder']);
    const populations = tm.blockTypes[0].fields.find((f) => f.name === 'populations')!;
    expect(texts).toEqual([populations.guidance, expect.stringMatching(/Type \[\[ to link\.$/)]);
  });

  it('show nothing where there is text', () => {
    expect(placeholders(ModelBuilder.of('threat-matrix', 'tm-unit').text('1', 'Written.').build())).toEqual([]);
  });
});
