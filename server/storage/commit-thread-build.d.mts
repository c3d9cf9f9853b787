// Types of commit-thread-build.mjs, for the server (which finds or builds the thread) and the build scripts.
import type { BuildOptions } from 'esbuild';

/** The thread's file name beside a bundle of the server. */
export const COMMIT_THREAD_FILE: string;

/** esbuild options that bundle the commit thread of the repository at `root` to `outfile`. */
export function commitThreadBuild(root: string, outfile: string): BuildOptions & { outfile: string };
