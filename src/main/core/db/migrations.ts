import type { Database } from 'better-sqlite3'

/**
 * Numbered schema migrations. Each runs in its own transaction together with the
 * `PRAGMA user_version` bump, so a crash leaves the file at the previous version, never in
 * between. Append only: a released migration is never edited.
 */
export interface Migration {
  version: number
  name: string
  up(db: Database): void
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'settings',
    up(db) {
      db.exec(`
        CREATE TABLE settings (
          key TEXT PRIMARY KEY NOT NULL,
          value TEXT NOT NULL
        ) STRICT;
      `)
    },
  },
]

export const latestVersion = migrations.reduce((max, m) => Math.max(max, m.version), 0)
