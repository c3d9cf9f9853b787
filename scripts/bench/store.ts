/**
 * Our SQLite store, for the cold-load benchmark: it writes a long history
 * straight into a stopped server's data folder, as the server itself would
 * have stored it, update by update, compacting in the background.
 */
export { SqliteStorage } from '../../server/storage/sqlite.js';
