// Validation speaks the reader's language: the same findings (codes, severities, places) in French as in English,
// every message a translated sentence with nothing left to fill in. English stays the default.
import { describe, expect, test } from 'vitest';
import { RULES, validate, Validator, type Diagnostic } from '../../../shared/validate/index.js';
import { type Broken, brokenDocuments } from './broken-documents.js';
import { check, filled } from './helpers.js';

const sample = brokenDocuments();
const run = (b: Broken, locale?: 'en' | 'fr') => validate(b.model, b.template, { ...b.context, ...(locale ? { locale } : {}) });
const inBoth = sample.map((b) => ({ name: b.name, en: run(b, 'en'), fr: run(b, 'fr') }));
const shape = (list: readonly Diagnostic[]) => list.map(({ severity, code, location }) => ({ severity, code, location }));

/** Codes validation's rules emit; the others in RULES are emitted elsewhere (the Markdown reader, the CLI, the server), in English. */
const NOT_FROM_RULES = new Set(['block-id-renamed', 'links-not-checked', 'links-not-readable', 'signoffs-not-on-server']);

test('the sample of broken documents makes validation use every rule code its rules emit', () => {
  const seen = new Set(inBoth.flatMap((x) => x.en.map((d) => d.code)));
  expect(Object.keys(RULES).filter((code) => !seen.has(code) && !NOT_FROM_RULES.has(code))).toEqual([]);
});

test('without a locale, messages are the English ones', () => {
  for (const b of sample) expect(run(b)).toEqual(run(b, 'en'));
});

describe.each(inBoth)('$name', ({ en, fr }) => {
  test('gives the same codes, severities and places in French as in English, in the same order', () => {
    expect(shape(fr)).toEqual(shape(en));
  });

  test('writes every French message differently from its English one', () => {
    expect(fr.filter((d, i) => d.message === en[i]!.message).map((d) => `${d.code}: ${d.message}`)).toEqual([]);
  });

  test('leaves no {placeholder} unfilled in either language', () => {
    expect([...en, ...fr].filter((d) => /\{\w+\}/.test(d.message)).map((d) => d.message)).toEqual([]);
  });

  test('ends every French message like a sentence and uses French quotation marks, not English ones', () => {
    expect(fr.filter((d) => !/[.)]$/.test(d.message) || /"[^"]*"/.test(d.message.replace(/poc-template: [^»]*/g, ''))).map((d) => d.message)).toEqual([]);
  });
});

test('a French message keeps days written YYYY-MM-DD, as the English one does', () => {
  const d = check(filled('action-plan').build(), { today: '2031-03-01', locale: 'fr' }).find((x) => x.code === 'action-plan-stale')!;
  expect(d.message).toMatch(/le \d{4}-\d{2}-\d{2}\u00a0;/);
  // Counts are written as French writes numbers: "1 689 jours", with a narrow no-break space.
  expect(d.message).toMatch(/il y a 1\u202f\d{3} jours/);
});

test('French counts agree with their number: one day, then days', () => {
  const at = (today: string) => check(filled('action-plan').build(), { today, locale: 'fr' }).find((x) => x.code === 'action-plan-stale')?.message ?? '';
  const due = /au plus tard le (\d{4}-\d{2}-\d{2})/.exec(at('2031-03-01'))![1]!;
  const next = (days: number) => new Date(Date.parse(due) + days * 86_400_000).toISOString().slice(0, 10);
  expect(at(next(1))).toMatch(/\(il y a 1 jour\)/);
  expect(at(next(2))).toMatch(/\(il y a 2 jours\)/);
});

test('the live validator answers in the language asked each time, as validate does', () => {
  const b = sample.find((x) => x.name.startsWith('a threat matrix with odd values'))!;
  const v = new Validator();
  const fr = v.validate(b.model, b.template, { ...b.context, locale: 'fr' });
  expect(fr).toEqual(run(b, 'fr'));
  expect(v.validate(b.model, b.template, { ...b.context, locale: 'en' })).toEqual(run(b, 'en'));
  expect(v.validate(b.model, b.template, { ...b.context, locale: 'fr' })).toEqual(fr);
});
