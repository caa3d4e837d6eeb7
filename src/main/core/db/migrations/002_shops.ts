import type { Migration } from './types'

// Secrets are not here: `secret_account` names the keychain entry that holds one
// ('<credential id>:<version>', see services/shops/credentialVault.ts for the write order).
// credential_history records dates and who/what changed them, never a secret.
export const m002Shops: Migration = {
  version: 2,
  name: 'shops and credentials',
  up(db) {
    db.exec(`
      CREATE TABLE shops (
        id TEXT PRIMARY KEY NOT NULL,
        name TEXT NOT NULL,
        mall_id TEXT NOT NULL,
        active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
        deferred_apps TEXT NOT NULL DEFAULT '[]',
        notes TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE credentials (
        id TEXT PRIMARY KEY NOT NULL,
        shop_id TEXT NOT NULL REFERENCES shops(id) ON DELETE CASCADE,
        kind_id TEXT NOT NULL,
        label TEXT NOT NULL DEFAULT '',
        issued_on TEXT,
        expires_on TEXT NOT NULL,
        expiry_source TEXT NOT NULL CHECK (expiry_source IN ('entered', 'estimated', 'certificate')),
        secret_account TEXT,
        secret_hint TEXT NOT NULL DEFAULT '',
        meta TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX credentials_shop ON credentials(shop_id);

      CREATE TABLE credential_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        credential_id TEXT NOT NULL REFERENCES credentials(id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        action TEXT NOT NULL,
        actor TEXT NOT NULL,
        old_issued_on TEXT,
        new_issued_on TEXT,
        old_expires_on TEXT,
        new_expires_on TEXT,
        old_expiry_source TEXT,
        new_expiry_source TEXT,
        secret_changed INTEGER NOT NULL DEFAULT 0,
        note TEXT NOT NULL DEFAULT ''
      ) STRICT;
      CREATE INDEX credential_history_credential ON credential_history(credential_id, id);
    `)
  },
}
