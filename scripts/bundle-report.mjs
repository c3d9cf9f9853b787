// What is in a bundle, by package: `node esbuild.config.mjs production --analyze`
// prints this for main.js (issue 6 wants it under 600 KB). Bytes are those each
// input contributes to the minified output, as esbuild's metafile counts them.

/** The package (or project folder) a metafile input path belongs to. */
export function ownerOf(input) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
  if (m) return m[1];
  if (input.includes(':')) return input.slice(0, input.indexOf(':')) + ':'; // virtual namespaces, e.g. raw: (the built-in templates)
  return input.split('/').slice(0, 2).join('/');
}

/** Bytes in `outfile` per owner (see ownerOf), largest first. */
export function sizesByOwner(metafile, outfile) {
  const output = Object.entries(metafile.outputs).find(([path]) => path.endsWith(outfile))?.[1];
  if (!output) throw new Error(`${outfile} is not an output of this build (outputs: ${Object.keys(metafile.outputs).join(', ')})`);
  const sizes = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) sizes.set(ownerOf(input), (sizes.get(ownerOf(input)) ?? 0) + bytesInOutput);
  return { total: output.bytes, rows: [...sizes].sort((a, b) => b[1] - a[1]) };
}

/** A plain-text table of sizesByOwner, the `limit` largest rows. */
export function formatSizes({ total, rows }, limit = 30) {
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
  const lines = rows.slice(0, limit).map(([owner, bytes]) => `${kb(bytes)}  ${((100 * bytes) / total).toFixed(1).padStart(4)}%  ${owner}`);
  if (rows.length > limit) lines.push(`${kb(rows.slice(limit).reduce((s, [, b]) => s + b, 0))}         ${rows.length - limit} more`);
  return [`${kb(total)}  total (${total} bytes)`, ...lines].join('\n');
}
