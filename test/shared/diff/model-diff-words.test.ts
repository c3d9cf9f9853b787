import { describe, expect, it } from 'vitest';
import { changeSummary, modelDiff } from '../../../shared/diff/model-diff.js';
import { ModelBuilder, rich } from '../../support/build-model.js';
import { matrix, template } from '../../editor/helpers.js';

const tm = template('threat-matrix');

/** The from → to lines of the change about `block`. */
function lines(changes: ReturnType<typeof modelDiff>, block?: string): string[] {
  const c = changes.find((x) => x.block === block);
  return (c?.fields ?? []).map((f) => `${f.label}: ${f.from} → ${f.to}`);
}

describe('what changed, field by field in words', () => {
  it('writes a rating by its word', () => {
    const after = matrix().setFields('T-1', { likelihood: 3 }).build();
    const before = matrix().setFields('T-1', { likelihood: 4 }).build();
    expect(lines(modelDiff(after, before, tm), 'T-1')).toEqual(['Likelihood: Possible → Likely']);
  });

  it('writes a choice by its label', () => {
    const after = matrix().setFields('T-1', { responseStatus: 'in-progress' }).build();
    expect(lines(modelDiff(matrix().build(), after, tm), 'T-1')).toEqual(['Response status: (empty) → In progress']);
  });

  it('writes yes/no fields as Yes and No', () => {
    const before = matrix().setFields('T-1', { imminent: false }).build();
    const after = matrix().setFields('T-1', { imminent: true }).build();
    expect(lines(modelDiff(before, after, tm), 'T-1')).toEqual(['Imminent: No → Yes']);
  });

  it('writes a date as a date', () => {
    const before = ModelBuilder.of('action-plan').block('2', 'action', 'A-1', { action: 'Patrol', dueDate: '2026-03-03' }).build();
    const after = ModelBuilder.of('action-plan').block('2', 'action', 'A-1', { action: 'Patrol', dueDate: '2026-04-15' }).build();
    expect(lines(modelDiff(before, after, template('action-plan')), 'A-1')).toEqual(['Due date: 3 Mar 2026 → 15 Apr 2026']);
  });

  it('writes a date the way the host asks', () => {
    const before = ModelBuilder.of('action-plan').block('2', 'action', 'A-1', { dueDate: '2026-03-03' }).build();
    const after = ModelBuilder.of('action-plan').block('2', 'action', 'A-1', { dueDate: '2026-04-15' }).build();
    const changes = modelDiff(before, after, template('action-plan'), { day: (d) => `day ${d}` });
    expect(lines(changes, 'A-1')).toEqual(['Due date: day 2026-03-03 → day 2026-04-15']);
  });

  it('writes a person field by the name the host gives', () => {
    const before = ModelBuilder.of('action-plan').field('coordinator', 'amina').build();
    const after = ModelBuilder.of('action-plan').field('coordinator', 'jonas').build();
    const changes = modelDiff(before, after, template('action-plan'), { person: (u) => ({ amina: 'Amina Diallo', jonas: 'Jonas Berg' })[u] ?? u });
    expect(changes[0]?.fields).toEqual([{ field: 'coordinator', label: 'Kept up to date by', from: 'Amina Diallo', to: 'Jonas Berg' }]);
  });

  it('shortens long text at a word with "…"', () => {
    const long = 'Armed groups have raided the villages north of the river three times since January, each time at night, taking livestock and food';
    const after = matrix().setFields('T-1', { response: rich(long) }).build();
    const [line] = lines(modelDiff(matrix().build(), after, tm), 'T-1');
    expect(line).toBe('Mission response / activities: (empty) → Armed groups have raided the villages north of the river three times since…');
  });

  it('names an added block and a removed block with their titles', () => {
    const after = matrix().withoutBlocks('T-4').block('2', 'threat', 'T-5', { threat: 'Looting' }).build();
    const changes = modelDiff(matrix().build(), after, tm);
    expect(changes.map((c) => [c.kind, c.block, c.title, c.sectionName])).toEqual([
      ['added', 'T-5', 'Looting', '2 Threats to civilians'],
      ['removed', 'T-4', 'Explosive remnants', '2 Threats to civilians'],
    ]);
  });

  it('says a block that changed section was moved, not removed and added', () => {
    const before = matrix().build();
    const t4 = before.sections[1]?.content[1];
    const after = matrix().withoutBlocks('T-4').section('3', t4!).build();
    const changes = modelDiff(before, after, tm);
    expect(changes.map((c) => [c.kind, c.block, c.fromSection])).toEqual([['moved', 'T-4', '2 Threats to civilians']]);
  });

  it('gives the document fields and the title from → to', () => {
    const before = matrix().field('reviewCadence', 'weekly').field('lastReview', '2026-02-01').build();
    const after = matrix().field('reviewCadence', 'monthly').field('lastReview', '2026-03-01').meta({ title: 'Matrix, March' }).build();
    const changes = modelDiff(before, after, tm);
    expect(changes.flatMap((c) => c.fields ?? []).map((f) => `${f.label}: ${f.from} → ${f.to}`)).toEqual([
      'Title: Test threat-matrix → Matrix, March',
      'Review cadence: Weekly → Monthly',
      'Last reviewed: 1 Feb 2026 → 1 Mar 2026',
    ]);
  });

  it("gives a section's text from → to", () => {
    const changes = modelDiff(matrix().build(), matrix().text('1', 'More.').build(), tm);
    expect(changes[0]?.fields).toEqual([{ field: 'text', label: 'Text', from: 'Overview text.', to: 'Overview text. / More.' }]);
  });
});

describe('the one-line summary of the changes', () => {
  it('says "No changes" for the same document', () => {
    expect(changeSummary(modelDiff(matrix().build(), matrix().build(), tm))).toBe('No changes');
  });

  it('counts blocks changed and added, and the sections they are in', () => {
    const after = matrix().setFields('T-1', { likelihood: 5 }).setFields('T-4', { impact: 4 }).block('2', 'threat', 'T-5', { threat: 'Looting' }).text('1', 'More.').build();
    expect(changeSummary(modelDiff(matrix().build(), after, tm))).toBe('2 blocks changed, 1 added in 1 section; text changed in 1 section');
  });

  it('says when only the title changed', () => {
    expect(changeSummary(modelDiff(matrix().build(), matrix().meta({ title: 'New' }).build(), tm))).toBe('The title changed');
  });
});
