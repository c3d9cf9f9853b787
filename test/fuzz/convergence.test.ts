/**
 * Convergence under any interleaving: 2–5 clients editing one threat matrix
 * concurrently, their messages delivered in random order, with random
 * disconnects (in-flight messages lost, edits made offline) and reconnects.
 * Once everyone is reconnected and every message delivered, every client
 * and the relay hold the same document, read the same model, and get the
 * same validation result.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocModel } from '../../shared/model/types.js';
import { TemplateSet } from '../../shared/template/set.js';
import { validate } from '../../shared/validate/index.js';
import { toModel, writeModel } from '../../shared/ydoc/layout.js';
import { largeDocModel } from '../support/generate.js';
import { applyEdit, arbitraryEdit, type Edit } from './edits.js';
import { Network } from './network.js';

const templates = TemplateSet.builtin();
const template = templates.get('threat-matrix');
const TODAY = '2026-06-15';

/** The shared starting point: a small, filled threat matrix. */
function initialUpdate(): Uint8Array {
  const doc = new Y.Doc();
  writeModel(doc, largeDocModel(template, { blocks: 3, words: 60, id: 'tm-fuzz' }));
  return Y.encodeStateAsUpdate(doc);
}
const INITIAL = initialUpdate();

type Step =
  | { kind: 'edit'; client: number; edit: Edit }
  | { kind: 'deliver'; client: number; dir: 'up' | 'down' }
  | { kind: 'disconnect'; client: number }
  | { kind: 'reconnect'; client: number };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('edit' as const), client: fc.nat(4), edit: arbitraryEdit }) },
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('deliver' as const), client: fc.nat(4), dir: fc.constantFrom('up' as const, 'down' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('disconnect' as const), client: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('reconnect' as const), client: fc.nat(4) }) },
);

const scenario = fc.record({ clients: fc.integer({ min: 2, max: 5 }), steps: fc.array(step, { maxLength: 80 }) });

/** Runs a scenario to the end and settles the network. */
function play(clients: number, steps: readonly Step[]): Network {
  const net = new Network(clients, INITIAL);
  for (const s of steps) {
    const c = s.client % clients;
    if (s.kind === 'edit') applyEdit(net.docs[c], s.edit);
    else if (s.kind === 'deliver') net.deliver(c, s.dir);
    else if (s.kind === 'disconnect') net.disconnect(c);
    else net.reconnect(c);
  }
  net.settle();
  return net;
}

function read(doc: Y.Doc): { model: DocModel; diagnostics: ReturnType<typeof validate> } {
  const { model, problems } = toModel(doc, templates);
  return { model, diagnostics: validate(model, template, { today: TODAY, problems }) };
}

describe('concurrent editing with random delivery order and disconnects', () => {
  it('leaves every client with the same Yjs state as the relay', () => {
    fc.assert(
      fc.property(scenario, ({ clients, steps }) => {
        const net = play(clients, steps);
        const want = Y.encodeStateVector(net.server);
        for (const d of net.docs) {
          expect(Y.encodeStateVector(d)).toEqual(want);
          expect(d.getXmlFragment('body').toJSON()).toEqual(net.server.getXmlFragment('body').toJSON());
        }
      }),
      { numRuns: 150 },
    );
  });

  it('gives every client the same document model and the same validation result', () => {
    fc.assert(
      fc.property(scenario, ({ clients, steps }) => {
        const net = play(clients, steps);
        const want = read(net.server);
        for (const d of net.docs) {
          const got = read(d);
          expect(got.model).toEqual(want.model);
          expect(got.diagnostics).toEqual(want.diagnostics);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('keeps an edit made while offline once the client reconnects', () => {
    // One fixed case, as a readable example of what the properties above cover.
    const net = new Network(2, INITIAL);
    net.disconnect(0);
    applyEdit(net.docs[0], { kind: 'meta', key: 'title', value: 'North Kivu' });
    applyEdit(net.docs[1], { kind: 'docField', name: 'office', value: 'Goma' });
    net.settle();
    for (const d of [...net.docs, net.server]) {
      expect(read(d).model.meta).toMatchObject({ title: 'North Kivu', fields: expect.objectContaining({ office: 'Goma' }) });
    }
  });
});
