import { z } from 'zod'
import type { Bilingual } from '../domain/types'
import { channel } from './channel'
import { empty } from './schemas'

export interface BackupSettings {
  enabled: boolean
  intervalDays: number
  keep: number
  lastRunAt: string | null
}

export interface DatabaseBackup {
  name: string
  path: string
}

export interface RestoreReport {
  /** Rows per table in the backup. */
  counts: Record<string, number>
  /** Credentials whose secret is not on this PC: the user must enter them again. */
  secretsToReenter: { credentialId: string; shopName: string; kindName: Bilingual; label: string }[]
}

export interface ExportedBackup {
  saved: boolean
  path: string | null
  /** Browser preview: no save dialog, the page downloads `content` instead. */
  useDownload: boolean
  content: string | null
  suggestedName: string
}

export const backupChannels = {
  exportBackup: channel<ExportedBackup>()(empty),
  importBackup: channel<RestoreReport>()(
    z
      .object({
        content: z.string().max(20_000_000),
        mode: z.enum(['replace', 'merge']),
        dryRun: z.boolean().optional(),
      })
      .strict(),
  ),
  getBackupSettings: channel<BackupSettings & { backups: DatabaseBackup[] }>()(empty),
  saveBackupSettings: channel<BackupSettings>()(
    z
      .object({
        enabled: z.boolean(),
        intervalDays: z.number().int().min(1).max(90),
        keep: z.number().int().min(1).max(50),
      })
      .strict(),
  ),
  backupDatabaseNow: channel<DatabaseBackup>()(empty),
}
