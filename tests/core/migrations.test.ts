import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dumpTables } from '@core/db/backupRepo'
import { latestVersion, migrations } from '@core/db/migrations/index'
import { migrate, openDatabase } from '@core/db/open'
import { createCore } from '@core'
import { DATABASE_FILE } from '@core'
import type { AppNoticeView } from '@shared/ipc/facts'
import { testSecretStore } from '../helpers/keychain'
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
  6: (db) => {
    db.prepare(
      `INSERT INTO app_notices (id, kind, created_at, payload, dismissed_at)
       VALUES ('test:notice', 'estimatesMoved', ?, '{"items":[]}', NULL)`,
    ).run(T)
  },
  7: (db) => {
    db.prepare(
      `INSERT INTO notice_templates (scope, template_id, lang, body, updated_at)
       VALUES ('shop-1', 'banner', 'ja', '【年末年始】{closureRange}は休業します', ?)`,
    ).run(T)
    db.prepare(
      `INSERT INTO notice_options (scope, payload, updated_at) VALUES ('common', '{"shopName":"山田商店"}', ?)`,
    ).run(T)
  },
}

/**
 * What a migration changes on purpose in old rows, so that "every old value kept" can be
 * checked for everything else. 006 recomputes estimated expiries (楽天: 90 days, not 3 months)
 * and writes a history line for each.
 */
function documentedChanges(
  table: string,
  rows: Record<string, unknown>[],
  after: Record<string, Record<string, unknown>[]>,
): Record<string, unknown>[] {
  if (table === 'credential_history') return rows
  if (table !== 'credentials') return rows
  const moved = new Set(
    (after.credential_history ?? []).filter((h) => h.action === 'recompute').map((h) => h.credential_id),
  )
  return rows.map((r) => {
    if (!moved.has(r.id)) return r
    const now = after.credentials!.find((a) => a.id === r.id)!
    return { ...r, expires_on: now.expires_on, updated_at: now.updated_at }
  })
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
        // Every old row is still there with every old column's value (new columns may be added),
        // apart from the documented corrections; rows the app adds itself come after them.
        const kept = after[table]
          ?.filter(
            (r) =>
              // 006's own history lines, unless the old database already had them (version 6 on).
              !(
                table === 'credential_history' &&
                r.action === 'recompute' &&
                !rows.some((o) => o.id === r.id)
              ),
          )
          .map((r) => Object.fromEntries(Object.keys(rows[0] ?? {}).map((k) => [k, r[k]])))
        expect(kept).toEqual(documentedChanges(table, rows, after))
      }
      // Later tables exist and take data at once.
      for (const m of migrations.filter((m) => m.version > version)) seeds[m.version]!(db)
      db.close()
    },
  )
})

// Migration 006: a version-5 database with the estimates of the old profiles.
// Rows are handled in creation order, then by id (all of these were created at once).
describe('migration 006: mall facts checked 2026-12', () => {
  const T5 = '2026-11-01T00:00:00.000Z'

  function buildV5(file: string) {
    const old = new Database(file)
    old.pragma('foreign_keys = ON')
    migrate(old, migrations, 5)
    const shop = old.prepare(
      `INSERT INTO shops (id, name, mall_id, active, deferred_apps, notes, created_at, updated_at)
       VALUES (?, ?, ?, 1, '[]', '', ?, ?)`,
    )
    shop.run('s-rak', '楽天 本店', 'rakuten', T5, T5)
    shop.run('s-y', 'Yahoo! 店', 'yahoo', T5, T5)
    shop.run('s-au', 'au PAY 店', 'aupay', T5, T5)
    const cred = old.prepare(
      `INSERT INTO credentials (id, shop_id, kind_id, label, issued_on, expires_on, expiry_source, secret_account, secret_hint, meta, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, NULL, '', '{}', ?, ?)`,
    )
    const rows: [string, string, string, string, string | null, string, string][] = [
      // a 3-month estimate: two days long
      ['k-moved', 's-rak', 'rakuten.licenseKey', '', '2026-10-01', '2027-01-01', 'estimated'],
      // 3 months and 90 days agree from this date: nothing to tell
      ['k-same', 's-rak', 'rakuten.licenseKey', '予備', '2026-11-30', '2027-02-28', 'estimated'],
      // entered by the user: the mall's date, never touched
      ['k-entered', 's-rak', 'rakuten.licenseKey', '', '2026-10-01', '2027-01-01', 'entered'],
      // read from the certificate file: kept, but the method has ended
      ['c-file', 's-y', 'yahoo.certificate', '', '2026-05-01', '2027-05-01', 'certificate'],
      // an old 3-month estimate of a certificate: back to its year
      ['c-est', 's-y', 'yahoo.certificate', '旧', '2026-06-01', '2026-09-01', 'estimated'],
      // another kind whose lifetime did not change
      ['a-est', 's-au', 'aupay.apiKey', '', '2026-10-01', '2026-12-30', 'estimated'],
    ]
    for (const r of rows) cred.run(...r, T5, T5)
    old.close()
  }

  const expiries = (db: Database.Database) =>
    Object.fromEntries(
      (
        db.prepare('SELECT id, expires_on, expiry_source FROM credentials ORDER BY id').all() as {
          id: string
          expires_on: string
          expiry_source: string
        }[]
      ).map((r) => [r.id, `${r.expires_on} ${r.expiry_source}`]),
    )

  it('keeps entered and certificate dates, recomputes the estimates and records each change', () => {
    const file = join(dir.path, DATABASE_FILE)
    buildV5(file)
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(latestVersion)
    expect(expiries(db as never)).toEqual({
      'a-est': '2026-12-30 estimated',
      'c-est': '2027-06-01 estimated',
      'c-file': '2027-05-01 certificate',
      'k-entered': '2027-01-01 entered',
      'k-moved': '2026-12-30 estimated',
      'k-same': '2027-02-28 estimated',
    })
    const history = db
      .prepare(
        'SELECT credential_id, action, actor, old_expires_on, new_expires_on, old_issued_on, new_issued_on, secret_changed FROM credential_history ORDER BY id',
      )
      .all()
    expect(history).toEqual([
      {
        credential_id: 'c-est',
        action: 'recompute',
        actor: 'app',
        old_expires_on: '2026-09-01',
        new_expires_on: '2027-06-01',
        old_issued_on: '2026-06-01',
        new_issued_on: '2026-06-01',
        secret_changed: 0,
      },
      {
        credential_id: 'k-moved',
        action: 'recompute',
        actor: 'app',
        old_expires_on: '2027-01-01',
        new_expires_on: '2026-12-30',
        old_issued_on: '2026-10-01',
        new_issued_on: '2026-10-01',
        secret_changed: 0,
      },
    ])
    const notices = db
      .prepare('SELECT id, kind, payload, dismissed_at FROM app_notices ORDER BY id')
      .all() as {
      id: string
      kind: string
      payload: string
      dismissed_at: string | null
    }[]
    expect(notices.map((n) => [n.id, n.kind, n.dismissed_at])).toEqual([
      ['006:estimatesMoved', 'estimatesMoved', null],
      ['006:legacyCertificate', 'legacyCertificate', null],
    ])
    expect(JSON.parse(notices[0]!.payload)).toEqual({
      items: [
        {
          credentialId: 'c-est',
          kindId: 'yahoo.certificate',
          oldExpiresOn: '2026-09-01',
          newExpiresOn: '2027-06-01',
        },
        {
          credentialId: 'k-moved',
          kindId: 'rakuten.licenseKey',
          oldExpiresOn: '2027-01-01',
          newExpiresOn: '2026-12-30',
        },
      ],
    })
    expect(JSON.parse(notices[1]!.payload)).toEqual({
      items: [{ credentialId: 'c-est' }, { credentialId: 'c-file' }],
    })
    db.close()
  })

  it('tells nothing on a database without old estimates or certificates', () => {
    const file = join(dir.path, DATABASE_FILE)
    const db = openDatabase(file)
    expect(db.prepare('SELECT COUNT(*) AS n FROM app_notices').get()).toEqual({ n: 0 })
    db.close()
  })

  it('shows the user once which estimated dates moved, until dismissed, with the names of today', async () => {
    buildV5(join(dir.path, DATABASE_FILE))
    const secrets = testSecretStore()
    const core = createCore({
      dataDir: dir.path,
      secrets,
      clock: { now: () => new Date('2026-12-02T01:00:00Z') },
      reminders: { autoStart: false },
    })
    try {
      await core.dispatch('saveShop', {
        id: 's-rak',
        name: '楽天 本店(新しい名前)',
        mallId: 'rakuten',
        active: true,
        deferredPaymentApps: [],
        notes: '',
      })
      const list = async () => {
        const r = await core.dispatch('listNotices', {})
        if (!r.ok) throw new Error(r.error.code)
        return r.value as AppNoticeView[]
      }
      const notices = await list()
      expect(notices.map((n) => n.kind)).toEqual(['estimatesMoved', 'legacyCertificate'])
      expect(notices[0]!.items).toEqual([
        {
          credentialId: 'c-est',
          shopId: 's-y',
          shopName: 'Yahoo! 店',
          kindName: { ja: 'API 証明書(旧方式)', en: 'API certificate (old method)' },
          label: '旧',
          oldExpiresOn: '2026-09-01',
          newExpiresOn: '2027-06-01',
        },
        {
          credentialId: 'k-moved',
          shopId: 's-rak',
          shopName: '楽天 本店(新しい名前)',
          kindName: { ja: 'ライセンスキー', en: 'License key' },
          label: '',
          oldExpiresOn: '2027-01-01',
          newExpiresOn: '2026-12-30',
        },
      ])
      // The history of the credential says what happened.
      const history = await core.dispatch('credentialHistory', { id: 'k-moved' })
      expect(history.ok && (history.value as { action: string; actor: string }[]).at(-1)).toMatchObject({
        action: 'recompute',
        actor: 'app',
      })
      // A deleted credential drops out; a notice left with nothing is not shown.
      await core.dispatch('deleteCredential', { id: 'c-file', confirm: true })
      await core.dispatch('deleteCredential', { id: 'c-est', confirm: true })
      expect((await list()).map((n) => [n.kind, n.items.map((i) => i.credentialId)])).toEqual([
        ['estimatesMoved', ['k-moved']],
      ])
      const after = await core.dispatch('dismissNotice', { id: '006:estimatesMoved' })
      expect(after).toEqual({ ok: true, value: [] })
      expect(await list()).toEqual([])
      const bad = await core.dispatch('dismissNotice', { id: 'no such/notice' })
      expect(bad.ok).toBe(false)
    } finally {
      core.close()
      await secrets.cleanup()
    }
  })
})
