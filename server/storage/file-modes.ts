/**
 * File modes of the data folder: the store, its WAL and SHM, backups, the
 * admin token and the signing-key file hold every document and the means to
 * forge approvals, so only the server's own account may read them. What the
 * server creates it creates private (folder 0700, files 0600) whatever the
 * process umask; what already exists with looser modes it reports, and
 * leaves as it is: an operator may have reasons (a group-readable backup
 * folder), and silently changing their files would hide the problem rather
 * than tell them.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Mode of the data folder and of every folder the server creates for its files. */
export const PRIVATE_DIR_MODE = 0o700;
/** Mode of every file the server writes in its data folder (and of backups, wherever they go). */
export const PRIVATE_FILE_MODE = 0o600;

/** Creates `dir` (and missing parents) as 0700 if it does not exist; an existing folder is left as it is. */
export function makePrivateDir(dir: string): void {
  if (existsSync(dir)) return;
  mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR_MODE });
  // mkdir's mode is filtered by the umask (and parents get the default): set the folder itself explicitly.
  chmodSync(dir, PRIVATE_DIR_MODE);
}

/**
 * Creates `file` empty with mode 0600 if it does not exist, so whatever later
 * fills it (SQLite, a backup) inherits a private file instead of one made with
 * the umask's 0644. SQLite gives the -wal and -shm files the mode of their
 * database, so a private store keeps private journals.
 */
export function touchPrivateFile(file: string): void {
  if (existsSync(file)) return;
  const fd = openSync(file, 'a', PRIVATE_FILE_MODE);
  closeSync(fd);
  chmodSync(file, PRIVATE_FILE_MODE);
}

/** Sets `file` to 0600 if it exists (for files SQLite made itself, and files the server just wrote). */
export function makePrivateFile(file: string): void {
  if (existsSync(file)) chmodSync(file, PRIVATE_FILE_MODE);
}

/** The -wal and -shm files SQLite keeps beside a store in WAL mode. */
export function journalFiles(store: string): string[] {
  return [`${store}-wal`, `${store}-shm`];
}

/**
 * Warnings, one per folder or file in `dir` that others than its owner may
 * read, write or enter, each saying what to run; empty when all is private or
 * the folder does not exist.
 */
export function looseModeWarnings(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const warnings: string[] = [];
  const mode = statSync(dir).mode & 0o777;
  if (mode & 0o077) warnings.push(`The data folder ${dir} is ${octal(mode)}: other local users can list it. Run: chmod 700 ${dir}`);
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const st = statSync(path, { throwIfNoEntry: false });
    if (!st?.isFile()) continue;
    const m = st.mode & 0o777;
    if (m & 0o077) warnings.push(`${path} is ${octal(m)}: other local users can read it. Run: chmod 600 ${path}`);
  }
  return warnings;
}

function octal(mode: number): string {
  return `0${mode.toString(8).padStart(3, '0')}`;
}
