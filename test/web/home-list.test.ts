// What the documents home page shows, decided without the DOM (web/home/home-list.ts).
import { afterEach, describe, expect, it } from 'vitest';
import type { DocListEntry } from '../../shared/api/documents.js';
import { setInterfaceLocale } from '../../shared/i18n/interface-locale.js';
import { agoText, applyFilter, checksText, completionText, groupDocuments, lastChangeText, NO_FILTER, reviewText, signoffText, statusText } from '../../web/home/home-list.js';

/** A listing entry with what a test names; the rest as a readable document has it. */
function entry(over: Partial<DocListEntry> & { id: string }): DocListEntry {
  return {
    type: 'threat-matrix',
    typeName: 'POC Threat Matrix',
    title: `Matrix ${over.id}`,
    status: 'draft',
    templateVersion: 2,
    contentHash: 'h',
    validation: { errors: 0, warnings: 0, infos: 0 },
    completion: { required: 3, filled: 3 },
    signoffs: [],
    access: 'viewer',
    ...over,
  };
}

describe('the home page list', () => {
  it('puts documents of a type with areas but without one of their own under "No area given", last', () => {
    const groups = groupDocuments([entry({ id: 'a', area: 'Sector North' }), entry({ id: 'b' }), entry({ id: 'c', area: 'Sector East' })]);
    expect(groups[0]!.areas.map((a) => a.label)).toEqual(['Sector East', 'Sector North', 'No area given']);
  });

  it('puts a type none of whose documents names an area under "Whole mission"', () => {
    const groups = groupDocuments([entry({ id: 's', type: 'strategy', typeName: 'POC Strategy' })]);
    expect(groups).toEqual([{ label: 'POC Strategy', areas: [{ label: 'Whole mission', docs: [expect.objectContaining({ id: 's' })] }] }]);
  });

  it('finds a document by its id, whatever the case', () => {
    expect(applyFilter([entry({ id: 'tm-North' }), entry({ id: 'tm-south' })], { ...NO_FILTER, search: 'NORTH' }, '2026-06-15').map((d) => d.id)).toEqual(['tm-North']);
  });

  it('keeps only overdue reviews when asked: a review due yesterday, not one due today', () => {
    const docs = [entry({ id: 'late', nextReview: '2026-06-14' }), entry({ id: 'today', nextReview: '2026-06-15' }), entry({ id: 'none' })];
    expect(applyFilter(docs, { ...NO_FILTER, overdue: true }, '2026-06-15').map((d) => d.id)).toEqual(['late']);
  });

  it('says a stale approval in words', () => {
    expect(signoffText({ role: 'head-of-office', label: 'Head of Office', state: 'approved', verification: 'stale' })).toBe(
      'Head of Office: approved an earlier version (the text changed since)',
    );
  });

  it('says how long ago in hours under a day', () => {
    expect(agoText('2026-06-15T10:00:00Z', new Date('2026-06-15T12:30:00Z'))).toBe('2 h ago');
  });
});

describe('the home page’s words in French', () => {
  afterEach(() => setInterfaceLocale('en'));

  it('says a stale approval in French, the office named as the template names it', () => {
    setInterfaceLocale('fr');
    expect(signoffText({ role: 'head-of-office', label: 'Chef de bureau', state: 'approved', verification: 'stale' })).toBe(
      'Chef de bureau\u00a0: a approuvé une version antérieure (le texte a changé depuis)',
    );
  });

  it('counts errors and warnings with French plurals', () => {
    setInterfaceLocale('fr');
    expect(checksText(entry({ id: 'a', validation: { errors: 2, warnings: 1, infos: 0 } }))).toBe('2 erreurs, 1 avertissement');
  });

  it('says how complete a document is in French', () => {
    setInterfaceLocale('fr');
    expect(completionText(entry({ id: 'a', completion: { required: 9, filled: 7 } }))).toBe('7 parties obligatoires remplies sur 9');
  });

  it('says the last change and who made it in French', () => {
    setInterfaceLocale('fr');
    const d = entry({ id: 'a', lastChange: { at: '2026-06-15T10:00:00Z', by: 'amina', byName: 'Amina Diallo' } });
    expect(lastChangeText(d, new Date('2026-06-15T12:30:00Z'))).toBe('il y a 2 h, par Amina Diallo');
  });

  it('writes the review day as French writes it', () => {
    setInterfaceLocale('fr');
    expect(reviewText(entry({ id: 'a', nextReview: '2026-12-02' }), '2026-06-15')).toBe('À réviser d’ici le 2 déc. 2026');
  });

  it('names the status in French', () => {
    setInterfaceLocale('fr');
    expect(statusText(entry({ id: 'a', status: 'in-review' }))).toBe('En examen');
  });
});
