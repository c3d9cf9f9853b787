// Types of commit-thread.mjs, for the server (which finds the thread) and the tests that bundle the server.
import type { BuildOptions } from 'esbuild';

/** The thread's file name beside a bundle of the server. */
export const COMMIT_THREAD_FILE: string;

/** esbuild options that bundle the commit thread of the repository at `root` to `outfile`. */
export function commitThreadBuild(root: string, outfile: string): BuildOptions & { outfile: string };

/** Where the commit thread goes for a server bundled to `serverOutfile`: the same folder. */
export function commitThreadBeside(serverOutfile: string): string;
