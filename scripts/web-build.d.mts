// Types of web-build.mjs, for the tests that build the web app.

/** What a web build wrote: file names in `<outdir>/assets/` and gzip sizes in bytes. */
export interface WebBuild {
  outdir: string;
  /** The entry module (in assets/). */
  entry: string;
  /** The stylesheet (in assets/). */
  css: string;
  /** What the first page loads (entry, its static chunks and the stylesheet), gzip. */
  initialGzip: number;
  /** Every module and the stylesheet, gzip. */
  totalGzip: number;
  /** The files the build read, as esbuild's metafile names them: relative to the project root, a plugin's namespace first ("raw:/…"). */
  inputs: string[];
}

/** Builds the web app into `outdir` (default dist/web), with `entry` (default web/app/main.ts). */
export function buildWebApp(options?: { outdir?: string; entry?: string; production?: boolean }): Promise<WebBuild>;

/** One line saying what the first page costs over the wire, and everything. */
export function formatWebSizes(build: WebBuild): string;
