/**
 * Running the built `poc` CLI as a person at a terminal does, for tests that read what it says: over a shell that
 * names no language and carries none of the tester's own POC settings (token, server, data folder, store, key
 * passphrase), unless the test's `env` sets them.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import type { Message } from '../../shared/i18n/catalogue.js';

/** What a run of the CLI gave: its exit code and what it printed. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** The shell a CLI test runs in: English by default (C.UTF-8) and no POC_* setting of whoever runs the tests. */
const SHELL = { LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '', POC_TOKEN: '', POC_SERVER: '', POC_DATA: '', POC_STORE_URL: '', POC_KEY_PASSPHRASE: '' };

/** Runs the CLI bundle `cli` with `args` in the folder `cwd`, `env` over the neutral shell; a failing exit is a result, not a throw. */
export async function runCli(cli: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): Promise<CliRun> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ...SHELL, ...env } });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** Every text of a catalogue message: the sentence, or each plural form or case of a choice. */
export function messageForms(m: Message): string[] {
  return typeof m === 'string' ? [m] : Object.entries(m).filter(([k]) => k !== 'select').map(([, v]) => v as string);
}
