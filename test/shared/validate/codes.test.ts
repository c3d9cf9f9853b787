// Every diagnostic carries a catalogued rule code, a message and a severity matching the catalogue.
import { expect, test } from 'vitest';
import { DOC_TYPES } from '../../../shared/template/template-schema.js';
import { type Diagnostic, RULES } from '../../../shared/validate/index.js';
import { ModelBuilder } from '../../support/build-model.js';
import { check, filled, signoff, template } from './helpers.js';

/** A spread of broken documents: empty ones of every type, plus a few odd values. */
function sample(): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const type of DOC_TYPES) {
    const b = ModelBuilder.of(type);
    for (const s of template(type).sections) b.section(s.id);
    out.push(...check(b.status('approved').field('odd', 1).build(), { signoffs: [signoff('unct'), signoff('nobody')], problems: [{ message: 'x' }] }));
    out.push(...check(filled(type).build()));
  }
  out.push(...check(filled('threat-matrix').setFields('T-1', { likelihood: 9, threatType: 'x', imminent: true, responseStatus: 'blocked', response: undefined, gap: true, recommendations: undefined }).build()));
  return out;
}

test('every code emitted is in the catalogue', () => {
  const unknown = sample().filter((d) => !(d.code in RULES));
  expect(unknown).toEqual([]);
});

test('every diagnostic has a message that ends like a sentence', () => {
  expect(sample().filter((d) => !/[.)]$/.test(d.message))).toEqual([]);
});

// A missing recommendation is an error on a red row, a warning on an orange one (resources-matrix.ts).
const SEVERITY_VARIES = new Set(['capability-recommendation-missing']);

test('severities match the catalogue, except the rules that depend on status (consultation, the SRSG\'s comment) and those that depend on a level', () => {
  const byStatus = (code: string) => code.startsWith('consultation') || code === 'decision-comment-unsigned';
  const off = sample().filter((d) => !byStatus(d.code) && !SEVERITY_VARIES.has(d.code) && RULES[d.code as keyof typeof RULES].severity !== d.severity);
  expect(off).toEqual([]);
});
