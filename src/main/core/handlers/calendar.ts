import type { calendarChannels } from '@shared/ipc/calendar'
import type { AreaFactory } from './types'

export const calendarHandlers: AreaFactory<typeof calendarChannels> = (ctx, { calendar }) => ({
  getCalendar: () => calendar.view(),
  saveCalendarSettings: (input) => calendar.saveSettings(input),
  saveClosure: (input) => calendar.saveClosure(input),
  deleteClosure: ({ id }) => {
    calendar.deleteClosure(id)
    return null
  },
  saveTextFile: async ({ suggestedName, content }) => {
    if (!ctx.fileSaver) return { saved: false, path: null, useDownload: true }
    const result = await ctx.fileSaver.saveText(suggestedName, content)
    return { ...result, useDownload: false }
  },
})
