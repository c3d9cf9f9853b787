// What every host says when a person exports: the three choices and the words of a failure (editor/export-choices.ts).
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api/client.js';
import { EXPORT_CHOICES, exportFailureWords, preparingWords } from '../../editor/export-choices.js';

describe('export choices', () => {
  it('offers Word, then PDF on A4, then PDF on US Letter, each asking the server for its format and paper', () => {
    expect(EXPORT_CHOICES.map((c) => [c.label, c.format, c.paper])).toEqual([
      ['Word (.docx)', 'docx', undefined],
      ['PDF, A4', 'pdf', 'a4'],
      ['PDF, US Letter', 'pdf', 'letter'],
    ]);
    expect(EXPORT_CHOICES.map(preparingWords)).toEqual(['Preparing the Word file…', 'Preparing the PDF…', 'Preparing the PDF…']);
  });

  it("says the server's own reason for a refusal", () => {
    const e = new ApiError(429, 'too-many-exports', 'The server could not export "tm-1" as Word: You have made many exports…', 'You have made many exports in the last hour; try again in 60 seconds.');
    expect(exportFailureWords(e)).toBe('The file was not made. You have made many exports in the last hour; try again in 60 seconds.');
  });

  it('tells the person to choose Word when the server cannot make PDFs, before the reason meant for its administrator', () => {
    const e = new ApiError(503, 'pdf-unavailable', 'x', 'PDF export needs Chromium.');
    expect(exportFailureWords(e)).toBe("This server cannot make PDF files yet: choose Word (.docx) instead, and tell the server's administrator. The server says: PDF export needs Chromium.");
  });

  it('says to check the connection when the server was not reached, without an empty server address', () => {
    const e = new ApiError(undefined, 'unreachable', 'Could not reach  to export "tm-1" as PDF (Failed to fetch). Check the server address and your connection.');
    expect(exportFailureWords(e)).toBe('The server could not be reached, so the file was not made. Check your connection, then try again.');
  });
});
