// What a sync client says in its WebSocket URL: the layout it writes, and the language its person reads.
import { describe, expect, it } from 'vitest';
import { layoutParams, writesCurrentLayout } from '../../../shared/api/client-layout.js';

describe('the sync URL parameters', () => {
  it('name the current layout, and the person’s language when the host gives it', () => {
    expect(layoutParams()).toEqual({ layout: '2' });
    expect(layoutParams('fr')).toEqual({ layout: '2', lang: 'fr' });
  });

  it('say the client writes the current layout, which the server checks', () => {
    expect(writesCurrentLayout(new URLSearchParams(layoutParams('fr')))).toBe(true);
    expect(writesCurrentLayout(new URLSearchParams({ lang: 'fr' }))).toBe(false);
  });
});
