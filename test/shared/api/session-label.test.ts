// A browser session's stored label ("Browser sign-in (sso)") is shown in the reader's language; other labels as typed.
import { describe, expect, it } from 'vitest';
import { sessionLabel, tokenLabelWords } from '../../../shared/api/session-label.js';

describe("a browser session's label", () => {
  it('is stored in English, as before', () => {
    expect(sessionLabel('sso')).toBe('Browser sign-in (sso)');
  });

  it('reads in French when asked and as stored otherwise', () => {
    expect(tokenLabelWords(sessionLabel('sso'), 'fr')).toBe('Connexion depuis le navigateur (authentification unique)');
    expect(tokenLabelWords(sessionLabel('invite'), 'fr')).toBe('Connexion depuis le navigateur (invitation)');
    expect(tokenLabelWords(sessionLabel('sso'))).toBe('Browser sign-in (sso)');
  });

  it('leaves a label a person typed as it is, in every language', () => {
    expect(tokenLabelWords('Laptop in Karsoma', 'fr')).toBe('Laptop in Karsoma');
  });
});
