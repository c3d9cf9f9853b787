// Template-driven rules shared by every document type.
import { describe, expect, test } from 'vitest';
import type { Template } from '../../../shared/template/load.js';
import { validate } from '../../../shared/validate/index.js';
import { links, ModelBuilder, p, rich } from '../../support/build-model.js';
import { check, filled, problems, template, TODAY, withCode } from './helpers.js';

const tm = () => filled('threat-matrix');

describe('document identity', () => {
  test('checking a document against the template of another type is an error', () => {
    const d = check(tm().build(), {}, template('action-plan'));
    expect(withCode(d, 'template-mismatch')).toHaveLength(1);
  });

  test('a document written for another template version gets a warning', () => {
    const d = check(tm().meta({ templateVersion: 7 }).build());
    expect(withCode(d, 'template-version')[0]).toMatchObject({ severity: 'warning' });
  });

  test('a document without a title gets a warning', () => {
    expect(withCode(check(tm().meta({ title: '  ' }).build()), 'title-missing')).toHaveLength(1);
  });

  test('each problem met while loading the content is an error at its place', () => {
    const d = check(tm().build(), { problems: [{ message: 'a block without an id was skipped', section: '2', block: 'T-9' }] });
    expect(withCode(d, 'content-problem')).toEqual([
      expect.objectContaining({ severity: 'error', location: { section: '2', block: 'T-9' }, message: expect.stringContaining('a block without an id was skipped') }),
    ]);
  });

  test('a today that is not a date is refused as a programming error', () => {
    expect(() => validate(tm().build(), template('threat-matrix'), { today: '15/06/2026' })).toThrow(RangeError);
  });
});

describe('sections', () => {
  test('a section holding only blank text counts as empty', () => {
    const d = check(tm().clearSection('3').section('3', p('   '), { t: 'ul', items: [[]] }).build());
    expect(withCode(d, 'required-section-empty').map((x) => x.location)).toEqual([{ section: '3' }]);
  });

  test('a section holding only verbatim Markdown counts as written', () => {
    const d = check(tm().clearSection('3').section('3', { t: 'raw', markdown: '| a |\n|---|\n| 1 |' }).build());
    expect(withCode(d, 'required-section-empty')).toEqual([]);
  });

  test('an empty section that holds only blocks asks for a block in its message', () => {
    const [d] = withCode(check(tm().clearSection('2').build()), 'required-section-empty');
    expect(d.message).toMatch(/Add at least one threat/);
  });

  test('a pure container section is filled through its sub-sections, so it is not reported when only they are empty', () => {
    // Strategy section A holds no text of its own; its required parts speak for it.
    const d = check(filled('strategy').clearSection('A.1').build());
    expect(withCode(d, 'required-section-empty').map((x) => x.location.section)).toEqual(['A.1']);
  });

  test('the required parts of an optional section apply only once it is in use', () => {
    const t: Template = {
      ...template('threat-matrix'),
      sections: [
        ...template('threat-matrix').sections,
        { id: '4', title: 'Annexes', required: false, text: true, blocks: [], level: 1 },
        { id: '4.1', title: 'Maps', required: true, text: true, blocks: [], level: 2, parent: '4' },
      ],
    };
    const unused = tm().section('4').section('4.1').build();
    expect(withCode(check(unused, {}, t), 'required-section-empty')).toEqual([]);
    const inUse = tm().text('4', 'See the maps.').section('4.1').build();
    expect(withCode(check(inUse, {}, t), 'required-section-empty').map((x) => x.location)).toEqual([{ section: '4.1' }]);
  });

  test('a section the template does not define gets a warning', () => {
    const d = check(tm().text('Z', 'Notes').build());
    expect(withCode(d, 'unknown-section')).toEqual([expect.objectContaining({ severity: 'warning', location: { section: 'Z' } })]);
  });

  test('a section that appears twice gets a warning', () => {
    const m = tm().build();
    m.sections.push({ id: '3', title: 'Consultation', content: [p('Again.')] });
    expect(withCode(check(m), 'repeated-section')).toHaveLength(1);
  });

  test('the count message says how many blocks the section has and needs', () => {
    const b = filled('operations-brief');
    const [d] = withCode(check(b.withoutBlocks('OPT-2').build()), 'min-blocks');
    expect(d.message).toMatch(/needs at least 2 options; it has 1/);
  });
});

describe('blocks', () => {
  test('a block of a type the template does not define is an error', () => {
    const d = check(tm().block('2', 'rumour', 'RU-1', { text: 'x' }).build());
    expect(withCode(d, 'unknown-block-type')).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'RU-1' } })]);
  });

  test('a block in a section that does not take its type is an error that names where it belongs', () => {
    const b = tm();
    const threat = structuredClone(b.find('T-1'));
    const d = check(b.withoutBlocks('T-1').section('2', { ...threat, id: 'T-2' }).section('1', threat).build());
    const [x] = withCode(d, 'block-not-allowed');
    expect(x.location).toEqual({ section: '1', block: 'T-1' });
    expect(x.message).toMatch(/Move it to section 2 "Threats to civilians"/);
  });

  test('two blocks with the same id are an error on the second', () => {
    const b = tm();
    const copy = structuredClone(b.find('T-1'));
    const d = check(b.section('2', copy).build());
    expect(withCode(d, 'duplicate-block-id')).toEqual([expect.objectContaining({ severity: 'error', location: { section: '2', block: 'T-1' } })]);
  });
});

describe('field values', () => {
  test('an enum value that is not one of the choices is an error naming the choices', () => {
    const [d] = withCode(check(tm().setFields('T-1', { threatType: 'looting' }).build()), 'enum-value');
    expect(d.location).toEqual({ section: '2', block: 'T-1', field: 'threatType' });
    expect(d.message).toMatch(/"looting".*Sexual violence/);
  });

  test.each([0, 6, 2.5])('a rating of %s is an error', (v) => {
    const d = check(tm().setFields('T-1', { likelihood: v }).build());
    expect(withCode(d, 'rating-range').map((x) => x.location.field)).toEqual(['likelihood']);
  });

  test.each([1, 5])('a rating of %s is accepted', (v) => {
    expect(withCode(check(tm().setFields('T-1', { impact: v }).build()), 'rating-range')).toEqual([]);
  });

  test.each(['2026-02-30', '15/06/2026', '2026-6-1', '2026-13-01'])('the date "%s" is an error', (v) => {
    const d = check(tm().field('lastReview', v).build());
    expect(withCode(d, 'date-format').map((x) => x.location)).toEqual([{ field: 'lastReview' }]);
  });

  test('a leap day is a valid date', () => {
    expect(withCode(check(tm().field('lastReview', '2024-02-29').build()), 'date-format')).toEqual([]);
  });

  test('a document enum value that is not one of the choices is an error', () => {
    expect(withCode(check(tm().field('reviewCadence', 'daily').build()), 'enum-value').map((x) => x.location)).toEqual([{ field: 'reviewCadence' }]);
  });

  test('text where a rating is expected is an error of kind', () => {
    const d = check(tm().setFields('T-1', { likelihood: 'high' }).build());
    expect(withCode(d, 'field-kind').map((x) => x.location.field)).toEqual(['likelihood']);
  });

  test('rich text where a short text is expected is an error of kind', () => {
    const d = check(tm().setFields('T-1', { perpetrator: rich('Group X') }).build());
    expect(withCode(d, 'field-kind').map((x) => x.location.field)).toEqual(['perpetrator']);
  });

  test('a blank text counts as not filled', () => {
    const d = check(tm().setFields('T-1', { perpetrator: '   ' }).build());
    expect(withCode(d, 'required-field').map((x) => x.location.field)).toEqual(['perpetrator']);
  });

  test('a required link field holding text but no link counts as not filled', () => {
    const b = filled('operations-brief');
    const d = check(b.setFields('REC-1', { option: rich('the first one') }).build());
    expect(withCode(d, 'required-field').map((x) => x.location)).toEqual([{ section: 'II.c', block: 'REC-1', field: 'option' }]);
  });

  test('a block value for a field the template does not define gets a warning', () => {
    const d = check(tm().setFields('T-1', { colour: 'red' }).build());
    expect(withCode(d, 'unknown-field')).toEqual([expect.objectContaining({ severity: 'warning', location: { section: '2', block: 'T-1', field: 'colour' } })]);
  });

  test('a document value for a field the template does not define gets a warning', () => {
    expect(withCode(check(tm().field('colour', 'red').build()), 'unknown-field').map((x) => x.location)).toEqual([{ field: 'colour' }]);
  });

  test('messages name the block by its title and the field by its label', () => {
    const [d] = withCode(check(tm().setFields('T-1', { threat: 'Raids on Kalo', likelihood: undefined }).build()), 'required-field');
    expect(d.message).toBe('Fill in the "Likelihood" of threat T-1 ("Raids on Kalo"): it is required.');
  });
});

test('an empty new document reports its required parts, not a crash', () => {
  const t = template('strategy');
  const b = ModelBuilder.of('strategy');
  for (const s of t.sections) b.section(s.id);
  const d = problems(check(b.build()));
  expect(d.length).toBeGreaterThan(0);
  expect(d.every((x) => x.message.length > 0)).toBe(true);
});

test('diagnostics come errors first, then warnings, then info', () => {
  const b = tm().field('colour', 'red').setFields('T-1', { perpetrator: undefined });
  const sev = check(b.build()).map((d) => d.severity);
  expect(sev).toEqual([...sev].sort((x, y) => ['error', 'warning', 'info'].indexOf(x) - ['error', 'warning', 'info'].indexOf(y)));
  expect(new Set(sev)).toEqual(new Set(['error', 'warning', 'info']));
});

test('validation leaves the model untouched', () => {
  const m = tm().setFields('T-1', { likelihood: 9, links: links() }).build();
  const before = structuredClone(m);
  check(m, { today: TODAY });
  expect(m).toEqual(before);
});
