import { defineStore } from 'pinia'
import type { ChannelInput } from '@shared/ipc'
import { call } from '../api'
import { defineQuery } from '../queries/query'

type Where = ChannelInput<'getClosureNotices'>

/**
 * The closure notices, the calendar file and the order CSV's rule. A panel shows the notices of
 * its own scope and closure (the notices screen, a wizard step and the CSV check each have
 * one), so every panel gets a query of its own; the writes answer with the whole view, which
 * the panel shows at once (set).
 */
export const useNoticesStore = defineStore('notices', () => ({
  /** The notices of one scope and closure, as `where` says at each ask. */
  closureNotices: (where: () => Where) => defineQuery('getClosureNotices', where),
  /** The dates whose orders may have missed their mail, for the resume date `input` names. */
  orderCheckRule: (input: () => ChannelInput<'getOrderCheckRule'>) => defineQuery('getOrderCheckRule', input),
  saveTemplate: (input: ChannelInput<'saveNoticeTemplate'>) => call('saveNoticeTemplate', input),
  resetTemplate: (input: ChannelInput<'resetNoticeTemplate'>) => call('resetNoticeTemplate', input),
  saveOptions: (input: ChannelInput<'saveNoticeOptions'>) => call('saveNoticeOptions', input),
  exportIcs: (lang: 'ja' | 'en') => call('exportCalendarIcs', { lang }),
  saveTextFile: (suggestedName: string, content: string) => call('saveTextFile', { suggestedName, content }),
}))
