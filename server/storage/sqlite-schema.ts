/**
 * The SQLite schema, as numbered migrations applied in order and tracked by
 * `PRAGMA user_version`. Sign-offs and the audit trail are append-only, and
 * triggers enforce it, so even a hand-written SQL statement cannot rewrite
 * history without dropping the trigger first.
 */
import type Database from 'better-sqlite3';
import { ACCESS_LEVELS } from '../../shared/access-levels.js';

/** One step of the schema: SQL to run, or a function for a step that must check the data first (and throw a message naming what to fix). */
type Migration = string | ((db: Database.Database) => void);

// create: documents are made by right, not by connecting (users.can_create); admins archive (read-only) and
// delete them (a tombstone: the row stays with deleted_at, so the id is never reused and old sign-offs never attach
// to a new document); ids that differ only by case are refused (one unique index on lower(id), tombstones included).
function caseInsensitiveIds(db: Database.Database): void {
  const clashes = db.prepare<[], { ids: string }>("SELECT group_concat(id, ' / ') AS ids FROM documents GROUP BY lower(id) HAVING COUNT(*) > 1").all();
  if (clashes.length) {
    throw new Error(
      `The store holds document ids that differ only by case (${clashes.map((c) => c.ids).join('; ')}), which this version refuses because one can pass for the other. ` +
        'Back up the store, keep the previous server version running, copy what matters from one document of each pair into the other and stop using it, then rename or remove its rows (documents, updates, grants) with the sqlite3 tool, and start this version again.',
    );
  }
  db.exec(`
    ALTER TABLE users ADD COLUMN can_create INTEGER NOT NULL DEFAULT 0;
    ALTER TABLE documents ADD COLUMN archived_at TEXT;
    ALTER TABLE documents ADD COLUMN deleted_at TEXT;
    CREATE UNIQUE INDEX documents_id_nocase ON documents(lower(id));
    CREATE INDEX documents_by_creator ON documents(created_by);
    -- A deleted document takes no content again, whoever writes (a room still unloading, a compaction under way):
    -- the row is dropped quietly, so a batch of other documents' updates still commits.
    CREATE TRIGGER updates_not_into_deleted BEFORE INSERT ON updates
      WHEN EXISTS (SELECT 1 FROM documents WHERE id = NEW.doc_id AND deleted_at IS NOT NULL)
      BEGIN SELECT RAISE(IGNORE); END;
  `);
}

// commenter: the grants' CHECK lists every access level (shared/access-levels.ts, now with "commenter"). SQLite cannot
// alter a CHECK, so the table is rebuilt: create the new one, copy, drop the old, rename, all in the migration's one
// transaction. No trigger, view or foreign key names grants, so the append-only triggers of signoffs and audit are
// untouched. The list is read from ACCESS_LEVELS: a level added later needs another rebuild like this one.
function grantsWithEveryLevel(db: Database.Database): void {
  const levels = ACCESS_LEVELS.map((l) => `'${l}'`).join(', ');
  db.exec(`
    CREATE TABLE grants_rebuilt (
      username   TEXT NOT NULL REFERENCES users(username),
      doc_id     TEXT NOT NULL,
      access     TEXT NOT NULL CHECK (access IN (${levels})),
      granted_by TEXT,
      granted_at TEXT NOT NULL,
      PRIMARY KEY (username, doc_id)
    );
    INSERT INTO grants_rebuilt (username, doc_id, access, granted_by, granted_at) SELECT username, doc_id, access, granted_by, granted_at FROM grants;
    DROP TABLE grants;
    ALTER TABLE grants_rebuilt RENAME TO grants;
    CREATE INDEX grants_by_doc ON grants(doc_id);
  `);
}

const MIGRATIONS: readonly Migration[] = [
  // 1: the first schema.
  `
  CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
  );
  CREATE TABLE documents (
    id         TEXT PRIMARY KEY,
    created_at TEXT NOT NULL,
    created_by TEXT
  );
  -- Yjs updates in arrival order; kind 1 is a compacted state that replaces all earlier rows.
  CREATE TABLE updates (
    seq    INTEGER PRIMARY KEY AUTOINCREMENT,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    kind   INTEGER NOT NULL DEFAULT 0,
    data   BLOB NOT NULL
  );
  CREATE INDEX updates_by_doc ON updates(doc_id, seq);
  CREATE TABLE users (
    username   TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    offices    TEXT NOT NULL,
    created_at TEXT NOT NULL
  );
  -- Only SHA-256 hashes of tokens are stored.
  CREATE TABLE tokens (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    username   TEXT NOT NULL REFERENCES users(username),
    hash       TEXT NOT NULL UNIQUE,
    created_at TEXT NOT NULL,
    revoked_at TEXT
  );
  CREATE INDEX tokens_by_user ON tokens(username);
  -- doc_id '*' grants access to every document.
  CREATE TABLE grants (
    username   TEXT NOT NULL REFERENCES users(username),
    doc_id     TEXT NOT NULL,
    access     TEXT NOT NULL CHECK (access IN ('viewer', 'editor', 'owner')),
    granted_by TEXT,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (username, doc_id)
  );
  CREATE INDEX grants_by_doc ON grants(doc_id);
  CREATE TABLE signoffs (
    id        TEXT PRIMARY KEY,
    doc_id    TEXT NOT NULL,
    signed_at TEXT NOT NULL,
    record    TEXT NOT NULL,
    snapshot  BLOB NOT NULL
  );
  CREATE INDEX signoffs_by_doc ON signoffs(doc_id, signed_at);
  CREATE TRIGGER signoffs_append_only_update BEFORE UPDATE ON signoffs
    BEGIN SELECT RAISE(ABORT, 'sign-offs are append-only'); END;
  CREATE TRIGGER signoffs_append_only_delete BEFORE DELETE ON signoffs
    BEGIN SELECT RAISE(ABORT, 'sign-offs are append-only'); END;
  CREATE TABLE audit (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    at     TEXT NOT NULL,
    kind   TEXT NOT NULL,
    actor  TEXT,
    doc_id TEXT,
    detail TEXT NOT NULL
  );
  CREATE INDEX audit_by_doc ON audit(doc_id, id);
  CREATE INDEX audit_by_time ON audit(at);
  CREATE TRIGGER audit_append_only_update BEFORE UPDATE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TRIGGER audit_append_only_delete BEFORE DELETE ON audit
    BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
  CREATE TABLE server_keys (
    key_id      TEXT PRIMARY KEY,
    public_key  BLOB NOT NULL,
    private_key BLOB NOT NULL,
    created_at  TEXT NOT NULL
  );
  `,
  // secrets at rest + honest health: the private signing keys leave the store for the key file
  // (server/signing/key-file.ts). SQL cannot write that file, so the keys wait in server_keys_legacy until the
  // server (or `poc key`) has moved them there; it then drops that table with secure_delete on. server_keys keeps
  // only what is published. health_probe is the scratch table /healthz writes to prove the store can write.
  `
  ALTER TABLE server_keys RENAME TO server_keys_legacy;
  CREATE TABLE server_keys (
    key_id     TEXT PRIMARY KEY,
    public_key BLOB NOT NULL,
    created_at TEXT NOT NULL
  );
  INSERT INTO server_keys (key_id, public_key, created_at) SELECT key_id, public_key, created_at FROM server_keys_legacy;
  CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL
  );
  `,
  // transport: tokens may expire (expires_at, ISO; NULL never) and are listed and revoked one by one by their id.
  `
  ALTER TABLE tokens ADD COLUMN expires_at TEXT;
  `,
  // create: the create right, archive, tombstones and ids unique without case (caseInsensitiveIds, above).
  caseInsensitiveIds,
  // the web workspace (issue 13): browser sessions. Only hashes: of the session's secret (the cookie) and of the
  // access token it was signed in with (revoking that token ends the session). Ended and expired rows are deleted.
  `
  CREATE TABLE web_sessions (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    hash            TEXT NOT NULL UNIQUE,
    username        TEXT NOT NULL REFERENCES users(username),
    token_hash      TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    last_used_at    TEXT NOT NULL,
    idle_expires_at TEXT NOT NULL,
    expires_at      TEXT NOT NULL,
    revoked_at      TEXT
  );
  CREATE INDEX web_sessions_by_user ON web_sessions(username);
  `,
  // version history (issue 13): named, automatic and restored versions, each one full Yjs update (signed versions
  // stay with their sign-off records), and the version each person last viewed. Unlike sign-offs these are working
  // copies, not evidence: the thinning removes automatic ones and deleting the document removes them all.
  `
  CREATE TABLE versions (
    id            TEXT PRIMARY KEY,
    doc_id        TEXT NOT NULL REFERENCES documents(id),
    kind          TEXT NOT NULL CHECK (kind IN ('named', 'auto', 'restored')),
    name          TEXT,
    created_at    TEXT NOT NULL,
    created_by    TEXT,
    content_hash  TEXT,
    restored_from TEXT,
    snapshot      BLOB NOT NULL
  );
  CREATE INDEX versions_by_doc ON versions(doc_id, created_at);
  CREATE TABLE version_views (
    username   TEXT NOT NULL,
    doc_id     TEXT NOT NULL,
    version_id TEXT NOT NULL,
    viewed_at  TEXT NOT NULL,
    PRIMARY KEY (username, doc_id)
  );
  -- A deleted document takes no version again (a save racing the delete): the row is dropped quietly.
  CREATE TRIGGER versions_not_into_deleted BEFORE INSERT ON versions
    WHEN EXISTS (SELECT 1 FROM documents WHERE id = NEW.doc_id AND deleted_at IS NOT NULL)
    BEGIN SELECT RAISE(IGNORE); END;
  `,
  // web workspace: when a person's connection last changed the content, and who (server/docs/last-change.ts writes
  // it at most every few seconds per document, not per keystroke).
  `
  ALTER TABLE documents ADD COLUMN changed_at TEXT;
  ALTER TABLE documents ADD COLUMN changed_by TEXT;
  ALTER TABLE documents ADD COLUMN changed_by_name TEXT;
  `,
  // commenter: grants accept every level of shared/access-levels.ts (grantsWithEveryLevel, above).
  grantsWithEveryLevel,
  // people and access (issue 14): emails, disabled people and when they were last seen; devices (token kinds and
  // labels); single-use invites (by hash); single sign-on identities; teams, their members and grants. A team is never
  // an owner (owners are people: someone answers for a document).
  `
  ALTER TABLE users ADD COLUMN email TEXT;
  ALTER TABLE users ADD COLUMN disabled_at TEXT;
  ALTER TABLE users ADD COLUMN last_seen_at TEXT;
  CREATE UNIQUE INDEX users_email_nocase ON users(lower(email)) WHERE email IS NOT NULL;
  ALTER TABLE tokens ADD COLUMN kind TEXT NOT NULL DEFAULT 'token' CHECK (kind IN ('token', 'device', 'session'));
  ALTER TABLE tokens ADD COLUMN label TEXT;
  ALTER TABLE tokens ADD COLUMN last_used_at TEXT;
  CREATE TABLE invites (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    hash       TEXT NOT NULL UNIQUE,
    username   TEXT NOT NULL REFERENCES users(username),
    created_by TEXT,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at    TEXT
  );
  CREATE INDEX invites_by_user ON invites(username);
  CREATE TABLE identities (
    issuer     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    username   TEXT NOT NULL REFERENCES users(username),
    created_at TEXT NOT NULL,
    PRIMARY KEY (issuer, subject)
  );
  CREATE INDEX identities_by_user ON identities(username);
  CREATE TABLE teams (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    offices     TEXT NOT NULL DEFAULT '[]',
    claim_value TEXT,
    created_at  TEXT NOT NULL,
    created_by  TEXT
  );
  CREATE TABLE team_members (
    team_id  TEXT NOT NULL REFERENCES teams(id),
    username TEXT NOT NULL REFERENCES users(username),
    manager  INTEGER NOT NULL DEFAULT 0,
    source   TEXT NOT NULL DEFAULT 'manual' CHECK (source IN ('manual', 'sso')),
    added_at TEXT NOT NULL,
    added_by TEXT,
    PRIMARY KEY (team_id, username)
  );
  CREATE INDEX team_members_by_user ON team_members(username);
  CREATE TABLE team_grants (
    team_id    TEXT NOT NULL REFERENCES teams(id),
    doc_id     TEXT NOT NULL,
    access     TEXT NOT NULL CHECK (access IN ('viewer', 'commenter', 'editor')),
    granted_by TEXT,
    granted_at TEXT NOT NULL,
    PRIMARY KEY (team_id, doc_id)
  );
  CREATE INDEX team_grants_by_doc ON team_grants(doc_id);
  `,
];

/** The schema version that refuses ids differing only by case (and adds the create right, archive and tombstones). */
export const CASE_INSENSITIVE_IDS_VERSION = MIGRATIONS.indexOf(caseInsensitiveIds) + 1;

/** The schema version whose grants accept the commenter level. */
export const COMMENTER_VERSION = MIGRATIONS.indexOf(grantsWithEveryLevel) + 1;

/** Brings the database to the latest schema; returns the version it started from (0 for a new store). */
export function migrate(db: Database.Database): number {
  const from = db.pragma('user_version', { simple: true }) as number;
  if (from > MIGRATIONS.length) {
    throw new Error(
      `The store was written by a newer version of the server (schema ${from}, this version knows up to ${MIGRATIONS.length}). Upgrade the server or restore a backup.`,
    );
  }
  for (let v = from; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      // Several servers may start together on one store: the first to take the write lock migrates, the others find it done.
      if ((db.pragma('user_version', { simple: true }) as number) > v) return;
      const step = MIGRATIONS[v];
      if (typeof step === 'string') db.exec(step);
      else step(db);
      db.pragma(`user_version = ${v + 1}`);
    }).immediate();
  }
  return from;
}
