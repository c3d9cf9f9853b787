// Which blocks say "Not addressed yet" (or "Not linked yet") when nothing links to them.
import { describe, expect, it } from 'vitest';
import { linkTargetTypes } from '../../editor/nodeviews/block-view.js';
import { templates } from './helpers.js';

describe('blocks meant to be linked to', () => {
  it('are the block types a link field of another document type points to, threats and objectives among them', () => {
    const targets = linkTargetTypes(templates);
    expect(targets.has('threat-matrix/threat')).toBe(true);
    expect(targets.has('strategy/objective')).toBe(true);
  });

  it("leave out the block types only their own document links to, such as a brief's options (one is recommended, the rest need no link)", () => {
    expect(linkTargetTypes(templates).has('operations-brief/option')).toBe(false);
  });

  it('leave out the block types no link field points to, such as consultations and timeline steps', () => {
    const targets = linkTargetTypes(templates);
    expect(targets.has('strategy/consultation')).toBe(false);
    expect(targets.has('operations-brief/timeline-step')).toBe(false);
  });
});
