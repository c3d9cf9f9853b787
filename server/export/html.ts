/**
 * An export as the page Chromium prints to PDF: the reading view's markup
 * and stylesheet (styles/reading.css, the web workspace's reading page)
 * with a title page, the contents, the threat matrix's heat map and tables,
 * and the signature page (styles/export.css). The page has no script and
 * loads nothing: every value is escaped (safe-html.ts), and the printer
 * (pdf.ts) runs it with JavaScript off and the network closed.
 */
import type { ExportBlock, ExportDocument, ExportField, ExportHeat, ExportItem, ExportSection, ExportTable, Flow, Run } from '../../shared/export/export-model.js';
import { PAPER_BAND_FILL } from '../../shared/export/marking.js';
import { exportWordsOf, type ExportWords } from '../../shared/export/words.js';
import exportCss from '../../styles/export.css?raw';
import readingCss from '../../styles/reading.css?raw';
import { html, type SafeHtml, trusted } from './safe-html.js';
import type { PaperSize } from '../../shared/api/exports.js';


/** Only web addresses become links on paper; anything else stays text. */
const isWebAddress = (href: string) => /^https?:\/\//i.test(href);

function run(r: Run): SafeHtml {
  let text: SafeHtml = html`${r.text}`;
  if (r.code) text = html`<code>${text}</code>`;
  if (r.italic) text = html`<em>${text}</em>`;
  if (r.bold) text = html`<strong>${text}</strong>`;
  return r.href && isWebAddress(r.href) ? html`<a href="${r.href}">${text}</a>` : text;
}

function flow(f: readonly Flow[]): SafeHtml {
  return html`${f.map((x) => (x.t === 'p' ? html`<p>${x.runs.map(run)}</p>` : x.t === 'ul' ? html`<ul>${x.items.map((i) => html`<li>${i.map(run)}</li>`)}</ul>` : html`<pre class="poc-read-raw">${x.text}</pre>`))}`;
}

function fields(list: readonly ExportField[]): SafeHtml | undefined {
  if (!list.length) return undefined;
  return html`<dl class="poc-read-fields">${list.map((f) => html`<div class="poc-read-field"><dt>${f.label}</dt><dd>${flow(f.value)}</dd></div>`)}</dl>`;
}

/** A table's row completed: its heading, the short values run on one line, then each longer value under its label. */
function compactBlock(b: ExportBlock, h: number, w: ExportWords): SafeHtml {
  const short = b.fields.filter((f) => f.short);
  const long = b.fields.filter((f) => !f.short);
  return html`<article class="poc-export-detail" id="${`read-${b.id}`}"><h${h} class="poc-read-block-title">${b.heading}</h${h}>${
    short.length ? html`<p>${short.map((f, i) => html`${i ? ' · ' : ''}<strong>${w('field.labelAlone', { label: f.label })}</strong> ${f.value.map((v) => (v.t === 'p' ? v.runs.map(run) : ''))}`)}</p>` : ''
  }${long.map((f) => html`<div class="poc-export-long"><strong>${w('field.labelAlone', { label: f.label })}</strong>${flow(f.value)}</div>`)}</article>`;
}

function block(b: ExportBlock, level: number, w: ExportWords): SafeHtml {
  const h = Math.min(level, 6);
  if (b.compact) return compactBlock(b, h, w);
  return html`<article class="poc-read-block" id="${`read-${b.id}`}"><h${h} class="poc-read-block-title">${b.heading}</h${h}>${fields(b.fields)}</article>`;
}

function table(t: ExportTable): SafeHtml {
  const idColumn = t.idColumn;
  return html`<table class="poc-read-table poc-export-rows"><caption>${t.caption}</caption><thead><tr>${t.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead><tbody>${t.rows.map(
    (r) => html`<tr>${r.cells.map((c, i) => (i === idColumn ? html`<th scope="row">${flow(c)}</th>` : html`<td>${flow(c)}</td>`))}</tr>`,
  )}</tbody></table>`;
}

function heat(m: ExportHeat, w: ExportWords): SafeHtml {
  return html`<table class="poc-export-heat"><caption>${m.caption}</caption><tr><th>${w('heat.corner')}</th>${m.rows[0]!.map((c) => html`<th scope="col">${c.impact}</th>`)}</tr>${m.rows.map(
    (row) =>
      html`<tr><th scope="row">${row[0]!.likelihood}</th>${row.map(
        (c) => html`<td style="${`background:#${PAPER_BAND_FILL[c.band] ?? "FFFFFF"} !important`}" title="${c.ids.join(', ')}">${c.ids.length ? html`<strong>${c.ids.length}</strong> <span>(${c.risk})</span>` : ''}</td>`,
      )}</tr>`,
  )}</table><ul class="poc-export-heat-key" aria-label="${w('heat.keyLabel')}">${m.key.map(
    (k) => html`<li><span class="poc-export-swatch" style="${`background:#${PAPER_BAND_FILL[k.band] ?? 'FFFFFF'} !important`}"></span>${w('heat.keyItem', { band: k.words, range: k.range })}</li>`,
  )}</ul>${m.unrated.length ? html`<p>${w('heat.unrated', { ids: m.unrated.join(', ') })}</p>` : ''}`;
}

function item(i: ExportItem, level: number, w: ExportWords): SafeHtml {
  switch (i.t) {
    case 'p':
    case 'ul':
    case 'pre':
      return flow([i]);
    case 'block':
      return block(i, level, w);
    case 'table':
      return table(i);
    case 'heat':
      return heat(i, w);
    case 'empty':
      return html`<p class="poc-read-empty">${i.text}</p>`;
  }
}

function section(s: ExportSection, n: number, w: ExportWords): SafeHtml {
  const h = Math.min(s.level + 1, 6);
  const wide = s.items.some((i) => i.t === 'table' && i.wide);
  return html`<section class="${`poc-read-section level-${s.level}${wide ? ' poc-export-wide' : ''}`}" id="${`sec-${n}`}" data-section="${s.id}"><h${h} class="poc-read-section-title">${s.heading}</h${h}>${s.items.map((i) => item(i, s.level + 2, w))}</section>`;
}

function cover(x: ExportDocument, w: ExportWords): SafeHtml {
  const c = x.cover;
  const line = (label: string, v: string | undefined) => (v ? html`<div class="poc-read-field"><dt>${label}</dt><dd>${v}</dd></div>` : '');
  return html`<section class="poc-export-cover">${c.draft ? html`<p class="poc-export-draft">${c.draft}</p>` : ''}${c.mission ? html`<p class="poc-export-mission">${c.mission}</p>` : ''}<p class="poc-export-type">${c.typeTitle}</p><h1 class="poc-read-title">${c.title}</h1><dl class="poc-read-fields">${line(w('cover.area'), c.area)}${line(w('cover.status'), c.status)}${line(w('cover.version'), c.version)}${line(w('cover.exported'), c.date)}${line(w('cover.classification'), x.marking)}${line(w('cover.docId'), c.docId)}${
    c.url && isWebAddress(c.url) ? html`<div class="poc-read-field"><dt>${w('cover.online')}</dt><dd><a href="${c.url}">${c.url}</a></dd></div>` : ''
  }</dl></section>`;
}

function contents(x: ExportDocument, w: ExportWords): SafeHtml {
  return html`<nav class="poc-export-contents"><h2>${w('contents')}</h2><ol>${x.sections.map((s, n) => html`<li class="${`level-${s.level}`}"><a href="${`#sec-${n}`}">${s.heading}</a></li>`)}<li class="level-1"><a href="#signatures">${w('signoffs')}</a></li></ol></nav>`;
}

function signatures(x: ExportDocument, w: ExportWords): SafeHtml {
  const s = x.signatures;
  return html`<section class="poc-export-signatures" id="signatures"><h2 class="poc-read-section-title">${w('signoffs')}</h2>${s.none ? html`<p>${s.none}</p>` : ''}${s.rows.map(
    (r) =>
      html`<article class="${`poc-read-block poc-export-signature is-${r.standing}`}"><h3 class="poc-read-block-title">${r.heading}</h3><dl class="poc-read-fields">${[
        [w('sign.by'), r.person],
        [w('sign.when'), r.signedAt],
        [w('sign.comment'), r.comment],
        [w('sign.hash'), r.contentHash],
        [w('sign.key'), r.keyId],
      ].map(([label, v]) => (v ? html`<div class="poc-read-field"><dt>${label}</dt><dd>${v}</dd></div>` : ''))}<div class="poc-read-field"><dt>${w('sign.against')}</dt><dd><strong>${r.standingWords}</strong></dd></div></dl></article>`,
  )}${s.stillToSign ? html`<p class="poc-export-still"><strong>${w('sign.still', { offices: s.stillToSign.join(', ') })}</strong></p>` : ''}<p class="poc-export-verify">${s.howToVerify}</p></section>`;
}

/**
 * `text` as a CSS string literal, safe inside a <style> element: every character but printable ASCII letters, digits,
 * spaces and punctuation other than quotes, backslashes and angle brackets is written as a hex escape. Not only line
 * feeds end a CSS string: a form feed (and a carriage return) does too, and what follows would be read as rules of the
 * page; escaping all the rest leaves nothing for a parser to read otherwise.
 */
function cssString(text: string): string {
  return `"${[...text].map((c) => (/^[\x20-\x7E]$/.test(c) && !/[\\"'<>]/.test(c) ? c : `\\${c.codePointAt(0)!.toString(16).toUpperCase()} `)).join('')}"`;
}

/**
 * The page rules: paper size (landscape for wide sections) and, in the page margins, the band (the marking, and
 * the draft marking on a version not approved) at the top and the band with "Page X of Y" at the bottom. CSS margin boxes rather than Chromium's header and footer templates: the
 * templates are laid out again for every page and doubled the time of a long matrix.
 */
/** "Page X of Y" in the export's language as CSS content: the sentence's words as strings, its numbers as the page counters. */
function pageCounter(w: ExportWords): string {
  const text = w('page.number', { page: '\u0000P\u0000', pages: '\u0000T\u0000' });
  return text
    .split('\u0000')
    .filter(Boolean)
    .map((part) => (part === 'P' ? 'counter(page)' : part === 'T' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

function pageRules(paper: PaperSize, band: string, w: ExportWords): string {
  const size = paper === 'letter' ? 'letter' : 'A4';
  const mark = cssString(band);
  const boxes = `margin: 18mm 15mm 20mm; @top-center { content: ${mark}; font: bold 8pt Arial, sans-serif; } @bottom-center { content: ${mark} "\\A " ${pageCounter(w)}; white-space: pre; text-align: center; font: 8pt Arial, sans-serif; }`;
  return `@page { size: ${size} portrait; ${boxes} } @page wide { size: ${size} landscape; ${boxes} }`;
}

/** The page of an export to print on `paper`: complete HTML, no script, nothing loaded from anywhere. */
export function exportHtml(x: ExportDocument, paper: PaperSize): string {
  const w = exportWordsOf(x.lang);
  const pages = trusted(pageRules(paper, x.pageBand, w));
  return html`<!doctype html><html lang="${x.lang}"><head><meta charset="utf-8"><title>${w('doc.title', { type: x.cover.typeTitle, title: x.cover.title })}</title><style>${trusted(readingCss)}${trusted(exportCss)}${pages}</style></head><body class="poc-export">${cover(x, w)}${x.contents ? contents(x, w) : ''}<article class="poc-reading"><header class="poc-read-header">${fields(x.fields)}</header>${x.sections.map((s, n) => section(s, n, w))}</article>${signatures(x, w)}</body></html>`.markup;
}
