// An operations brief of template version 1 (the SRSG's decision typed into II.e) read with version 2 (the decision is the SRSG's sign-off): not migrated, but told exactly what to change.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentHash } from '../../../shared/hash/canonical.js';
import { parseMarkdown } from '../../../shared/markdown/index.js';
import type { DocModel, FieldValue } from '../../../shared/model/types.js';
import { TemplateSet } from '../../../shared/template/set.js';
import { link, links, rich } from '../../support/build-model.js';
import { check, signoff, template, withCode } from './helpers.js';
import { DEMO_TODAY, demoDoc, demoResolver } from './demo-docs.js';

/** The demo brief (recommending OPT-2) as version 1 stored it: the version number, and II.e holding the typed decision with `fields`. */
function briefV1(fields: Record<string, FieldValue> = { decision: rich('The SRSG approves OPT-2, on conditions.'), option: links(link('ob-minusar-koumbi', 'OPT-2')), date: '2026-11-19' }): DocModel {
  const m = demoDoc('operations-brief');
  m.meta.templateVersion = 1;
  const section = m.sections.find((s) => s.id === 'II.e')!;
  section.content = Object.keys(fields).length ? [{ t: 'block', type: 'decision', id: 'DEC-1', fields }] : [];
  return m;
}

const run = (model: DocModel, context: Parameters<typeof check>[1] = {}) => check(model, { today: DEMO_TODAY, ...demoResolver(), ...context });
const message = (model: DocModel, context?: Parameters<typeof check>[1]) => withCode(run(model, context), 'brief-version-1')[0]?.message ?? '';

/** The demo brief as committed before version 2 (git 11e43b9^), read from its Markdown file. */
function v1FromFile(): DocModel {
  const r = parseMarkdown(readFileSync(join(__dirname, '__fixtures__', 'operations-brief-v1.md'), 'utf8'), TemplateSet.builtin(), 'brief.md', {});
  if (!r.ok) throw new Error(r.error.message);
  return r.model;
}

describe('brief-version-1', () => {
  test('a version-1 brief gets one brief-version-1 warning in place of the general template-version warning', () => {
    const d = run(briefV1());
    expect(withCode(d, 'brief-version-1').map((x) => x.severity)).toEqual(['warning']);
    expect(withCode(d, 'template-version')).toEqual([]);
  });

  test("a version-1 brief checked against a mission's tailored copy of version 1 (version raised, \"Option approved\" kept) gets the general template-version warning instead", () => {
    const tailored = structuredClone(template('operations-brief'));
    tailored.blockTypes.find((b) => b.type === 'decision')!.fields.push({ name: 'option', label: 'Option approved', kind: 'link', targets: ['option'] } as never);
    const d = check(briefV1(), { today: DEMO_TODAY, ...demoResolver() }, tailored);
    expect([withCode(d, 'brief-version-1').length, withCode(d, 'template-version').length]).toEqual([0, 1]);
  });

  test('a brief of the current version gets no brief-version-1', () => {
    expect(withCode(run(demoDoc('operations-brief')), 'brief-version-1')).toEqual([]);
  });

  test("it names the typed decision block and the version-1 fields to delete with it, since typed text is not the SRSG's sign-off", () => {
    expect(message(briefV1())).toMatch(/decision written in DEC-1 to give the SRSG, then delete the block \(with its "Option approved" and "Date"\): typed text is not the SRSG's sign-off/);
  });

  test('it names the option the recommendation links, which is the one the SRSG will approve by signing', () => {
    expect(message(briefV1())).toMatch(/names the one option the SRSG is to decide on \(now OPT-2\)/);
  });

  test('a typed decision approving an option the Force Commander does not recommend says the recommendation must change or the SRSG reject', () => {
    const m = briefV1({ decision: rich('The SRSG approves OPT-1.'), option: links(link('ob-minusar-koumbi', 'OPT-1')), date: '2026-11-19' });
    expect(message(m)).toMatch(/it approves OPT-1, which the Force Commander does not recommend, so either the recommendation is changed or the SRSG rejects the brief/);
  });

  test('it says how to raise the version in the Markdown file and that the Force Commander signs before the SRSG', () => {
    expect(message(briefV1())).toMatch(/change the line "poc-template: operations-brief@1" to "poc-template: operations-brief@2"; \(4\) the Force Commander signs off first, then the SRSG: the SRSG's approval is the decision/);
  });

  test('a version-1 brief with nothing written in II.e is not told to delete anything', () => {
    const msg = message(briefV1({}));
    expect(msg).not.toMatch(/delete/);
    expect(msg).toMatch(/^.*To convert it: \(1\) check that the Force Commander's recommendation/);
  });

  test("where sign-offs are known, the SRSG's version-1 approval is said to stay on record and to be given again on the new text", () => {
    const m = briefV1();
    const srsg = { ...signoff('srsg', 'approved', '2026-11-19T15:00:00Z'), docId: m.meta.id, docType: 'operations-brief', contentHash: contentHash(m) };
    expect(message(m, { signoffs: [srsg] })).toMatch(/The SRSG's approval of 2026-11-19 was given on the version-1 text and stays on record; after these changes the SRSG signs the new text\.$/);
  });

  test('the version-1 demo brief as committed before version 2, read from its Markdown file, gets the warning naming DEC-1', () => {
    expect(message(v1FromFile())).toMatch(/^This brief was written for version 1 of the "SRSG Offensive Operations Brief" template.*delete the block/);
  });

  test('reading a version-1 brief does not migrate it: it keeps version 1 and its typed decision, so its hash is the one its sign-offs bound', () => {
    const m = v1FromFile();
    expect(m.meta.templateVersion).toBe(1);
    expect(JSON.stringify(m.sections.find((s) => s.id === 'II.e')!.content)).toMatch(/The SRSG approves OPT-2/);
  });
});
