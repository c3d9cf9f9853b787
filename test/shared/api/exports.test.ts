// The export contract's helpers (shared/api/exports.ts): the path the hosts call and the file name the server gives.
import { describe, expect, it } from 'vitest';
import { exportPath, fileNameOf } from '../../../shared/api/exports.js';

describe('the export contract', () => {
  it('asks for a version and a paper only when given', () => {
    expect(exportPath('tm 1', 'docx')).toBe('/api/docs/tm%201/export?format=docx');
    expect(exportPath('tm-1', 'pdf', { paper: 'letter', version: 'v 2' })).toBe('/api/docs/tm-1/export?format=pdf&paper=letter&version=v+2');
  });

  it("reads the file name of the server's Content-Disposition, quoted or not, and none when it gives none", () => {
    expect(fileNameOf('attachment; filename="sector-north-threat-matrix.pdf"')).toBe('sector-north-threat-matrix.pdf');
    expect(fileNameOf('attachment; filename=plan.docx')).toBe('plan.docx');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});
