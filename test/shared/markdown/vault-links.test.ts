import { describe, expect, it } from 'vitest';
import { vaultLinkOptions } from '../../../shared/markdown/vault-links.js';

const docs = [
  { path: 'Plans/POC Strategy.md', docId: 'str-1' },
  { path: 'North/Threat Matrix.md', docId: 'tm-north' },
  { path: 'South/Threat Matrix.md', docId: 'tm-south' },
];

describe('links between documents of a vault', () => {
  it('name a note by its base name when no other note shares it', () => {
    expect(vaultLinkOptions(docs).linkTarget('str-1')).toBe('POC Strategy');
  });

  it('name a note by its path when another note shares its base name', () => {
    expect(vaultLinkOptions(docs).linkTarget('tm-north')).toBe('North/Threat Matrix');
  });

  it('count plain notes too when deciding whether a name is unique', () => {
    const opts = vaultLinkOptions(docs, [...docs.map((d) => d.path), 'Archive/POC Strategy.md']);
    expect(opts.linkTarget('str-1')).toBe('Plans/POC Strategy');
  });

  it('read back both the base name and the path to the document id', () => {
    const opts = vaultLinkOptions(docs);
    expect(opts.resolveLink('POC Strategy')).toBe('str-1');
    expect(opts.resolveLink('Plans/POC Strategy')).toBe('str-1');
    expect(opts.resolveLink('South/Threat Matrix.md')).toBe('tm-south');
  });

  it('leave targets that name no document to be read as document ids', () => {
    const opts = vaultLinkOptions(docs);
    expect(opts.resolveLink('Threat Matrix')).toBeUndefined();
    expect(opts.linkTarget('unknown-id')).toBeUndefined();
  });
});
