import { describe, expect, it } from 'vitest';
import type { EditorContext } from '../../editor/editor-context.js';
import { LiveModel } from '../../editor/live.js';
import { detectTrigger, linkChoices, linkFieldAt } from '../../editor/menus.js';
import { filterItems, fuzzyScore } from '../../editor/popup.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import * as Y from 'yjs';
import { ModelBuilder, p } from '../support/build-model.js';
import { cursorIn, stateOf, template, templates } from './helpers.js';

describe('menu triggers', () => {
  it('opens the insert menu for "/" and a query alone in a section paragraph', () => {
    const state = cursorIn(stateOf(ModelBuilder.of('threat-matrix', 'tm-unit').text('2', '/thr').build()), '/thr');
    expect(detectTrigger(state)).toMatchObject({ kind: 'insert', query: 'thr', to: state.selection.from, from: state.selection.from - 4 });
  });

  it('does not open the insert menu for a slash inside a sentence', () => {
    const state = cursorIn(stateOf(ModelBuilder.of('threat-matrix', 'tm-unit').text('1', 'either/or').build()), 'either/or');
    expect(detectTrigger(state)).toBeUndefined();
  });

  it('does not open the insert menu inside a block field, where blocks cannot go', () => {
    const model = ModelBuilder.of('threat-matrix', 'tm-unit').block('2', 'threat', 'T-1', { populations: [p('/thr')] }).build();
    expect(detectTrigger(cursorIn(stateOf(model), '/thr'))).toBeUndefined();
  });

  it('opens the link picker for "[[" and a query anywhere in text', () => {
    const model = ModelBuilder.of('threat-matrix', 'tm-unit').block('2', 'threat', 'T-1', { populations: [p('see [[raid')] }).build();
    expect(detectTrigger(cursorIn(stateOf(model), 'see [[raid'))).toMatchObject({ kind: 'link', query: 'raid' });
  });
});

describe('the link picker', () => {
  const model = ModelBuilder.of('threat-matrix', 'tm-unit')
    .text('1', 'Overview')
    .block('2', 'threat', 'T-1', { threat: 'Raids on villages', links: [p('x')] })
    .block('2', 'threat', 'T-2', { threat: 'Looting' })
    .build();

  function ctxFor(): EditorContext {
    const ydoc = new Y.Doc();
    writeModel(ydoc, model);
    const live = new LiveModel(ydoc, templates, { today: () => '2026-06-15' }, () => undefined);
    const state = stateOf(model);
    return {
      template: () => template('threat-matrix'),
      snapshot: () => live.snapshot(state.doc),
      options: {
        ydoc,
        templates,
        user: { name: 'T', color: '#000000' },
        linkCandidates: () => [
          { docId: 'ap-1', blockId: 'A-1', type: 'action', title: 'Patrol the road', docTitle: 'Action plan', docType: 'action-plan' },
          { docId: 'str-1', blockId: 'POP-1', type: 'population-at-risk', title: 'Displaced people', docTitle: 'Strategy', docType: 'strategy' },
        ],
      },
    } as unknown as EditorContext;
  }

  it("offers this document's other blocks first, then the host's candidates", () => {
    const state = cursorIn(stateOf(model), 'Overview');
    expect(linkFieldAt(state, template('threat-matrix'))).toBeUndefined();
    expect(linkChoices(ctxFor(), state).map((c) => c.blockId)).toEqual(['T-1', 'T-2', 'A-1', 'POP-1']);
  });

  it("in a link field, offers only the kinds of block the field's targets accept, and never the block itself", () => {
    const state = cursorIn(stateOf(model), 'x');
    expect(linkFieldAt(state, template('threat-matrix'))?.targets).toEqual(['strategy/objective', 'strategy/threat-source', 'action-plan/action']);
    expect(linkChoices(ctxFor(), state).map((c) => c.blockId)).toEqual(['A-1']);
  });

  it('finds a block by a fuzzy query, best match first', () => {
    const items = [{ label: 'T-1 · Raids on villages' }, { label: 'T-2 · Looting' }, { label: 'A-1 · Patrol the road', detail: 'Action plan' }];
    expect(filterItems(items, 'raid').map((i) => i.label)).toEqual(['T-1 · Raids on villages']);
    expect(filterItems(items, 'patrol road')[0].label).toBe('A-1 · Patrol the road');
    expect(fuzzyScore('zzz', 'Raids')).toBe(-1);
  });
});
