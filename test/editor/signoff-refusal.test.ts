// What a person reads when the server signed nothing because the document changed while they reviewed it.
import { describe, expect, it } from 'vitest';
import { changedWhileReviewing } from '../../editor/signoff-refusal.js';
import { matrix, template } from './helpers.js';

const tm = template('threat-matrix');

describe('a sign-off refused because the document changed', () => {
  it('lists what changed since the reviewed version, by block and field, and says to review again', () => {
    const reviewed = matrix().build();
    const now = matrix().setFields('T-1', { likelihood: 5 }).build();
    expect(changedWhileReviewing(reviewed, now, tm)).toBe(
      'The document changed while you were reviewing it, so nothing was signed: 2 Threats to civilians: T-1 "Raids on villages" — Likelihood changed. Review the changes, then sign off again.',
    );
  });

  it('lists at most five changes and says how many more there are', () => {
    const reviewed = matrix().build();
    let b = matrix();
    for (let i = 5; i <= 11; i++) b = b.block('2', 'threat', `T-${i}`, { threat: `Threat ${i}` });
    expect(changedWhileReviewing(reviewed, b.build(), tm)).toMatch(/T-9 .*\(and 2 more\)\. Review the changes/);
  });

  it('says the change has not arrived yet when the version shown is still the one reviewed', () => {
    const m = matrix().build();
    expect(changedWhileReviewing(m, m, tm)).toMatch(/has not reached you yet: wait a moment, review the document again/);
  });
});
