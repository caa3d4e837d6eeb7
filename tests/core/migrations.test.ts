import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpTables } from '../../src/main/core/db/backupRepo'
import { latestVersion, migrations } from '../../src/main/core/db/migrations/index'
import { migrate, openDatabase } from '../../src/main/core/db/open'
import { makeTempDir } from '../helpers/tempDir'

// For every past schema version: a database built at that version with data in every table
// it has, upgraded by the app to the current version, keeps all of it.
const T = '2026-11-01T00:00:00.000Z'
const seeds: Record<number, (db: Database.Database) => void> = {
  1: (db) => {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('ui.language', '"en"')
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('desktop', '{"keepInTray":false}')
  },
  2: (db) => {
    db.prepare(
      `INSERT INTO shops (id, name, mall_id, active, deferred_apps, notes, created_at, updated_at)
       VALUES ('shop-1', '楽天 本店', 'rakuten', 1, '["atodene"]', 'メモ', ?, ?)`,
    ).run(T, T)
    db.prepare(
      `INSERT INTO credentials (id, shop_id, kind_id, label, issued_on, expires_on, expiry_source, secret_account, secret_hint, meta, created_at, updated_at)
       VALUES ('cred-1', 'shop-1', 'rakuten.licenseKey', '', '2026-10-01', '2027-01-01', 'estimated', 'cred-1:1', '••••AB12', '{}', ?, ?)`,
    ).run(T, T)
    const history = db.prepare('PRAGMA table_info(credential_history)').all() as { name: string }[]
    const cols = history.map((c) => c.name).filter((c) => c !== 'id')
    const values: Record<string, unknown> = {
      credential_id: 'cred-1',
      at: T,
      action: 'create',
      actor: 'user',
      new_expires_on: '2027-01-01',
      secret_changed: 1,
      note: '',
    }
    db.prepare(
      `INSERT INTO credential_history (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`,
    ).run(Object.fromEntries(cols.map((c) => [c, values[c] ?? null])))
  },
  3: (db) => {
    db.prepare(
      `INSERT INTO closures (id, name, start_date, end_date, created_at, updated_at)
       VALUES ('closure-1', '年末年始', '2026-12-29', '2027-01-03', ?, ?)`,
    ).run(T, T)
  },
  4: (db) => {
    db.prepare(
      `INSERT INTO reminder_log (reminder_id, state, at, kind, due_at, subject_type, subject_id, route, severity, title_ja, title_en, body_ja, body_en)
       VALUES ('credentialExpiry:cred-1:2027-01-01:30', 'fired', ?, 'credentialExpiry', '2026-12-02T09:00:00+09:00', 'credential', 'cred-1', '/shops?credential=cred-1', 'warning', 't', 't', 'b', 'b')`,
    ).run(T)
  },
  5: (db) => {
    db.prepare(
      `INSERT INTO prep_runs (id, closure_id, closure_name, closure_start, closure_end, phase_dates, carrier_notes, created_at, updated_at)
       VALUES ('run-1', 'closure-1', '年末年始', '2026-12-29', '2027-01-03', '{}', 'ヤマト 12/30 集荷予約', ?, ?)`,
    ).run(T, T)
    db.prepare(
      `INSERT INTO prep_steps (run_id, key, position, instance, state, skip_reason, notes, done_at, auto, updated_at)
       VALUES ('run-1', 'mail.templates', 1, '{}', 'skipped', '署名は変えない', '', NULL, 0, ?)`,
    ).run(T)
  },
}

let dir: ReturnType<typeof makeTempDir>
beforeEach(() => (dir = makeTempDir()))
afterEach(() => dir.remove())

describe('migrations from every past version', () => {
  it('has a data seed for every migration', () => {
    expect(migrations.map((m) => m.version).sort((a, b) => a - b)).toEqual(Object.keys(seeds).map(Number))
  })

  it.each(migrations.map((m) => m.version).filter((v) => v < latestVersion))(
    'upgrades a version %i database with data to the current version intact',
    (version) => {
      const file = join(dir.path, `v${version}.sqlite`)
      const old = new Database(file)
      old.pragma('foreign_keys = ON')
      for (const m of migrations.filter((m) => m.version <= version)) {
        migrate(old, migrations, m.version)
        seeds[m.version]!(old)
      }
      expect(old.pragma('user_version', { simple: true })).toBe(version)
      const before = dumpTables(old as never)
      old.close()

      const db = openDatabase(file)
      expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      expect(db.pragma('foreign_key_check')).toEqual([])
      const after = dumpTables(db)
      for (const [table, rows] of Object.entries(before)) {
        // Every old row is still there with every old column's value (new columns may be added).
        const kept = after[table]?.map((r) =>
          Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, r[k]])),
        )
        expect(kept).toEqual(rows)
      }
      // Later tables exist and take data at once.
      for (const m of migrations.filter((m) => m.version > version)) seeds[m.version]!(db)
      db.close()
    },
  )
})
