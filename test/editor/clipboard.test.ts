import type { TagParseRule } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { clipboardParser, clipboardSerializer } from '../../editor/clipboard.js';
import { findBlock } from '../../editor/commands.js';
import { matrix, schema, stateOf } from './helpers.js';

/** The attributes the clipboard parser reads from an element whose JSON attribute is `json`. */
function parsed(json: string): ReturnType<NonNullable<TagParseRule['getAttrs']>> {
  const rule = clipboardParser(schema).rules[0] as TagParseRule;
  return rule.getAttrs!({ getAttribute: () => json } as unknown as HTMLElement);
}

describe('copying blocks', () => {
  it('writes every attribute of a block, short fields included, into its HTML', () => {
    const block = findBlock(stateOf(matrix().build()).doc, 'T-1')!.node;
    const spec = clipboardSerializer(schema).nodes.block(block) as unknown as [string, Record<string, string>, number];
    expect(spec[0]).toBe('div');
    expect(JSON.parse(spec[1]['data-poc-attrs'])).toEqual({ type: 'threat', bid: 'T-1', threat: 'Raids on villages', likelihood: 4, impact: 5 });
    expect(spec[2]).toBe(0);
  });

  it('reads the attributes back, keeping only known attributes with plain values', () => {
    expect(parsed(JSON.stringify({ type: 'threat', bid: 'T-1', likelihood: 4, imminent: true, bogus: 'x', threat: { nested: 1 } }))).toEqual({ type: 'threat', bid: 'T-1', likelihood: 4, imminent: true });
  });

  it('does not take a block from HTML whose attributes are not JSON', () => {
    expect(parsed('{not json')).toBe(false);
  });
});
