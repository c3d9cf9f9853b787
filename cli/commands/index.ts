/**
 * The server's subcommands as plain functions (serve, user, grant, revoke,
 * team, backup, audit, verify): cli/server-commands.ts parses their flags and
 * calls these; tests call them directly. Re-exports only.
 */
export { CommandError, EXIT_FAILED, EXIT_NOT_FOUND, type Out } from './command.js';
export { type StoreOptions, storeFile } from './data-folder.js';
export { runServe, type ServeOptions } from './serve.js';
export { knownOffices } from '../../server/people/offices.js';
export { userInvite, userList, userSetDisabled, userSetOffices } from './people.js';
export { userAdd, type UserAddOptions, userCanCreate, userOffice, type UserOfficeOptions, userRevoke, userToken } from './users.js';
export { parseTokenTtl, type TokenListing, userRevokeToken, userTokens } from './users.js';
export { grant, revoke } from './grants.js';
export { formatTeam, teamAdd, type TeamAddOptions, teamGrant, teamList, teamMember, teamRemove, teamRevoke } from './teams.js';
export { docCreate, type DocCreateOptions } from './documents.js';
export { backup } from './backup.js';
export { migrate, type MigrateOptions } from './migrate.js';
export { DEMO_TOKENS_FILE, demoSetup, type DemoAccount } from './demo-people.js';
export { AUDIT_KINDS, audit, type AuditOptions, formatAudit } from './audit.js';
export { keyList, keyRotate } from './key.js';
export { verify, type VerifyOptions, type VerifyResult } from '../verify-signoffs.js';
