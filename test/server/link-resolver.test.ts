// The server's link resolver loads only the documents links name, at most a fixed number, and says when it stopped.
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { LinkResolver, linkTarget } from '../../server/docs/link-resolver.js';
import { TemplateSet } from '../../shared/template/set.js';
import type { Locale } from '../../shared/i18n/locale.js';
import { validate } from '../../shared/validate/index.js';
import { writeModel } from '../../shared/ydoc/layout.js';
import { filledModel, link, links, ModelBuilder, withoutBlockLinks } from '../support/build-model.js';

const templates = TemplateSet.builtin();

/** A store of action plans "ap-0" … "ap-9", each with action A-1, that records which ones were loaded. */
function store() {
  const loaded: string[] = [];
  const resolver = (limit: number) =>
    new LinkResolver(
      {
        templates,
        exists: async (id) => /^ap-\d$/.test(id),
        canRead: async () => true,
        withDoc: async (id, fn) => {
          loaded.push(id);
          const doc = new Y.Doc();
          writeModel(doc, ModelBuilder.of('action-plan', id).block('1', 'action', 'A-1', { task: 'Patrol' }).build());
          return fn(doc);
        },
      },
      limit,
    );
  return { loaded, resolver };
}

/** Validates a threat matrix linking to `refs` with `r`, loading what it asks for between runs, as the server does. */
async function check(r: LinkResolver, ...refs: ReturnType<typeof link>[]) {
  return checkIn('en', r, ...refs);
}

/** As `check`, with the messages in `locale`. */
async function checkIn(locale: Locale, r: LinkResolver, ...refs: ReturnType<typeof link>[]) {
  const b = withoutBlockLinks(filledModel(templates.get('threat-matrix')));
  for (const threat of b.blocks('threat')) b.setFields(threat.id, { links: links(...refs) });
  const model = b.build();
  for (;;) {
    const found = validate(model, templates.get('threat-matrix'), { today: '2026-06-15', locale, ...r.context() });
    if (!r.hasWanted()) return r.finish(found, locale);
    await r.fetchWanted();
  }
}

describe('LinkResolver', () => {
  it('loads only the documents the links name, each once', async () => {
    const { loaded, resolver } = store();
    await check(resolver(50), link('ap-1', 'A-1'), link('ap-1', 'A-2'), link('ap-3', 'A-1'));
    expect(loaded.sort()).toEqual(['ap-1', 'ap-3']);
  });

  it('beyond its limit it loads no more and warns that links were not checked instead of calling them dangling', async () => {
    const { loaded, resolver } = store();
    const diagnostics = await check(resolver(2), link('ap-1', 'A-1'), link('ap-2', 'A-1'), link('ap-3', 'A-9'), link('ap-4', 'A-9'));
    expect(loaded).toHaveLength(2);
    expect(diagnostics.filter((d) => d.code === 'link-unresolved')).toEqual([]);
    expect(diagnostics).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'links-not-checked', severity: 'warning' })]));
  });

  it('beyond its limit it calls no link dangling in French either, where messages quote documents « like this »', async () => {
    const { resolver } = store();
    const diagnostics = await checkIn('fr', resolver(2), link('ap-1', 'A-1'), link('ap-2', 'A-1'), link('ap-3', 'A-9'), link('ap-4', 'A-9'));
    expect(diagnostics.filter((d) => d.code === 'link-unresolved')).toEqual([]);
  });

  it('says in French which documents were not checked, naming them « like this »', async () => {
    const { resolver } = store();
    const diagnostics = await checkIn('fr', resolver(1), link('ap-1', 'A-1'), link('ap-2', 'A-9'), link('ap-3', 'A-9'));
    const warning = diagnostics.find((d) => d.code === 'links-not-checked');
    expect(warning?.message).toBe(
      "Ce document contient des liens vers plus de 1 autres documents\u00a0; les liens vers «\u00a0ap-2\u00a0», «\u00a0ap-3\u00a0» n'ont donc pas été vérifiés. Vérifiez-les à la main, ou scindez le document.",
    );
  });

  it('counts the documents it does not name beyond the first five', async () => {
    const { resolver } = store();
    const refs = [0, 1, 2, 3, 4, 5, 6, 7, 8].map((n) => link(`ap-${n}`, 'A-9'));
    const diagnostics = await check(resolver(1), ...refs);
    expect(diagnostics.find((d) => d.code === 'links-not-checked')?.message).toMatch(/links into "ap-\d", "ap-\d", "ap-\d", "ap-\d", "ap-\d" and 3 more were not checked/);
  });

  it('drops a dangling-link finding by the document it names, not by its wording', async () => {
    const { resolver } = store();
    const found = await check(resolver(50), link('ap-1', 'A-9'));
    const dangling = found.filter((d) => d.code === 'link-unresolved');
    expect(dangling.map((d) => d.targetDoc)).toEqual(dangling.map(() => 'ap-1'));
    expect(dangling.length).toBeGreaterThan(0);
    const r = resolver(1);
    // The same finding reworded: the resolver still knows which document it concerns.
    const reworded = dangling.map((d) => ({ ...d, targetDoc: 'ap-7', message: 'reworded' }));
    await check(r, link('ap-1', 'A-1'), link('ap-7', 'A-1'));
    expect(r.finish(reworded).filter((d) => d.code === 'link-unresolved')).toEqual([]);
  });

  it('a document the reader cannot read yields block and document types but no titles', () => {
    const doc = new Y.Doc();
    writeModel(doc, ModelBuilder.of('action-plan', 'ap-secret').meta({ title: 'Covert Plan Zulu' }).block('1', 'action', 'A-1', { task: 'Escort convoy' }).build());
    const target = linkTarget(doc, templates, false)!;
    expect(target.doc).toEqual({ type: 'action-plan' });
    expect(target.blocks.get('A-1')).toEqual({ type: 'action', docType: 'action-plan' });
    expect(linkTarget(doc, templates, true)!.blocks.get('A-1')?.title).toBe('Escort convoy');
  });

  it('a block whose title field is blank is titled as the editor titles it: by its first short text field', () => {
    const doc = new Y.Doc();
    writeModel(doc, ModelBuilder.of('action-plan', 'ap-untitled').block('1', 'action', 'A-1', { task: '  ', leadComponent: 'UNPOL' }).build());
    expect(linkTarget(doc, templates, true)!.blocks.get('A-1')?.title).toBe('UNPOL');
  });
});
