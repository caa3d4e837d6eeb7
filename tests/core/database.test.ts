import Database from 'better-sqlite3'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { migrations, latestVersion } from '@core/db/migrations/index'
import { DatabaseTooNewError, migrate, openDatabase, readSchemaVersion } from '@core/db/open'
import { SettingsRepo } from '@core/db/settingsRepo'
import { makeTempDir } from '../helpers/tempDir'

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

const sha = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex')

describe('database', () => {
  it('migrates an empty file to the current version, with WAL and foreign keys on', () => {
    const file = join(dir.path, 'app.sqlite')
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]
    expect(tables.map((t) => t.name)).toContain('settings')
    db.close()
    expect(readSchemaVersion(file)).toBe(latestVersion)
  })

  it('runs each migration once, one version at a time', () => {
    const file = join(dir.path, 'steps.sqlite')
    const raw = new Database(file)
    for (const m of migrations) {
      expect(migrate(raw, migrations, m.version)).toBe(m.version)
      expect(raw.pragma('user_version', { simple: true })).toBe(m.version)
    }
    // Running again is a no-op, not a failure on CREATE TABLE.
    expect(migrate(raw)).toBe(latestVersion)
    raw.close()
  })

  it('rolls a failing migration back entirely', () => {
    const raw = new Database(join(dir.path, 'fail.sqlite'))
    const broken = [
      ...migrations,
      {
        version: latestVersion + 1,
        name: 'broken',
        up(db: Database.Database) {
          db.exec('CREATE TABLE half_done (x INTEGER)')
          throw new Error('boom')
        },
      },
    ]
    expect(() => migrate(raw, broken, latestVersion + 1)).toThrow('boom')
    expect(raw.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(raw.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name='half_done'").get()).toEqual({
      n: 0,
    })
    raw.close()
  })

  it('refuses a database from a newer app and leaves the file untouched', () => {
    const file = join(dir.path, 'newer.sqlite')
    const raw = new Database(file)
    raw.exec('CREATE TABLE future (x)')
    raw.pragma(`user_version = ${latestVersion + 5}`)
    raw.close()
    const before = sha(file)
    let error: unknown
    try {
      openDatabase(file)
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(DatabaseTooNewError)
    expect((error as DatabaseTooNewError).code).toBe('database_too_new')
    expect((error as DatabaseTooNewError).bilingual.ja).toContain('新しいバージョン')
    expect(sha(file)).toBe(before)
    expect(existsSync(`${file}-wal`)).toBe(false)
  })

  it('keeps settings as JSON through the repository across reopening', () => {
    const file = join(dir.path, 'settings.sqlite')
    let db = openDatabase(file)
    new SettingsRepo(db).set('ui.language', 'en')
    db.close()
    db = openDatabase(file)
    const repo = new SettingsRepo(db)
    expect(repo.get('ui.language', 'ja')).toBe('en')
    expect(repo.get('missing', 42)).toBe(42)
    db.close()
  })
})
