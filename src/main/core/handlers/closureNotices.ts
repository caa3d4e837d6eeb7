import type { closureNoticesChannels } from '@shared/ipc/closureNotices'
import type { AreaFactory } from './types'

export const closureNoticesHandlers: AreaFactory<typeof closureNoticesChannels> = (_ctx, { notices }) => ({
  getClosureNotices: (input) => notices.view(input),
  saveNoticeTemplate: (input) => notices.saveTemplate(input),
  resetNoticeTemplate: (input) => notices.resetTemplate(input),
  saveNoticeOptions: (input) => notices.saveOptions(input),
  getOrderCheckRule: (input) => notices.orderCheckRule(input),
  exportCalendarIcs: ({ lang }) => notices.calendarFile(lang),
})
