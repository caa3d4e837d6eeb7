import { existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { credentialKind } from '@shared/domain/malls'
import { appError } from '@shared/errors'
import type { ParsedInput } from '@shared/ipc'
import type { BackupSettings, DatabaseBackup, RestoreReport } from '@shared/ipc/backup'
import type { CoreContext } from '../context'
import { dumpTables, localSecretAccounts, restoreTables, upgradeDump, type TableDump } from '../db/backupRepo'
import { latestVersion, migrations } from '../db/migrations/index'
import { migrate } from '../db/open'
import { SettingsRepo } from '../db/settingsRepo'

export const BACKUP_FORMAT = 'holiday-prep-backup'
export const BACKUP_FORMAT_VERSION = 1
const BACKUP_SETTINGS = 'backup.schedule'
const defaultSchedule: BackupSettings = { enabled: false, intervalDays: 7, keep: 5, lastRunAt: null }
const MAX_BACKUP_CHARS = 20_000_000

const cell = z.union([z.string().max(1_000_000), z.number().finite(), z.null()])
const backupFile = z
  .object({
    format: z.literal(BACKUP_FORMAT),
    formatVersion: z.number().int().min(1),
    schemaVersion: z.number().int().min(1),
    createdAt: z.string().max(40),
    app: z.string().max(40),
    tables: z.record(z.string().max(64), z.array(z.record(z.string().max(64), cell)).max(1_000_000)),
  })
  .strict()

/**
 * Backups of everything except secrets: a versioned JSON file the user keeps, and optional
 * scheduled copies of the SQLite file made with SQLite's online backup.
 */
export class BackupService {
  private readonly settings: SettingsRepo

  constructor(private readonly ctx: CoreContext) {
    this.settings = new SettingsRepo(ctx.db)
  }

  exportJson(): string {
    const file = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      schemaVersion: latestVersion,
      createdAt: this.ctx.nowIso(),
      app: this.ctx.appVersion,
      tables: dumpTables(this.ctx.db),
    }
    return `${JSON.stringify(file, null, 1)}\n`
  }

  /** Checks a backup completely and, unless `dryRun`, restores it in one transaction. */
  restoreJson(content: string, mode: 'replace' | 'merge', dryRun = false): RestoreReport {
    if (content.length > MAX_BACKUP_CHARS) {
      throw appError('backupTooLarge', {})
    }
    let raw: unknown
    try {
      raw = JSON.parse(content.replace(/^\uFEFF/, ''))
    } catch {
      throw appError('backupUnreadable', {})
    }
    const parsed = backupFile.safeParse(raw)
    if (!parsed.success) {
      throw appError('backupInvalid', {})
    }
    const file = parsed.data
    if (file.formatVersion > BACKUP_FORMAT_VERSION || file.schemaVersion > latestVersion) {
      throw appError('backupTooNew', {})
    }
    let dump: TableDump
    try {
      dump = upgradeDump(
        file.tables,
        file.schemaVersion,
        (db, v) => migrate(db, migrations, v),
        latestVersion,
      )
    } catch {
      throw appError('backupInconsistent', {})
    }
    const report = this.report(dump)
    if (!dryRun) {
      try {
        restoreTables(this.ctx.db, dump, mode)
      } catch {
        throw appError('backupConflict', {})
      }
      this.ctx.events.changed('shops', 'calendar', 'settings', 'reminders', 'wizard')
      return this.report(dump)
    }
    return report
  }

  schedule(): BackupSettings {
    return { ...defaultSchedule, ...this.settings.get<Partial<BackupSettings>>(BACKUP_SETTINGS, {}) }
  }

  saveSchedule(input: ParsedInput<'saveBackupSettings'>): BackupSettings {
    const next = { ...this.schedule(), ...input }
    this.settings.set(BACKUP_SETTINGS, next)
    return next
  }

  backupDir(): string {
    return join(this.ctx.dataDir, 'backups')
  }

  listDatabaseBackups(): DatabaseBackup[] {
    if (!existsSync(this.backupDir())) return []
    return readdirSync(this.backupDir())
      .filter((f) => /^holiday-prep-\d{8}-\d{6}\.sqlite$/.test(f))
      .sort()
      .reverse()
      .map((name) => ({ name, path: join(this.backupDir(), name) }))
  }

  /** A consistent copy of the database file while the app keeps running, then prunes old ones. */
  async backupDatabaseNow(): Promise<DatabaseBackup> {
    mkdirSync(this.backupDir(), { recursive: true })
    const stamp = this.ctx.nowIso().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
    const name = `holiday-prep-${stamp}.sqlite`
    const path = join(this.backupDir(), name)
    await this.ctx.db.backup(path)
    const schedule = this.schedule()
    this.settings.set(BACKUP_SETTINGS, { ...schedule, lastRunAt: this.ctx.nowIso() })
    for (const old of this.listDatabaseBackups().slice(schedule.keep)) rmSync(old.path, { force: true })
    return { name, path }
  }

  /** Runs the scheduled copy when it is due; called at start and every few hours. */
  async runScheduled(): Promise<DatabaseBackup | null> {
    const s = this.schedule()
    if (!s.enabled) return null
    const due =
      !s.lastRunAt || this.ctx.clock.now().getTime() - Date.parse(s.lastRunAt) >= s.intervalDays * 86_400_000
    if (!due) return null
    try {
      return await this.backupDatabaseNow()
    } catch (error) {
      this.ctx.logger.error('scheduled database backup failed', { error: String(error) })
      return null
    }
  }

  private report(dump: TableDump): RestoreReport {
    const counts = Object.fromEntries(Object.entries(dump).map(([t, rows]) => [t, rows.length]))
    const shops = new Map((dump.shops ?? []).map((s) => [s.id as string, s.name as string]))
    // A secret counts as here when this PC's database already points at a keychain entry.
    const local = localSecretAccounts(this.ctx.db)
    const secretsToReenter = (dump.credentials ?? [])
      .filter((c) => {
        const kind = credentialKind(String(c.kind_id))
        return kind?.secret && !kind.secretOptional && !local.has(String(c.id))
      })
      .map((c) => ({
        credentialId: String(c.id),
        shopName: shops.get(String(c.shop_id)) ?? '',
        kindName: credentialKind(String(c.kind_id))!.name,
        label: String(c.label ?? ''),
      }))
    return { counts, secretsToReenter }
  }
}
