import type { settingsChannels } from '@shared/ipc/settings'
import type { AreaFactory } from './types'

export const settingsHandlers: AreaFactory<typeof settingsChannels> = (ctx, { settings }) => ({
  getSettings: () => settings.get(),
  setLanguage: ({ language }) => {
    const result = settings.setLanguage(language)
    ctx.events.changed('settings')
    return result
  },
  getAppInfo: async () => {
    const problem = await ctx.secrets.check()
    return {
      name: '休業準備ナビ',
      version: ctx.appVersion,
      dataDir: ctx.dataDir,
      logDir: ctx.logDir,
      keychain: {
        available: problem === null,
        backend: ctx.secrets.backend,
        message: problem ? problem.bilingual : null,
      },
    }
  },
  getDesktopSettings: () => settings.desktop(),
  saveDesktopSettings: (input) => {
    const result = settings.saveDesktop(input)
    ctx.events.changed('desktop')
    return result
  },
  openLogFolder: async () => ({
    path: ctx.logDir,
    opened: ctx.openFolder ? await ctx.openFolder(ctx.logDir) : false,
  }),
})
