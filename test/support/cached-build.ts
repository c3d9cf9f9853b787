/**
 * esbuild builds for the tests, made once per change of their sources instead of once per test file: a build keeps,
 * beside its outputs, the list of every file it read, and is reused for as long as none of them has changed since it
 * started (as make does). A test therefore still runs against what the sources say now, while the browser and CLI test
 * files of one run share one bundle instead of each spending a second or two of CPU to build the same one again.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { build, type BuildOptions, version } from 'esbuild';

/** What a build read and wrote, kept in `<outfile>.build.json`. */
interface Stamp {
  key: string;
  started: number;
  inputs: string[];
  outputs: string[];
}

/**
 * A file whose modification time is this close to a build's start counts as changed after it: file times are coarser
 * than the clock, and rebuilding once more costs less than running a test against an old bundle.
 */
const MARGIN_MS = 2_000;

/** The stamp of an output when it is still current for `key`: same options, every output there, no input newer. */
function currentStamp(stampFile: string, key: string): Stamp | undefined {
  let stamp: Stamp;
  try {
    stamp = JSON.parse(readFileSync(stampFile, 'utf8')) as Stamp;
  } catch {
    return undefined;
  }
  if (stamp.key !== key || !stamp.outputs.every((f) => existsSync(f))) return undefined;
  for (const f of stamp.inputs) {
    try {
      if (statSync(f).mtimeMs >= stamp.started - MARGIN_MS) return undefined;
    } catch {
      return undefined;
    }
  }
  return stamp;
}

/** Writes a file under a name of its own, then renames it: another test process never reads it half-written. */
export function writeAtomically(file: string, contents: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.partial`;
  writeFileSync(partial, contents);
  renameSync(partial, file);
}

/** Absolute paths of the files an esbuild metafile lists as inputs (keys relative to `cwd`, a plugin's namespace first: "raw:/…/x.yaml"). */
export function metafileInputs(keys: Iterable<string>, cwd: string): string[] {
  return [...keys].map((p) => resolve(cwd, p.replace(/^[\w-]+:(?=\/)/, '')));
}

/**
 * Runs `build` unless the outputs it last produced for `key` are still current, as recorded in `stampFile` (no input
 * changed since that build started, every output still there); resolves with the paths of the outputs. `build`
 * writes its outputs so a process reading them never sees one half-written, and says which files it read.
 */
export async function cachedStep(stampFile: string, key: string, build: () => Promise<{ inputs: string[]; outputs: string[] }>): Promise<string[]> {
  const current = currentStamp(stampFile, key);
  if (current) return current.outputs;
  const started = Date.now();
  const { inputs, outputs } = await build();
  const stamp: Stamp = { key, started, inputs, outputs };
  writeAtomically(stampFile, JSON.stringify(stamp));
  return stamp.outputs;
}

/**
 * Runs an esbuild build with one `outfile`, unless its last outputs are still current (no file it read has changed
 * since, same options and esbuild version); resolves with the paths of its outputs.
 */
export async function cachedBuild(options: BuildOptions & { outfile: string }): Promise<string[]> {
  const cwd = options.absWorkingDir ?? process.cwd();
  const key = createHash('sha256')
    .update(JSON.stringify({ version, options: { ...options, plugins: options.plugins?.map((p) => p.name) } }))
    .digest('hex');
  return cachedStep(`${options.outfile}.build.json`, key, async () => {
    const result = await build({ ...options, write: false, metafile: true });
    for (const f of result.outputFiles) writeAtomically(f.path, f.contents);
    // esbuild also reads the project's tsconfig.json.
    const inputs = metafileInputs(Object.keys(result.metafile.inputs), cwd);
    const tsconfig = join(cwd, 'tsconfig.json');
    if (existsSync(tsconfig)) inputs.push(tsconfig);
    return { inputs, outputs: result.outputFiles.map((f) => f.path) };
  });
}
