// The tests' build cache (test/support/cached-build.ts): a bundle is reused only while nothing it was built from changed.
import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedBuild, cachedStep } from '../support/cached-build.js';
import { tempDir } from '../support/test-server.js';

const tmp = tempDir('poc-cached-build-');
afterAll(() => tmp.remove());

/** A two-module program in the temp folder, and the options that bundle it. */
function program(name: string) {
  const dir = join(tmp.dir, name);
  const options = { entryPoints: [join(dir, 'main.ts')], bundle: true, format: 'esm' as const, outfile: join(dir, 'out', 'main.js'), logLevel: 'error' as const, absWorkingDir: dir };
  return { dir, options, out: () => readFileSync(options.outfile, 'utf8') };
}

/** Sets a file's modification time `ms` milliseconds in the past, as if written before the build. */
const age = (file: string, ms: number) => utimesSync(file, new Date(Date.now() - ms), new Date(Date.now() - ms));

describe('a cached build', () => {
  it('is reused while no file it read has changed, and rebuilt when an imported file changes', async () => {
    const p = program('imports');
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(join(p.dir, 'main.ts'), "import { word } from './word.js';\nconsole.log(word);\n");
    writeFileSync(join(p.dir, 'word.ts'), "export const word = 'first';\n");
    for (const f of ['main.ts', 'word.ts']) age(join(p.dir, f), 60_000);
    await cachedBuild(p.options);
    expect(p.out()).toContain('first');
    // The output is kept as it is while the sources are unchanged: a marker written into it survives.
    writeFileSync(p.options.outfile, `${p.out()}// kept\n`);
    await cachedBuild(p.options);
    expect(p.out()).toContain('// kept');
    writeFileSync(join(p.dir, 'word.ts'), "export const word = 'second';\n");
    await cachedBuild(p.options);
    expect(p.out()).toContain('second');
    expect(p.out()).not.toContain('// kept');
  });

  it('is rebuilt when its options change, or when its output is gone', async () => {
    const p = program('options');
    mkdirSync(p.dir, { recursive: true });
    writeFileSync(join(p.dir, 'main.ts'), "console.log('hello');\n");
    age(join(p.dir, 'main.ts'), 60_000);
    await cachedBuild(p.options);
    writeFileSync(p.options.outfile, '// stale\n');
    await cachedBuild({ ...p.options, banner: { js: '// banner' } });
    expect(p.out()).toMatch(/^\/\/ banner/);
    rmSync(p.options.outfile);
    await cachedBuild({ ...p.options, banner: { js: '// banner' } });
    expect(p.out()).toContain('hello');
  });

  it('runs a step of its own (the web app build) again only when a file it read changed, or its key', async () => {
    const dir = join(tmp.dir, 'step');
    mkdirSync(dir, { recursive: true });
    const source = join(dir, 'source.txt');
    writeFileSync(source, 'one');
    age(source, 60_000);
    let runs = 0;
    const step = (key: string) => cachedStep(join(dir, 'build.json'), key, async () => {
      runs++;
      const out = join(dir, `out-${runs}.txt`);
      writeFileSync(out, readFileSync(source, 'utf8'));
      return { inputs: [source], outputs: [out] };
    });
    expect(await step('a')).toEqual([join(dir, 'out-1.txt')]);
    expect(await step('a')).toEqual([join(dir, 'out-1.txt')]);
    writeFileSync(source, 'two');
    expect(readFileSync((await step('a'))[0]!, 'utf8')).toBe('two');
    expect(await step('b')).toEqual([join(dir, 'out-3.txt')]);
    expect(runs).toBe(3);
  });
});
