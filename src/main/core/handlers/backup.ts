import type { backupChannels } from '@shared/ipc/backup'
import type { AreaFactory } from './types'

export const backupHandlers: AreaFactory<typeof backupChannels> = (ctx, { backup }) => ({
  exportBackup: async () => {
    const content = backup.exportJson()
    const suggestedName = `holiday-prep-backup-${ctx.today()}.json`
    if (!ctx.fileSaver) return { saved: false, path: null, useDownload: true, content, suggestedName }
    const result = await ctx.fileSaver.saveText(suggestedName, content)
    return { ...result, useDownload: false, content: null, suggestedName }
  },
  importBackup: ({ content, mode, dryRun }) => backup.restoreJson(content, mode, dryRun ?? false),
  getBackupSettings: () => ({ ...backup.schedule(), backups: backup.listDatabaseBackups() }),
  saveBackupSettings: (input) => backup.saveSchedule(input),
  backupDatabaseNow: () => backup.backupDatabaseNow(),
})
