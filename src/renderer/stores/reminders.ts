import { defineStore } from 'pinia'
import type { SnoozeOption } from '@shared/ipc/reminders'
import { defineMutation } from '../queries/mutation'
import { defineQuery } from '../queries/query'

/**
 * The 通知 screen's data as main keeps it: what is coming, what has been shown, the reminder
 * settings and the desktop settings (tray, start at login). Reloaded when main says that
 * reminders, shops, the calendar or the language changed.
 */
export const useRemindersStore = defineStore('reminders', () => {
  const listQuery = defineQuery('listReminders', () => ({}))
  const settingsQuery = defineQuery('getReminderSettings', () => ({}))
  const desktopQuery = defineQuery('getDesktopSettings', () => ({}))
  const list = listQuery.data
  const settings = settingsQuery.data
  const desktop = desktopQuery.data
  const loadError = listQuery.error

  /** Loads the screen's data; only the lists' refusal is shown (loadError). */
  async function load() {
    await Promise.all([listQuery.refresh(), settingsQuery.refresh(), desktopQuery.refresh()])
  }

  // Snoozing and dismissing answer with the new lists; the others change what is coming.
  const answersList = { answers: listQuery }
  const staleList = { refreshes: [listQuery] }
  const snooze = defineMutation('snoozeReminder', answersList)
  const dismiss = defineMutation('dismissReminder', answersList)
  const pause = defineMutation('pauseRemindersToday', staleList)
  const resume = defineMutation('resumeReminders', staleList)
  const saveSettings = defineMutation('saveReminderSettings', { answers: settingsQuery, ...staleList })
  const saveDesktop = defineMutation('saveDesktopSettings', { answers: desktopQuery })

  return {
    list,
    settings,
    desktop,
    loadError,
    load,
    snooze: (id: string, option: SnoozeOption) => snooze({ id, option }),
    dismiss: (id: string) => dismiss({ id }),
    saveSettings,
    pauseToday: async () => void (await pause({})),
    resume: async () => void (await resume({})),
    saveDesktop,
  }
})
