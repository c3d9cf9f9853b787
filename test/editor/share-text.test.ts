// How the Share dialog words a person's access: each source of it, strongest first (editor/panels/share-dialog.ts).
import { describe, expect, it } from 'vitest';
import { personText, sourceText } from '../../editor/panels/share-dialog.js';

const team = { id: 'sector-north-poc', name: 'Sector North POC working group' };

describe('the words for how a person has access', () => {
  it('names a grant on this document to the person as their own', () => {
    expect(sourceText({ access: 'owner', scope: 'this-document' })).toBe('Owner, own grant');
  });

  it("names a team's grant on this document by the team", () => {
    expect(sourceText({ access: 'editor', scope: 'this-document', team })).toBe('Editor, through Sector North POC working group');
  });

  it('says a grant on every document is one', () => {
    expect(sourceText({ access: 'viewer', scope: 'all-documents' })).toBe('Viewer, every document');
  });

  it("says a team's grant on every document is one, and whose", () => {
    expect(sourceText({ access: 'commenter', scope: 'all-documents', team })).toBe('Commenter, every document, through Sector North POC working group');
  });

  it('lists every source of a person, the strongest first', () => {
    const text = personText({ username: 'amina', name: 'Amina Diallo', access: 'editor', disabled: false, sources: [{ access: 'viewer', scope: 'all-documents' }, { access: 'editor', scope: 'this-document', team }] });
    expect(text).toBe('Editor, through Sector North POC working group; Viewer, every document');
  });
});
