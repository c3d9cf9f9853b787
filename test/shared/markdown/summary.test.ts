// Summary properties (issue 15): a mirror written for the vault carries a few derived numbers and dates for Bases and Dataview; they never enter the document, so they can never make a sign-off stale.
import { beforeAll, describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown, SUMMARY_KEYS, toMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel } from '../../../shared/model/types.js';
import { ACTION_PLAN, blockOf, copy, demoModels, NORTH, RESOURCES, STRATEGY, templates } from '../picture/demo.js';

let models: Map<string, DocModel>;
beforeAll(async () => {
  models = await demoModels();
});

const write = (m: DocModel, summary = true) => toMarkdown(m, templates.get(m.meta.type), { summary });
const frontmatter = (text: string) => text.slice(0, text.indexOf('\n---\n', 4));
const read = (text: string) => {
  const r = parseMarkdown(text, templates, 'note.md');
  if (!r.ok) throw new Error(r.error.message);
  return r.model;
};

describe('what is written', () => {
  test("a threat matrix's mirror says how many threats it has, how many are priorities and imminent, its top risk and its next review", () => {
    expect(frontmatter(write(models.get(NORTH)!))).toContain(
      ['picture-threats: 9', 'picture-threats-priority: 4', 'picture-threats-imminent: 2', 'picture-top-risk: 20', 'picture-next-review: 2026-11-27'].join('\n'),
    );
  });

  test("an action plan's mirror says how many actions are not done", () => {
    const plan = models.get(ACTION_PLAN)!;
    const open = plan.sections.flatMap((s) => s.content).filter((b) => b.t === 'block' && b.type === 'action' && b.fields.status !== 'done').length;
    expect(frontmatter(write(plan))).toContain(`picture-actions-open: ${open}`);
  });

  test("a resources matrix's mirror counts its RED rows", () => {
    expect(frontmatter(write(models.get(RESOURCES)!))).toContain('picture-red-gaps: 2');
  });

  test("a strategy's mirror gives its next review date", () => {
    expect(frontmatter(write(models.get(STRATEGY)!))).toContain('picture-next-review: 2027-06-15');
  });

  test('the properties follow the content: rating a threat higher changes the counts', () => {
    const north = copy(models.get(NORTH)!);
    Object.assign(blockOf(north, 'T-7').fields, { likelihood: 5, impact: 5, imminent: true });
    expect(frontmatter(write(north))).toMatch(/picture-threats-priority: 5\npicture-threats-imminent: 3\npicture-top-risk: 25/);
  });

  test('without the summary option (a new file from "poc new", an export) no summary property is written', () => {
    const text = write(models.get(NORTH)!, false);
    for (const key of Object.values(SUMMARY_KEYS)) expect(text).not.toContain(`${key}:`);
  });
});

describe('they never enter the document', () => {
  test('a mirror with summary properties reads back to the same model as one without', () => {
    for (const m of models.values()) expect(read(write(m))).toEqual(read(write(m, false)));
  });

  test('the content hash a sign-off is bound to is the same with or without them', () => {
    const m = models.get(NORTH)!;
    expect(contentHash(read(write(m)))).toBe(contentHash(m));
  });

  test('a summary value edited by hand is not read, and the next write puts the true value back', () => {
    const m = models.get(NORTH)!;
    const edited = write(m).replace('picture-threats: 9', 'picture-threats: 99');
    const back = read(edited);
    expect(back).toEqual(read(write(m)));
    expect(write(back)).toContain('picture-threats: 9\n');
  });

  test("a note's own property of a summary's name gives way to the summary, and is not kept", () => {
    const m = copy(models.get(NORTH)!);
    m.meta.properties = { 'picture-threats': 'typed by hand', tags: ['poc'] };
    const text = write(m);
    expect(text).toContain('picture-threats: 9\n');
    expect(text).not.toContain('typed by hand');
    expect(read(text).meta.properties).toEqual({ tags: ['poc'] });
  });

  test('no summary key starts with "poc-": a reader that predates them keeps them as note properties, which the content hash leaves out, never as document fields', () => {
    for (const key of Object.values(SUMMARY_KEYS)) expect(key.startsWith('poc-')).toBe(false);
    const m = models.get(NORTH)!;
    expect(contentHash({ ...m, meta: { ...m.meta, properties: { 'picture-threats': 9 } } })).toBe(contentHash(m));
  });
});
