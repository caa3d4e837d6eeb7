import Database from 'better-sqlite3'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createCore, type Core } from '@core'
import { dumpTables } from '@core/db/backupRepo'
import { listFiles, occurrencesIn } from '../helpers/files'
import { testSecretStore } from '../helpers/keychain'
import { must, SECRETS, seedProfile } from '../helpers/seed'
import { makeTempDir } from '../helpers/tempDir'

const clock = { now: () => new Date('2026-12-01T01:00:00Z') }
let dirs: ReturnType<typeof makeTempDir>[]
let store: ReturnType<typeof testSecretStore>
let cores: Core[]

function newCore(): Core {
  const dir = makeTempDir()
  dirs.push(dir)
  const core = createCore({ dataDir: dir.path, secrets: store, clock })
  cores.push(core)
  return core
}

beforeEach(() => {
  dirs = []
  cores = []
  store = testSecretStore()
})
afterEach(async () => {
  for (const c of cores) c.close()
  await store.cleanup()
  for (const d of dirs) d.remove()
})

async function exportFrom(core: Core): Promise<string> {
  const r = await must<{ content: string; useDownload: boolean }>(core, 'exportBackup', {})
  expect(r.useDownload).toBe(true)
  return r.content
}

describe('backup and restore', () => {
  it('round-trips everything except secrets into an empty profile', async () => {
    const source = newCore()
    await seedProfile(source)
    const content = await exportFrom(source)
    for (const secret of Object.values(SECRETS)) expect(content).not.toContain(secret)
    expect(content).not.toContain('••••')

    const target = newCore()
    const dry = await must<{ counts: Record<string, number> }>(target, 'importBackup', {
      content,
      mode: 'replace',
      dryRun: true,
    })
    expect(dry.counts.shops).toBe(3)
    expect(dumpTables(target.db).shops).toEqual([])

    const report = await must<{
      counts: Record<string, number>
      secretsToReenter: { kindName: { ja: string } }[]
    }>(target, 'importBackup', { content, mode: 'replace' })
    expect(report.counts).toMatchObject({ shops: 3, credentials: 3, closures: 1 })
    expect(report.secretsToReenter.map((s) => s.kindName.ja).sort()).toEqual(
      ['APIキー', 'ライセンスキー'].sort(),
    )
    // Same rows on both sides (secret columns blanked by design).
    expect(dumpTables(target.db)).toEqual(dumpTables(source.db))
    expect(await must(target, 'getSettings', {})).toEqual({ language: 'en' })
    const history = dumpTables(target.db).credential_history!
    expect(history.length).toBeGreaterThan(0)
  })

  it('merges into an existing profile and keeps this PC’s secrets', async () => {
    const core = newCore()
    const { licenseKeyId } = await seedProfile(core)
    const content = await exportFrom(core)
    await must(core, 'saveShop', {
      name: '後から追加',
      mallId: 'amazon',
      active: true,
      deferredPaymentApps: [],
      notes: '',
    })
    const report = await must<{ secretsToReenter: unknown[] }>(core, 'importBackup', {
      content,
      mode: 'merge',
    })
    expect(report.secretsToReenter).toEqual([])
    expect(await must(core, 'revealSecret', { id: licenseKeyId })).toEqual({ secret: SECRETS.rakuten + 'N' })
    expect(dumpTables(core.db).shops!.map((s) => s.name)).toContain('後から追加')
  })

  it.each([
    ['not JSON', '{"format": "holiday-prep-backup", '],
    ['another file', '{"hello": "world"}'],
    ['a broken row', (c: string) => c.replace('"mall_id": "rakuten"', '"mall_id": {"x": 1}')],
    ['a dangling credential', (c: string) => c.replace(/"shop_id": "[^"]+"/, '"shop_id": "missing-shop"')],
    [
      'an impossible value',
      (c: string) => c.replace('"expiry_source": "estimated"', '"expiry_source": "guessed"'),
    ],
    ['a newer schema', (c: string) => c.replace(/"schemaVersion": \d+/, '"schemaVersion": 999')],
    ['a newer format', (c: string) => c.replace(/"formatVersion": \d+/, '"formatVersion": 2')],
  ])('refuses %s and changes nothing', async (_label, corrupt) => {
    const core = newCore()
    await seedProfile(core)
    const good = await exportFrom(core)
    const bad = typeof corrupt === 'string' ? corrupt : corrupt(good)
    expect(bad).not.toBe(good)
    const before = dumpTables(core.db)
    for (const mode of ['replace', 'merge'] as const) {
      const result = await core.dispatch('importBackup', { content: bad, mode })
      expect(result.ok).toBe(false)
      if (!result.ok) {
        expect(result.error.code).toMatch(/^backup_/)
        expect(result.error.message.ja).toContain('何も変更していません')
      }
    }
    expect(dumpTables(core.db)).toEqual(before)
  })

  it('upgrades a backup written at an older schema version', async () => {
    const core = newCore()
    const old = JSON.stringify({
      format: 'holiday-prep-backup',
      formatVersion: 1,
      schemaVersion: 1,
      createdAt: '2026-01-01T00:00:00Z',
      app: '0.0.1',
      tables: { settings: [{ key: 'ui.language', value: '"en"' }] },
    })
    await must(core, 'importBackup', { content: old, mode: 'replace' })
    expect(await must(core, 'getSettings', {})).toEqual({ language: 'en' })
  })

  it('copies the database file online and keeps the last N copies', async () => {
    const core = newCore()
    await seedProfile(core)
    await must(core, 'saveBackupSettings', { enabled: true, intervalDays: 7, keep: 2 })
    let t = Date.parse('2026-12-01T01:00:00Z')
    const copies: string[] = []
    for (let i = 0; i < 4; i++) {
      t += 60_000
      const fixed = t
      Object.assign(clock, { now: () => new Date(fixed) })
      copies.push((await must<{ path: string }>(core, 'backupDatabaseNow', {})).path)
    }
    Object.assign(clock, { now: () => new Date('2026-12-01T01:00:00Z') })
    const listed = await must<{ backups: { path: string }[] }>(core, 'getBackupSettings', {})
    expect(listed.backups.map((b) => b.path)).toEqual([copies[3], copies[2]])
    const copy = new Database(copies[3]!, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect((copy.prepare('SELECT count(*) AS n FROM shops').get() as { n: number }).n).toBe(3)
    copy.close()
    for (const secret of Object.values(SECRETS))
      expect(occurrencesIn(listFiles(dirs[0]!.path), secret)).toEqual([])
    expect(readFileSync(copies[3]!).length).toBeGreaterThan(0)
  })
})
