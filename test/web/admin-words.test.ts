/** The administration's words (web/admin/admin-words.ts): offices with their scope, access and where it comes from, how long ago. */
import { afterEach, describe, expect, it } from 'vitest';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { holdingWords, kindWords, relativeWords, scopeWords, sourceWords } from '../../web/admin/admin-words.js';

const label = (role: string) => (role === 'head-of-office' ? 'Head of Office' : role);

describe('administration words', () => {
  it('an office held for the whole mission says so', () => {
    expect(holdingWords({ role: 'head-of-office' }, label)).toBe('Head of Office — whole mission');
  });

  it('an office held for an area names the area', () => {
    expect(holdingWords({ role: 'head-of-office', area: 'Sector North' }, label)).toBe('Head of Office — Sector North');
  });

  it('an office held for documents names them', () => {
    expect(scopeWords({ role: 'srsg', docs: ['tm-1', 'tm-2'] })).toBe('documents tm-1, tm-2');
  });

  it('an office no template knows is named by its role', () => {
    expect(holdingWords({ role: 'chief-of-staff' }, label)).toBe('chief-of-staff — whole mission');
  });

  it('a person’s own grant reads "own grant"', () => {
    expect(sourceWords({ access: 'editor', scope: 'this-document' })).toBe('Editor — own grant');
  });

  it('a team’s grant names the team', () => {
    expect(sourceWords({ access: 'commenter', scope: 'this-document', team: { id: 'sn', name: 'Sector North POC working group' } })).toBe('Commenter — through Sector North POC working group');
  });

  it('a grant on every document says so', () => {
    expect(sourceWords({ access: 'owner', scope: 'all-documents' })).toBe('Owner — every document');
  });

  it('a team’s grant on every document says both', () => {
    expect(sourceWords({ access: 'viewer', scope: 'all-documents', team: { id: 'hq', name: 'HQ' } })).toBe('Viewer — every document, through HQ');
  });

  it('a moment three hours ago reads "3 hours ago"', () => {
    expect(relativeWords('2026-12-02T09:00:00Z', new Date('2026-12-02T12:00:00Z'), 'en')).toBe('3 hours ago');
  });

  it('a moment under a minute ago reads "just now", and none "never"', () => {
    expect(relativeWords('2026-12-02T11:59:30Z', new Date('2026-12-02T12:00:00Z'), 'en')).toBe('just now');
    expect(relativeWords(null, new Date(), 'en')).toBe('never');
  });

  it('an audit kind reads as a phrase', () => {
    expect(kindWords('team-member-added')).toBe('Team member added');
  });
});

describe('administration words in French', () => {
  afterEach(() => setInterfaceLocale('en'));

  it('a team’s grant on every document says both, in French', () => {
    setInterfaceLocale('fr');
    expect(sourceWords({ access: 'viewer', scope: 'all-documents', team: { id: 'hq', name: 'QG' } })).toBe('Lecteur — tous les documents, par QG');
  });

  it('an office held for an area and documents names both, in French', () => {
    setInterfaceLocale('fr');
    expect(scopeWords({ role: 'srsg', area: 'Secteur Nord', docs: ['tm-1', 'tm-2'] })).toBe('Secteur Nord, documents tm-1, tm-2');
  });

  it('a moment three hours ago reads as French says it', () => {
    expect(relativeWords('2026-12-02T09:00:00Z', new Date('2026-12-02T12:00:00Z'), 'fr')).toBe('il y a 3 heures');
  });

  it('an audit kind reads as a French phrase', () => {
    setInterfaceLocale('fr');
    expect(kindWords('team-member-added')).toBe('Membre ajouté à une équipe');
  });
});
