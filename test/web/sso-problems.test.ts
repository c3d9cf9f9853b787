// What the sign-in page says when single sign-on came back refused (`/signin?sso=<problem>`), and how the invite page reads its link (issue 14).
import { describe, expect, it } from 'vitest';
import { SSO_PROBLEMS, ssoProblemMessage } from '../../shared/api/sso.js';
import { inviteCode } from '../../web/app/invite-page.js';

describe('single sign-on problems in words', () => {
  it('an unreachable provider is named by its issuer, with what to do instead', () => {
    expect(ssoProblemMessage('unreachable', 'https://login.mission.example')).toBe(
      'The identity provider at https://login.mission.example could not be reached. Try again in a few minutes, or sign in with your access token.',
    );
  });

  it('every known problem has its own message, and an unknown code still says what to do', () => {
    for (const [code, message] of Object.entries(SSO_PROBLEMS)) expect(ssoProblemMessage(code)).toBe(message);
    expect(ssoProblemMessage('__proto__')).toMatch(/Start again with the single sign-on button, or sign in with your access token/);
  });
});

describe('the invite link’s code', () => {
  it('is read from the fragment, plain or as code=, and a mangled escape does not break the page', () => {
    expect(inviteCode('#inv_abc-123')).toBe('inv_abc-123');
    expect(inviteCode('#code=inv_abc-123')).toBe('inv_abc-123');
    expect(inviteCode('#inv_%E0%A4%A')).toBe('inv_%E0%A4%A');
    expect(inviteCode('')).toBeNull();
  });
});

describe('single sign-on problems in French', () => {
  it('a known code, the unreachable provider and an unknown code are said in French when asked', () => {
    expect(ssoProblemMessage('disabled', undefined, 'fr')).toBe('Votre compte sur ce serveur est désactivé. Demandez à votre administrateur de le réactiver.');
    expect(ssoProblemMessage('unreachable', 'https://login.mission.example', 'fr')).toMatch(/^Le fournisseur d’identité à l’adresse https:\/\/login\.mission\.example est injoignable\./);
    expect(ssoProblemMessage('nonsense', undefined, 'fr')).toMatch(/^L’authentification unique ne vous a pas connecté\./);
    expect(ssoProblemMessage('disabled')).toBe('Your account on this server is disabled. Ask your administrator to enable it.');
  });
});
