/** Server subcommands (serve, user, grant, backup, audit, verify): registered once server/ provides them. */
import type { Command } from 'commander';

/** Adds the server's subcommands to the program. */
export function registerServerCommands(_program: Command): void {}
