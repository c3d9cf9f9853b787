// Who gets a read-only editor, and the one line that says why (editor/access.ts), the same in every host.
import { describe, expect, it } from 'vitest';
import { canComment, isReadOnly, readOnlyLine } from '../../editor/access.js';

describe('read-only access', () => {
  it('a viewer gets a read-only editor that says she can read and sign', () => {
    expect(isReadOnly({ access: 'viewer' })).toBe(true);
    expect(readOnlyLine({ access: 'viewer' })).toBe('View only — you can read this document but not change it');
  });

  it('an archived document is read-only even for its owner, and says it is archived', () => {
    expect(isReadOnly({ access: 'owner', archived: true })).toBe(true);
    expect(readOnlyLine({ access: 'owner', archived: true })).toBe('Archived — read only');
  });

  it('an editor, an owner, or a person whose access is not known yet may edit, with no line', () => {
    for (const a of [{ access: 'editor' as const }, { access: 'owner' as const }, undefined]) {
      expect(isReadOnly(a)).toBe(false);
      expect(readOnlyLine(a)).toBeUndefined();
    }
  });
});

describe('commenters', () => {
  it('a commenter gets a read-only editor that says she can comment', () => {
    expect(isReadOnly({ access: 'commenter' })).toBe(true);
    expect(readOnlyLine({ access: 'commenter' })).toBe('You can comment but not change the content');
  });

  it('commenters, editors and owners may comment; viewers and everyone on an archived document may not', () => {
    expect([canComment({ access: 'viewer' }), canComment({ access: 'commenter' }), canComment({ access: 'editor' }), canComment({ access: 'owner' })]).toEqual([false, true, true, true]);
    expect(canComment({ access: 'owner', archived: true })).toBe(false);
  });
});
