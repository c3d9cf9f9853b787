// Values in words (Yes/No, a rating's word, a status, "(empty)") come in French when asked and in English otherwise.
import { describe, expect, test } from 'vitest';
import { emptyValue, valueInWords } from '../../../shared/diff/value-words.js';
import { shortValueWords, statusWord } from '../../../shared/template/field-words.js';
import { ratingWord } from '../../../shared/template/rating-words.js';
import type { FieldSpec } from '../../../shared/template/template-schema.js';

const likelihood = { name: 'likelihood', label: 'Likelihood', kind: 'rating' } as FieldSpec;
const impact = { name: 'impact', label: 'Impact', kind: 'rating' } as FieldSpec;
const severity = { name: 'severity', label: 'Severity', kind: 'rating' } as FieldSpec;

describe('values in words follow the language asked for', () => {
  test('a flag reads Oui/Non in French and Yes/No by default', () => {
    expect([shortValueWords(true, undefined, undefined, 'fr'), shortValueWords(false, undefined, undefined, 'fr')]).toEqual(['Oui', 'Non']);
    expect([shortValueWords(true, undefined), shortValueWords(false, undefined)]).toEqual(['Yes', 'No']);
  });

  test('a rating reads with its French word in French and its English word by default', () => {
    expect(shortValueWords(4, likelihood, undefined, 'fr')).toBe('4 (probable)');
    expect(shortValueWords(5, impact, undefined, 'fr')).toBe('5 (catastrophique)');
    expect(shortValueWords(4, likelihood)).toBe('4 (likely)');
    expect(ratingWord('impact', 2, 'fr')).toBe('modéré');
    expect(ratingWord('impact', 2)).toBe('moderate');
  });

  test('a status reads in French when asked and in English otherwise', () => {
    expect(statusWord('in-review', 'fr')).toBe('En examen');
    expect(statusWord('in-review')).toBe('In review');
    expect(statusWord('unknown', 'fr')).toBe('unknown');
  });

  test('a change list writes flags, ratings and empty values in French when asked', () => {
    expect(valueInWords(true, undefined, { locale: 'fr' })).toBe('Oui');
    expect(valueInWords(3, likelihood, { locale: 'fr' })).toBe('Possible');
    expect(valueInWords(3, severity, { locale: 'fr' })).toBe('3 sur 5');
    expect(valueInWords('', undefined, { locale: 'fr' })).toBe('(vide)');
    expect([valueInWords(true, undefined), valueInWords(3, severity), valueInWords('', undefined), emptyValue()]).toEqual(['Yes', '3 of 5', '(empty)', '(empty)']);
  });
});
