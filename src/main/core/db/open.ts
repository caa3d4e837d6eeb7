import Database from 'better-sqlite3'
import { existsSync } from 'node:fs'
import { AppError, catalog, errorText } from '@shared/errors'
import { latestVersion, migrations, type Migration } from './migrations/index'

export type Db = Database.Database

export class DatabaseTooNewError extends AppError {
  constructor(found: number, supported: number) {
    super(catalog.databaseTooNew.code, errorText('databaseTooNew', { found, supported }))
  }
}

/** Reads the schema version without writing anything (no WAL file, no journal). */
export function readSchemaVersion(file: string): number {
  if (!existsSync(file)) return 0
  const probe = new Database(file, { readonly: true, fileMustExist: true })
  try {
    return probe.pragma('user_version', { simple: true }) as number
  } finally {
    probe.close()
  }
}

/** Applies the migrations above the file's version, each in its own transaction. */
export function migrate(db: Db, list: readonly Migration[] = migrations, target = latestVersion): number {
  let version = db.pragma('user_version', { simple: true }) as number
  for (const m of [...list].sort((a, b) => a.version - b.version)) {
    if (m.version <= version || m.version > target) continue
    db.transaction(() => {
      m.up(db)
      db.pragma(`user_version = ${m.version}`)
    })()
    version = m.version
  }
  return version
}

/**
 * Opens (or creates) the app database. A file from a newer app is refused before anything
 * is written to it, so a downgrade can never damage the user's data.
 */
export function openDatabase(file: string, options: { targetVersion?: number } = {}): Db {
  const target = options.targetVersion ?? latestVersion
  const found = readSchemaVersion(file)
  if (found > latestVersion) throw new DatabaseTooNewError(found, latestVersion)
  const db = new Database(file)
  try {
    db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    db.pragma('busy_timeout = 5000')
    migrate(db, migrations, target)
    return db
  } catch (error) {
    db.close()
    throw error
  }
}
