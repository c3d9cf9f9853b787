import { describe, expect, it } from 'vitest';
import { modelDiff } from '../../../shared/diff/model-diff.js';
import { rich } from '../../support/build-model.js';
import { matrix, template } from '../../editor/helpers.js';

const tm = template('threat-matrix');

describe('what changed since a signed version', () => {
  it('is nothing for the same model', () => {
    expect(modelDiff(matrix().build(), matrix().build(), tm)).toEqual([]);
  });

  it('names a changed block with its title and the labels of its changed fields', () => {
    const before = matrix().build();
    const after = matrix().setFields('T-1', { likelihood: 5, response: rich('Patrols.') }).build();
    expect(modelDiff(before, after, tm)).toMatchObject([
      { kind: 'changed', section: '2', block: 'T-1', text: '2 Threats to civilians: T-1 "Raids on villages" — Likelihood, Mission response / activities changed' },
    ]);
  });

  it('lists blocks added and removed', () => {
    const before = matrix().build();
    const after = matrix().withoutBlocks('T-4').block('2', 'threat', 'T-5', { threat: 'Looting' }).build();
    expect(modelDiff(before, after, tm).map((c) => [c.kind, c.block])).toEqual([
      ['added', 'T-5'],
      ['removed', 'T-4'],
    ]);
  });

  it("reports a section's text changing, the title and the document fields", () => {
    const before = matrix().build();
    const after = matrix().text('1', 'More.').meta({ title: 'New title' }).field('office', 'Kiri').build();
    expect(modelDiff(before, after, tm).map((c) => c.text)).toEqual([
      'Title changed from "Test threat-matrix" to "New title"',
      'Document fields changed: Area / office',
      '1 Threat overview: text changed',
    ]);
  });

  it('reports sections added and removed', () => {
    const before = matrix().build();
    const after = matrix().withoutSection('3').section('9').build();
    expect(modelDiff(before, after, tm).map((c) => [c.kind, c.section])).toEqual([
      ['added', '9'],
      ['removed', '3'],
    ]);
  });
});
