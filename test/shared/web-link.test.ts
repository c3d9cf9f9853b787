import { describe, expect, it } from 'vitest';
import { blockOfFragment, readWebPath, webDocumentPath, webDocumentUrl } from '../../shared/links/web-link.js';

describe('web workspace addresses', () => {
  it('writes a document path, with a block as the fragment and a page after the id', () => {
    expect(webDocumentPath('tm-juba')).toBe('/d/tm-juba');
    expect(webDocumentPath('tm-juba', 'T-3')).toBe('/d/tm-juba#T-3');
    expect(webDocumentPath('tm-juba', undefined, 'history')).toBe('/d/tm-juba/history');
  });

  it('writes the full address on the server as the person typed it, ws or http alike', () => {
    expect(webDocumentUrl('wss://poc.example.org/', 'tm-juba', 'T-3')).toBe('https://poc.example.org/d/tm-juba#T-3');
    expect(webDocumentUrl('http://127.0.0.1:1234', 'tm-juba')).toBe('http://127.0.0.1:1234/d/tm-juba');
    expect(webDocumentUrl('not a server', 'tm-juba')).toBeUndefined();
  });

  it('reads back what it writes', () => {
    expect(readWebPath('/d/tm-juba', '#T-3')).toEqual({ docId: 'tm-juba', blockId: 'T-3' });
    expect(readWebPath('/d/tm-juba/changes')).toEqual({ docId: 'tm-juba', view: 'changes' });
    expect(readWebPath('/d/tm-juba/')).toEqual({ docId: 'tm-juba' });
  });

  it('refuses paths that name no valid document or page', () => {
    expect(readWebPath('/')).toBeUndefined();
    expect(readWebPath('/d/')).toBeUndefined();
    expect(readWebPath('/d/Not_An_Id')).toBeUndefined();
    expect(readWebPath('/d/tm-juba/admin')).toBeUndefined();
    expect(readWebPath('/d/%E0%A4%A')).toBeUndefined();
    expect(readWebPath('/d/tm-juba/../../etc')).toBeUndefined();
  });

  it('takes a fragment as a block only when it looks like a block id', () => {
    expect(blockOfFragment('#T-12')).toBe('T-12');
    expect(blockOfFragment('#A-1')).toBe('A-1');
    expect(blockOfFragment('')).toBeUndefined();
    expect(blockOfFragment('#<img src=x>')).toBeUndefined();
    expect(blockOfFragment('#%')).toBeUndefined();
  });
});
