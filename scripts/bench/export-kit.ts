// The timings of the Word and PDF exports (issue 16), bundled by build-kit.mjs and run in a child process of its own
// (scripts/bench/export.mjs): a 500-row threat matrix from its model to the file, each format repeated, the PDF's
// first print (Chromium started) apart from the warm ones; beside them the reference of this run: Chromium printing
// a one-line page, the fixed cost every PDF pays.
import { exportDocument } from '../../shared/export/build.js';
import { TemplateSet } from '../../shared/template/set.js';
import { exportDocx } from '../../server/export/docx.js';
import { exportHtml } from '../../server/export/html.js';
import { PdfPrinter } from '../../server/export/pdf.js';
import { threatMatrix } from './kit.js';

/** Fastest, median and slowest of a list of timings (ms). */
export interface Spread {
  min: number;
  median: number;
  max: number;
}

const spread = (xs: number[]): Spread => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return { min: s[0]!, median: s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2, max: s[s.length - 1]! };
};

/** What the export section reports. */
export interface ExportTimings {
  rows: number;
  reps: number;
  docxMs: Spread;
  docxBytes: number;
  /** The first PDF, Chromium started for it. */
  pdfFirstMs: number;
  pdfMs: Spread;
  pdfBytes: number;
  /** The reference: Chromium printing a one-line page, warm. */
  blankPdfMs: Spread;
}

/** Times `reps` exports of a `rows`-row threat matrix to each format, model to bytes. */
export async function exportTimings(rows: number, reps: number): Promise<ExportTimings> {
  const model = threatMatrix(rows);
  const template = TemplateSet.builtin().get('threat-matrix');
  const make = () => exportDocument(model, template, { now: new Date().toISOString(), mission: 'MINUSAR' });
  const docx: number[] = [];
  let docxBytes = 0;
  for (let i = 0; i < reps; i++) {
    const t0 = performance.now();
    docxBytes = (await exportDocx(make())).length;
    docx.push(performance.now() - t0);
  }
  const printer = new PdfPrinter();
  try {
    const pdf: number[] = [];
    let pdfBytes = 0;
    let first = 0;
    for (let i = 0; i <= reps; i++) {
      const t0 = performance.now();
      const x = make();
      pdfBytes = (await printer.print(exportHtml(x, 'a4'), { paper: 'a4' })).length;
      if (i === 0) first = performance.now() - t0;
      else pdf.push(performance.now() - t0);
    }
    const blank: number[] = [];
    for (let i = 0; i < reps; i++) {
      const t0 = performance.now();
      await printer.print('<!doctype html><p>One line.</p>', { paper: 'a4' });
      blank.push(performance.now() - t0);
    }
    return { rows, reps, docxMs: spread(docx), docxBytes, pdfFirstMs: first, pdfMs: spread(pdf), pdfBytes, blankPdfMs: spread(blank) };
  } finally {
    await printer.close();
  }
}
