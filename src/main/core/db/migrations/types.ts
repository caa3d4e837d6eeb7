import type { Database } from 'better-sqlite3'

/**
 * A numbered schema migration. Each runs in its own transaction together with the
 * `PRAGMA user_version` bump. Append only: a released migration is never edited.
 */
export interface Migration {
  version: number
  name: string
  up(db: Database): void
}
