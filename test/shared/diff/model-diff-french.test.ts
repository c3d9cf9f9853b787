// A list of changes is written in French when asked (sentences, summary, values) and in English otherwise.
import { describe, expect, it } from 'vitest';
import { changeSummary, modelDiff } from '../../../shared/diff/model-diff.js';
import { localizeTemplate } from '../../../shared/template/localize.js';
import { matrix, template } from '../../editor/helpers.js';

const tm = template('threat-matrix');
const tmFr = localizeTemplate(tm, 'fr');

describe('a list of changes follows the language asked for', () => {
  it('writes a changed block, its labels and its values in French when asked', () => {
    const before = matrix().setFields('T-1', { imminent: false, likelihood: 4 }).build();
    const after = matrix().setFields('T-1', { imminent: true, likelihood: 3 }).build();
    const [change] = modelDiff(before, after, tmFr, { locale: 'fr' });
    expect(change?.text).toMatch(/^.+\u00a0: T-1 «\u00a0.+\u00a0» — modifié\u00a0: /);
    expect(change?.fields?.map((f) => `${f.label}: ${f.from} → ${f.to}`)).toEqual(expect.arrayContaining(['Imminente: Non → Oui', 'Probabilité: Probable → Possible']));
  });

  it('writes the same change in English by default', () => {
    const before = matrix().setFields('T-1', { imminent: false }).build();
    const after = matrix().setFields('T-1', { imminent: true }).build();
    const [change] = modelDiff(before, after, tm);
    expect(change?.text).toMatch(/: T-1 ".+" — Imminent changed$/);
  });

  it('sums up the changes in French when asked and in English by default', () => {
    const before = matrix().setFields('T-1', { imminent: false }).build();
    const changes = modelDiff(before, matrix().setFields('T-1', { imminent: true }).build(), tm);
    expect(changeSummary(changes, 'fr')).toBe('1 bloc modifié dans 1 section');
    expect(changeSummary(changes)).toBe('1 block changed in 1 section');
    expect(changeSummary([], 'fr')).toBe('Aucune modification');
  });
});
